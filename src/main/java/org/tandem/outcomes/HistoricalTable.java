package org.tandem.outcomes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tandem.assessment.PoliceEvidence;

/**
 * Reads a historical outcome table in the published format (see
 * shared/data/dvip-east-london-2008/README.md): every row is checked, and every problem is reported
 * by row and column, so a file is either read whole or not at all. A problem is a key in the
 * outcomes bundle with its arguments: the reader's language is not known here, and it is put into
 * words where it is shown.
 */
public final class HistoricalTable {

  public static final List<String> COLUMNS =
      List.of(
          "case",
          "referral_source",
          "police_chronology_evidence",
          "inventory_violence",
          "risk_report",
          "disclosed_violence",
          "repeat_evidenced",
          "sessions",
          "case_status",
          "woman_engaged");

  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
  private static final Pattern AT_LEAST = Pattern.compile("(\\d{1,3})\\s*\\+");
  private static final Pattern UNCLEAR = Pattern.compile("un-?\\s?clear", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_KNOWN = Pattern.compile("n\\s*/\\s*k", Pattern.CASE_INSENSITIVE);
  private static final Pattern BAND =
      Pattern.compile(
          "\\d{1,3}|\\d{1,3}\\s*(to|-|–)\\s*\\d{1,3}|\\d{1,3}\\s*\\+|n\\s*/\\s*k",
          Pattern.CASE_INSENSITIVE);
  private static final int MAX_ROWS = 5000;

  /** What reading a file gave: its rows when there were no problems, otherwise the problems. */
  public record Reading(List<HistoricalRow> rows, List<ImportProblem> problems) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  private HistoricalTable() {}

  public static Reading read(Reader csv) {
    List<ImportProblem> problems = new ArrayList<>();
    List<HistoricalRow> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get().parse(csv)) {
      // Blank lines are kept as records so that record numbers stay the rows a spreadsheet shows.
      List<CSVRecord> records = parser.getRecords().stream().filter(r -> !blank(r)).toList();
      if (records.isEmpty()) {
        return new Reading(
            List.of(), List.of(new ImportProblem(1, null, null, "outcomes.import.problem.empty")));
      }
      if (records.get(0).getRecordNumber() != 1) {
        problems.add(new ImportProblem(1, null, null, "outcomes.import.problem.headerFirst"));
        return new Reading(List.of(), problems);
      }
      List<String> header = records.get(0).stream().map(HistoricalTable::heading).toList();
      if (!header.equals(COLUMNS)) {
        problems.add(
            new ImportProblem(
                1, null, null, "outcomes.import.problem.header", String.join(",", COLUMNS)));
        return new Reading(List.of(), problems);
      }
      if (records.size() == 1) {
        problems.add(new ImportProblem(1, null, null, "outcomes.import.problem.noCases"));
      }
      if (records.size() > MAX_ROWS + 1) {
        problems.add(
            new ImportProblem(
                1, null, null, "outcomes.import.problem.tooManyRows", String.valueOf(MAX_ROWS)));
        return new Reading(List.of(), problems);
      }
      Map<String, Integer> firstRowOfCode = new HashMap<>();
      for (int i = 1; i < records.size(); i++) {
        int rowNumber = (int) records.get(i).getRecordNumber();
        if (records.get(i).stream().anyMatch(cell -> cell.indexOf('\0') >= 0)) {
          // PostgreSQL cannot store a NUL; saying so here keeps the manager on the form.
          problems.add(new ImportProblem(rowNumber, null, null, "outcomes.import.problem.nul"));
          continue;
        }
        RowReader row = new RowReader(records.get(i), rowNumber, problems);
        HistoricalRow read = row.read();
        if (read == null) {
          continue;
        }
        Integer earlier =
            firstRowOfCode.putIfAbsent(read.caseCode().toUpperCase(Locale.ROOT), rowNumber);
        if (earlier != null) {
          problems.add(
              new ImportProblem(
                  rowNumber,
                  "case",
                  read.caseCode(),
                  "outcomes.import.problem.alsoOnRow",
                  String.valueOf(earlier)));
          continue;
        }
        rows.add(read);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | UncheckedIOException e) {
      // commons-csv reports a broken quote as an unchecked exception; its message quotes the text.
      return new Reading(
          List.of(), List.of(new ImportProblem(1, null, null, "outcomes.import.problem.notCsv")));
    }
    return problems.isEmpty()
        ? new Reading(List.copyOf(rows), List.of())
        : new Reading(List.of(), List.copyOf(problems));
  }

  private static boolean blank(CSVRecord r) {
    return r.stream().allMatch(String::isBlank);
  }

  private static String heading(String h) {
    return h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
  }

  /** Reads one row, adding a problem for every cell that breaks the format. */
  private static final class RowReader {
    private final CSVRecord record;
    private final int rowNumber;
    private final List<ImportProblem> problems;
    private final int problemsBefore;
    private String caseCode;

    RowReader(CSVRecord record, int rowNumber, List<ImportProblem> problems) {
      this.record = record;
      this.rowNumber = rowNumber;
      this.problems = problems;
      this.problemsBefore = problems.size();
    }

    HistoricalRow read() {
      if (record.size() != COLUMNS.size()) {
        caseCode = record.size() > 0 ? record.get(0) : null;
        problem(
            null,
            "outcomes.import.problem.valueCount",
            String.valueOf(record.size()),
            record.size(),
            String.valueOf(COLUMNS.size()));
        return null;
      }
      caseCode = cell(0);
      if (caseCode.isEmpty()) {
        problem("case", "outcomes.import.problem.enterCaseCode");
      } else if (caseCode.length() > 20) {
        problem("case", "outcomes.import.problem.caseCodeTooLong");
      }
      String source = cell(1);
      if (source.isEmpty()) {
        problem("referral_source", "outcomes.import.problem.enterSource");
      } else if (source.length() > 40) {
        problem("referral_source", "outcomes.import.problem.sourceTooLong");
      }
      PreAssessmentEvidence evidence = evidence(cell(2));
      String inventory = cell(3);
      if (!BAND.matcher(inventory).matches()) {
        problem("inventory_violence", "outcomes.import.problem.inventory");
      }
      Boolean riskReport = yesNo("risk_report", cell(4));
      Integer disclosed = countOrNotKnown("disclosed_violence", cell(5));
      Integer repeat = countOrNotKnown("repeat_evidenced", cell(6));
      String sessions = cell(7);
      boolean completed = sessions.equalsIgnoreCase("completed");
      Integer attended = null;
      if (!completed) {
        if (NUMBER.matcher(sessions).matches()) {
          attended = Integer.valueOf(sessions);
        } else {
          problem("sessions", "outcomes.import.problem.sessions");
        }
      }
      String status = cell(8);
      if (status.length() > 20) {
        problem("case_status", "outcomes.import.problem.statusTooLong");
      }
      Boolean engaged = yesNo("woman_engaged", cell(9));
      if (problems.size() > problemsBefore) {
        return null;
      }
      return new HistoricalRow(
          rowNumber,
          caseCode,
          source,
          evidence,
          cell(2),
          inventory,
          riskReport,
          disclosed,
          repeat,
          attended,
          completed,
          status.isEmpty() ? null : status,
          engaged);
    }

    private PreAssessmentEvidence evidence(String written) {
      if (NUMBER.matcher(written).matches()) {
        return new PreAssessmentEvidence(PoliceEvidence.COUNT, Integer.valueOf(written));
      }
      Matcher atLeast = AT_LEAST.matcher(written);
      if (atLeast.matches()) {
        return new PreAssessmentEvidence(
            PoliceEvidence.AT_LEAST, Integer.valueOf(atLeast.group(1)));
      }
      if (UNCLEAR.matcher(written).matches()) {
        return new PreAssessmentEvidence(PoliceEvidence.UNCLEAR, null);
      }
      problem("police_chronology_evidence", "outcomes.import.problem.evidence");
      return null;
    }

    private Integer countOrNotKnown(String column, String written) {
      if (NUMBER.matcher(written).matches()) {
        return Integer.valueOf(written);
      }
      if (!NOT_KNOWN.matcher(written).matches()) {
        problem(column, "outcomes.import.problem.incidents");
      }
      return null;
    }

    private Boolean yesNo(String column, String written) {
      if (written.equalsIgnoreCase("Y") || written.equalsIgnoreCase("yes")) {
        return true;
      }
      if (written.equalsIgnoreCase("N") || written.equalsIgnoreCase("no")) {
        return false;
      }
      problem(column, "outcomes.import.problem.yesNo");
      return false;
    }

    private String cell(int i) {
      return record.get(i).trim();
    }

    private void problem(String column, String key, Object... args) {
      problems.add(new ImportProblem(rowNumber, column, caseCode, key, args));
    }
  }
}
