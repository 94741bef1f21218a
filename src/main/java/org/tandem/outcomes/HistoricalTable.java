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
 * by row and column, so a file is either read whole or not at all.
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
            List.of(), List.of(new ImportProblem(1, null, null, "The file is empty")));
      }
      if (records.get(0).getRecordNumber() != 1) {
        problems.add(new ImportProblem(1, null, null, "The first row must be the header"));
        return new Reading(List.of(), problems);
      }
      List<String> header = records.get(0).stream().map(HistoricalTable::heading).toList();
      if (!header.equals(COLUMNS)) {
        problems.add(
            new ImportProblem(
                1,
                null,
                null,
                "The header must name these columns in this order: " + String.join(",", COLUMNS)));
        return new Reading(List.of(), problems);
      }
      if (records.size() == 1) {
        problems.add(new ImportProblem(1, null, null, "The file has a header but no cases"));
      }
      if (records.size() > MAX_ROWS + 1) {
        problems.add(
            new ImportProblem(1, null, null, "A file can hold at most " + MAX_ROWS + " cases"));
        return new Reading(List.of(), problems);
      }
      Map<String, Integer> firstRowOfCode = new HashMap<>();
      for (int i = 1; i < records.size(); i++) {
        int rowNumber = (int) records.get(i).getRecordNumber();
        if (records.get(i).stream().anyMatch(cell -> cell.indexOf('\0') >= 0)) {
          // PostgreSQL cannot store a NUL; saying so here keeps the manager on the form.
          problems.add(
              new ImportProblem(
                  rowNumber,
                  null,
                  null,
                  "This row holds a NUL character, which cannot be stored. Save the file again as"
                      + " plain CSV"));
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
                  rowNumber, "case", read.caseCode(), "This case code is also on row " + earlier));
          continue;
        }
        rows.add(read);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | UncheckedIOException e) {
      // commons-csv reports a broken quote as an unchecked exception; its message quotes the text.
      return new Reading(
          List.of(),
          List.of(
              new ImportProblem(
                  1, null, null, "The file is not readable as CSV: check its quotes")));
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
            null, "This row has " + record.size() + " values; the header names " + COLUMNS.size());
        return null;
      }
      caseCode = cell(0);
      if (caseCode.isEmpty()) {
        problem("case", "Enter the case code");
      } else if (caseCode.length() > 20) {
        problem("case", "The case code must be 20 characters or fewer");
      }
      String source = cell(1);
      if (source.isEmpty()) {
        problem("referral_source", "Enter who referred, e.g. CS");
      } else if (source.length() > 40) {
        problem("referral_source", "The referral source must be 40 characters or fewer");
      }
      PreAssessmentEvidence evidence = evidence(cell(2));
      String inventory = cell(3);
      if (!BAND.matcher(inventory).matches()) {
        problem(
            "inventory_violence",
            "Enter a number, a band such as 5 to 10, a number followed by +, or N/K");
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
          problem("sessions", "Enter the number of sessions attended, or completed");
        }
      }
      String status = cell(8);
      if (status.length() > 20) {
        problem("case_status", "The case status must be 20 characters or fewer");
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
      problem(
          "police_chronology_evidence",
          "Enter the number of incidents evidenced, a number followed by + (at least that many), or Unclear");
      return null;
    }

    private Integer countOrNotKnown(String column, String written) {
      if (NUMBER.matcher(written).matches()) {
        return Integer.valueOf(written);
      }
      if (!NOT_KNOWN.matcher(written).matches()) {
        problem(column, "Enter a number of incidents, or N/K if not known");
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
      problem(column, "Enter Y or N");
      return false;
    }

    private String cell(int i) {
      return record.get(i).trim();
    }

    private void problem(String column, String message) {
      problems.add(new ImportProblem(rowNumber, column, caseCode, message));
    }
  }
}
