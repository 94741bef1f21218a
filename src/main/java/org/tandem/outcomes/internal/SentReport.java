package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * One signed-off version of an area's quarterly report, as it was sent: who signed it, when, with
 * which notes, and the SHA-256 of each frozen file, so that a commissioner can check a copy they
 * hold against the one kept here. The highest version is current; the others are superseded.
 */
@Schema(name = "SentAreaReport")
record SentReport(
    String area,
    String quarter,
    int version,
    String signedOffBy,
    String signedOffName,
    String signedOffRole,
    OffsetDateTime signedOffAt,
    String notes,
    String correctionReason,
    boolean superseded,
    String figuresSha256,
    String pdfSha256,
    String xlsxSha256) {}
