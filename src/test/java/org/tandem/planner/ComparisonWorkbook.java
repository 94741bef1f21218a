package org.tandem.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * A downloaded comparison spreadsheet read back: each labelled row's first and second scenario
 * values, and the text of every cell, so a test can check that numbers were written as numbers.
 */
public record ComparisonWorkbook(Map<String, List<Cell>> rows, String allText) {

  public static ComparisonWorkbook read(byte[] xlsx) {
    assertThat(xlsx).as("an XLSX (a zip file)").startsWith((byte) 'P', (byte) 'K');
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      Map<String, List<Cell>> rows = new LinkedHashMap<>();
      StringBuilder text = new StringBuilder();
      for (Row row : workbook.getFirstSheet().read()) {
        List<Cell> cells = row.stream().toList();
        for (Cell c : cells) {
          if (c != null && c.getText() != null) {
            text.append(c.getText()).append('\n');
          }
        }
        String label = row.getCellText(0);
        if (label != null && !label.isBlank()) {
          rows.putIfAbsent(label, cells);
        }
      }
      return new ComparisonWorkbook(rows, text.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number in the row with this label, for the first (1) or second (2) scenario. */
  public BigDecimal number(String label, int scenario) {
    assertThat(rows).as("rows of the comparison").containsKey(label);
    Cell cell = rows.get(label).get(scenario);
    assertThat(cell.getType()).as(label + " is a number").isEqualTo(CellType.NUMBER);
    return cell.asNumber();
  }
}
