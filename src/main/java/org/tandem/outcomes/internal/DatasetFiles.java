package org.tandem.outcomes.internal;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
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

  /** Bytes gathered before they go to the client: enough for a few dozen rows. */
  private static final int BUFFER = 16 * 1024;

  private final JsonMapper json;

  DatasetFiles(JsonMapper json) {
    this.json = json;
  }

  /** The headers of a file to hand over: its type and name, and that no one keeps a copy. */
  HttpHeaders headers(DatasetFormat format, NationalDataset.Heading heading) {
    String name =
        "national-dataset-" + heading.scope() + "-" + heading.from() + "-to-" + heading.to() + ".";
    HttpHeaders headers = new HttpHeaders();
    switch (format) {
      case CSV -> {
        headers.setContentType(CSV);
        name += "csv";
      }
      case JSON -> {
        headers.setContentType(MediaType.APPLICATION_JSON);
        name += "json";
      }
    }
    headers.setContentDisposition(ContentDisposition.attachment().filename(name).build());
    // Row-level data: no browser or proxy should keep a copy.
    headers.setCacheControl("no-store");
    return headers;
  }

  /** Writes the rows to the stream as they come, in this format, with nothing kept behind. */
  NationalDataset.RowWriter writer(
      DatasetFormat format, NationalDataset.Heading heading, OutputStream out) {
    return switch (format) {
      case CSV -> csv(out);
      case JSON -> json(heading, out);
    };
  }

  private static NationalDataset.RowWriter csv(OutputStream out) {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    CSVPrinter csv = unchecked(() -> CSVFormat.RFC4180.print(writer));
    unchecked(
        () -> {
          for (DatasetColumn column : DatasetColumn.values()) {
            csv.print(column.header());
          }
          csv.println();
          return null;
        });
    return new NationalDataset.RowWriter() {
      @Override
      public void row(DatasetRow row) {
        unchecked(
            () -> {
              for (DatasetColumn column : DatasetColumn.values()) {
                csv.print(csvValue(column.valueOf(row)));
              }
              csv.println();
              return null;
            });
      }

      @Override
      public void end() {
        unchecked(
            () -> {
              csv.flush();
              return null;
            });
      }
    };
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

  private NationalDataset.RowWriter json(NationalDataset.Heading heading, OutputStream out) {
    // Written field by field rather than through the shared mapper's object serialisation, which
    // leaves nulls out: every row must carry every column, null included.
    JsonGenerator g = json.createGenerator(new BufferedOutputStream(out, BUFFER));
    g.writeStartObject();
    g.writeStringProperty("schemaVersion", SCHEMA_VERSION);
    g.writeStringProperty("generatedOn", heading.generatedOn().toString());
    g.writeStringProperty("referredFrom", heading.from().toString());
    g.writeStringProperty("referredTo", heading.to().toString());
    g.writeName("rows");
    g.writeStartArray();
    return new NationalDataset.RowWriter() {
      @Override
      public void row(DatasetRow row) {
        g.writeStartObject();
        for (DatasetColumn column : DatasetColumn.values()) {
          g.writeName(column.header());
          writeValue(g, column.valueOf(row));
        }
        g.writeEndObject();
      }

      @Override
      public void end() {
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
      }
    };
  }

  private interface Io<T> {
    T run() throws IOException;
  }

  private static <T> T unchecked(Io<T> io) {
    try {
      return io.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
