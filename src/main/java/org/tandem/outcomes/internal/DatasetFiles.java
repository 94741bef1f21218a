package org.tandem.outcomes.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an export as the national collection receives it: CSV (RFC 4180, a header row, yes or no
 * as Y and N, nothing at all for "not applicable") or JSON (an object with the schema version, the
 * date it was made and the rows, each row an object with every column, null for "not applicable").
 * The same columns in the same order either way.
 */
@Component
class DatasetFiles {

  /** Raised when the columns change in a way a national collector must know about. */
  static final String SCHEMA_VERSION = "1.0";

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final JsonMapper json;

  DatasetFiles(JsonMapper json) {
    this.json = json;
  }

  /** A file to hand over: its bytes, type and name. */
  record DatasetFile(byte[] bytes, MediaType type, String fileName) {

    HttpHeaders headers() {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(type);
      headers.setContentLength(bytes.length);
      headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
      // Row-level data: no browser or proxy should keep a copy.
      headers.setCacheControl("no-store");
      return headers;
    }
  }

  DatasetFile file(DatasetFormat format, NationalDataset.Export export) {
    String name =
        "national-dataset-" + export.scope() + "-" + export.from() + "-to-" + export.to() + ".";
    return switch (format) {
      case CSV -> new DatasetFile(csv(export), CSV, name + "csv");
      case JSON -> new DatasetFile(json(export), MediaType.APPLICATION_JSON, name + "json");
    };
  }

  byte[] csv(NationalDataset.Export export) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.RFC4180.print(writer)) {
      for (DatasetColumn column : DatasetColumn.values()) {
        csv.print(column.header());
      }
      csv.println();
      for (DatasetRow row : export.rows()) {
        for (DatasetColumn column : DatasetColumn.values()) {
          csv.print(csvValue(column.valueOf(row)));
        }
        csv.println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String csvValue(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean b) {
      return b ? "Y" : "N";
    }
    if (value instanceof BigDecimal d) {
      return plain(d);
    }
    return value.toString();
  }

  byte[] json(NationalDataset.Export export) {
    // Written field by field rather than through the shared mapper's object serialisation, which
    // leaves nulls out: every row must carry every column, null included.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = json.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringProperty("schemaVersion", SCHEMA_VERSION);
      g.writeStringProperty("generatedOn", export.generatedOn().toString());
      g.writeStringProperty("referredFrom", export.from().toString());
      g.writeStringProperty("referredTo", export.to().toString());
      g.writeName("rows");
      g.writeStartArray();
      for (DatasetRow row : export.rows()) {
        g.writeStartObject();
        for (DatasetColumn column : DatasetColumn.values()) {
          g.writeName(column.header());
          writeValue(g, column.valueOf(row));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static void writeValue(JsonGenerator g, Object value) {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(plain(d));
    } else {
      g.writeString(value.toString());
    }
  }

  /** 13.125 or 60, never 6E+1 or 60.000. */
  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
