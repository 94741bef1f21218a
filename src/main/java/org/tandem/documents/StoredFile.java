package org.tandem.documents;

/** A document's file as it was kept: its safe name, the kind its content showed, the bytes. */
record StoredFile(String fileName, FileKind kind, byte[] content) {}
