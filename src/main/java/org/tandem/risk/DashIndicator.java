package org.tandem.risk;

/** One DASH indicator as the service words it. */
public record DashIndicator(
    int number, String shortLabel, String question, boolean homicideMarker) {}
