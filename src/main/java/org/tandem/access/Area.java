package org.tandem.access;

/** A commissioning area; every case belongs to one. */
public record Area(long id, String code, String name) {}
