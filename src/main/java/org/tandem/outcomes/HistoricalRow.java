package org.tandem.outcomes;

/**
 * One row of a historical outcome table, read. Text columns are kept as written.
 *
 * @param rowNumber the row in the file, the header being row 1, as a spreadsheet numbers it
 * @param disclosedViolence null when written N/K
 * @param repeatEvidenced null when written N/K
 * @param sessionsAttended null when written "completed"
 * @param caseStatus null when blank
 */
public record HistoricalRow(
    int rowNumber,
    String caseCode,
    String referralSource,
    PreAssessmentEvidence policeEvidence,
    String policeEvidenceWritten,
    String inventoryViolence,
    boolean riskReport,
    Integer disclosedViolence,
    Integer repeatEvidenced,
    Integer sessionsAttended,
    boolean sessionsCompleted,
    String caseStatus,
    boolean womanEngaged) {

  /**
   * In this table format N/K in disclosed_violence marks a case the service no longer had
   * involvement with. A case whose repeat incidents are not known cannot be counted either.
   */
  public String exclusionOnImport() {
    if (disclosedViolence == null) {
      return "No longer involved: incidents during the intervention not known (N/K)";
    }
    if (repeatEvidenced == null) {
      return "Repeat incidents during the intervention not known (N/K)";
    }
    return null;
  }
}
