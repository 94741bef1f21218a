package org.tandem.documents;

/**
 * A file to attach, as it arrived: the title and type the worker gave, and the file's name and
 * bytes as sent. Nothing of it is trusted until {@link Documents} has checked it.
 */
record NewDocument(String title, String type, String fileName, byte[] content) {}
