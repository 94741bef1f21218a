package org.tandem.outcomes;

/** A labelled count in a breakdown, e.g. "Children's services: 12". */
public record Count(String label, int count) {}
