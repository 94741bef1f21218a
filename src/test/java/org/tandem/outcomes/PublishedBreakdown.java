package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import tools.jackson.databind.JsonNode;

/**
 * A published table whose counts add up to a whole, read back as a reader gets it (the API's JSON,
 * the page, the spreadsheet, the PDF's text), and the reader with a calculator who tries to work
 * out a count shown as "<5". The attacker is given the whole, as the report shows it elsewhere or
 * its shares give it away, and the table is one line of parts with its total: a part whose share is
 * shown is that share of the whole; where one part alone is not shown, it is the whole minus the
 * rest; each part found is used again.
 */
record PublishedBreakdown(String where, List<Shown> lines) {

  /** One line as shown: its label, its count and its share, as text. */
  record Shown(String label, String value, String share) {}

  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d)?)%");

  /** The lines of a table in the report's JSON (an area report, or a cohort's figures). */
  static PublishedBreakdown fromJson(JsonNode sections, String tableId) {
    for (JsonNode section : sections) {
      for (JsonNode table : section.get("tables")) {
        if (table.get("id").asString().equals(tableId)) {
          List<Shown> lines = new ArrayList<>();
          for (JsonNode line : table.get("lines")) {
            lines.add(
                new Shown(
                    line.get("label").asString(),
                    line.get("value").asString(),
                    line.get("share").asString()));
          }
          return new PublishedBreakdown("API " + tableId, lines);
        }
      }
    }
    throw new AssertionError("No table " + tableId + " in " + sections);
  }

  /** The rows of a table on a page, found by its id. */
  static PublishedBreakdown fromPage(String html, String tableId) {
    int start = html.indexOf("id=\"" + tableId + "\"");
    assertThat(start).as("table " + tableId + " on the page").isPositive();
    String table = html.substring(start, html.indexOf("</table>", start));
    Matcher row =
        Pattern.compile(
                "<th scope=\"row\"[^>]*>(.*?)</th>\\s*<td[^>]*>(.*?)</td>\\s*<td[^>]*>(.*?)</td>",
                Pattern.DOTALL)
            .matcher(table);
    List<Shown> lines = new ArrayList<>();
    while (row.find()) {
      lines.add(new Shown(unescape(row.group(1)), unescape(row.group(2)), unescape(row.group(3))));
    }
    return new PublishedBreakdown("page " + tableId, lines);
  }

  /** The rows under a table's caption and headings in a sheet of the spreadsheet. */
  static PublishedBreakdown fromSheet(byte[] xlsx, String sheet, String caption) {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows =
          workbook
              .getSheets()
              .filter(s -> s.getName().equals(sheet))
              .findFirst()
              .orElseThrow(() -> new AssertionError("No sheet " + sheet))
              .read();
      List<Shown> lines = new ArrayList<>();
      boolean in = false;
      for (int i = 0; i < rows.size(); i++) {
        String label = text(rows.get(i), 0);
        if (!in && caption.equals(label)) {
          in = true;
          i++; // the headings
        } else if (in && label.isBlank()) {
          break;
        } else if (in) {
          lines.add(new Shown(label, text(rows.get(i), 1), text(rows.get(i), 2)));
        }
      }
      assertThat(lines).as("rows of " + caption + " in " + sheet).isNotEmpty();
      return new PublishedBreakdown("spreadsheet " + caption, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The same lines as they read in a PDF's text: after the caption, each label followed by its
   * value and the first word of its share.
   */
  PublishedBreakdown inPdf(String text, String caption) {
    int from = text.indexOf(caption);
    assertThat(from).as(caption + " in the PDF").isNotNegative();
    List<Shown> read = new ArrayList<>();
    for (Shown line : lines) {
      int at = text.indexOf(line.label() + " ", from);
      assertThat(at).as(line.label() + " in the PDF").isNotNegative();
      String[] after = text.substring(at + line.label().length() + 1).split(" ", 3);
      read.add(new Shown(line.label(), after[0], line.share().isEmpty() ? "" : after[1]));
      from = at;
    }
    return new PublishedBreakdown("PDF " + caption, read);
  }

  /** The table without these lines: its whole, or a figure that is not one of the parts. */
  PublishedBreakdown without(List<String> labels) {
    return new PublishedBreakdown(
        where, lines.stream().filter(l -> !labels.contains(l.label())).toList());
  }

  /**
   * Asserts the table withholds a count and that what it shows tells the reader nothing more about
   * any count withheld than that it could be anything from 1 to 4 (or more).
   */
  void givesNoSmallCountAway(int whole) {
    assertThat(lines)
        .as(where + ": the test needs a count withheld")
        .anyMatch(l -> withheld(l.value()));
    assertThat(lines)
        .as(where + ": one mark for every count withheld, or the marks' bounds add up")
        .noneMatch(l -> l.value().equals(Suppression.SMALL));
    assertThat(workedOut(whole)).as(where + ": counts withheld, narrowed down").isEmpty();
  }

  /**
   * The lines withheld whose count the attacker pins down more than "from 1 to 4": the attacker
   * takes every shown count and share, reads "<5" as 1 to 4 and "[c]" as at least 1, and bounds
   * each withheld count by what the parts must add up to.
   */
  List<String> workedOut(int whole) {
    long[] low = new long[lines.size()];
    long[] high = new long[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      Shown line = lines.get(i);
      Matcher share = PERCENT.matcher(line.share());
      if (NUMBER.matcher(line.value()).matches()) {
        low[i] = high[i] = Integer.parseInt(line.value());
      } else if (share.matches()) {
        low[i] = high[i] = Math.round(Double.parseDouble(share.group(1)) * whole / 100);
      } else if (line.value().equals(Suppression.SMALL)) {
        low[i] = 1;
        high[i] = 4;
      } else {
        low[i] = 1;
        high[i] = whole;
      }
    }
    long lowSum = java.util.Arrays.stream(low).sum();
    long highSum = java.util.Arrays.stream(high).sum();
    List<String> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!withheld(lines.get(i).value())) {
        continue;
      }
      long least = Math.max(low[i], whole - (highSum - high[i]));
      long most = Math.min(high[i], whole - (lowSum - low[i]));
      if (least > 1 || most < 4) {
        found.add(lines.get(i).label() + " is " + least + " to " + most);
      }
    }
    return found;
  }

  private static boolean withheld(String value) {
    return value.equals(Suppression.SMALL) || value.equals(SecondarySuppression.MARKER);
  }

  private static String text(Row row, int cell) {
    if (row.getCellCount() <= cell) {
      return "";
    }
    String text = row.getCellText(cell);
    return text == null ? "" : text;
  }

  private static String unescape(String html) {
    return html.strip()
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
