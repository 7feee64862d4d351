package org.attackstats.csv;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The events of an ACLED API response, {@code {"data": [{...}, ...]}} (other members are
 * skipped), or of a bare array of events, parsed as a stream by jackson-core: one event is held at
 * a time, so memory does not grow with the file. Each event's members become the cells of a row
 * bound by the file's {@link Binding}, which grows when an event brings a new member. Strings,
 * numbers (as written), {@code true}, {@code false} and {@code null} (empty) are values; an object
 * or array as a value, a member named twice, or an element that is not an object is a defect of
 * that event alone. Malformed JSON, nesting deeper than {@link #MAX_DEPTH}, a string longer than
 * {@link ReadOptions#maxCellLength()} or invalid text ends the file with a {@link
 * DataFormatException} at its line; the events before it are read.
 */
final class JsonTable implements Closeable {

  /** The deepest nesting of arrays and objects accepted; an ACLED response needs 3. */
  static final int MAX_DEPTH = 512;

  /** One event: its cells (null for a member it lacks), line, position in the array, defect. */
  record Event(String[] cells, long line, long number, CellException defect) {}

  private final String file;
  private final Charset charset;
  private final ReadOptions options;
  private final Binding binding;
  private final CsvTable.CountingInputStream in;
  private final JsonParser parser;
  private boolean inObject; // the events are the "data" member of a top-level object
  private boolean done;
  private long number;

  JsonTable(InputStream raw, Charset charset, String file, ReadOptions options, Binding binding) {
    this.file = file;
    this.charset = charset;
    this.options = options;
    this.binding = binding;
    this.in = new CsvTable.CountingInputStream(raw);
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(options.maxCellLength())
                    .build())
            .build();
    try {
      this.parser = factory.createParser(new TextReader(in, charset));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Moves to the first event; fails the file if it is not an array of events or a response. */
  void open() {
    try {
      JsonToken t = parser.nextToken();
      if (t == JsonToken.START_ARRAY) {
        return;
      }
      if (t == JsonToken.START_OBJECT) {
        inObject = true;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken v = parser.nextToken();
          if (name.equals("data")) {
            if (v == JsonToken.START_ARRAY) {
              return;
            }
            throw fault(parser.currentTokenLocation(), "the \"data\" member is not an array of events");
          }
          parser.skipChildren();
        }
      }
      throw fault(
          parser.currentTokenLocation(),
          "expected an ACLED API response: an object with a \"data\" array of events, or an array of events");
    } catch (IOException e) {
      throw fault(e);
    }
  }

  /** The next event, or null after the last. */
  Event next() {
    if (done) {
      return null;
    }
    try {
      JsonToken t = parser.nextToken();
      if (t == JsonToken.END_ARRAY) {
        finish();
        return null;
      }
      number++;
      long line = parser.currentTokenLocation().getLineNr();
      if (t != JsonToken.START_OBJECT) {
        String text = t == null ? "" : t.isScalarValue() ? parser.getText() : t.asString();
        parser.skipChildren();
        return new Event(new String[0], line, number,
            new CellException("", text, "malformed event", "expected an object in \"data\""));
      }
      String[] cells = new String[binding.size()];
      CellException defect = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        int i = binding.sourceIndex(Binding.normalise(name));
        if (i < 0) {
          i = binding.add(name);
        }
        if (i >= cells.length) {
          cells = Arrays.copyOf(cells, binding.size());
        }
        JsonToken v = parser.nextToken();
        String value;
        if (v == JsonToken.VALUE_NULL) {
          value = "";
        } else if (v.isScalarValue()) {
          value = parser.getText();
        } else {
          parser.skipChildren();
          value = "";
          if (defect == null) {
            defect = new CellException(binding.sourceName(i), "", "malformed event",
                "expected a string, number or null, found an " + (v == JsonToken.START_OBJECT ? "object" : "array"));
          }
        }
        if (cells[i] != null && defect == null) {
          defect = new CellException(binding.sourceName(i), value, "malformed event",
              "the member \"" + name + "\" appears twice in the event");
        }
        cells[i] = value;
      }
      return new Event(cells, line, number, defect);
    } catch (IOException e) {
      throw fault(e);
    }
  }

  /** After the events: the rest of the response, then nothing. */
  private void finish() throws IOException {
    done = true;
    if (inObject) {
      JsonToken t;
      while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
        parser.nextToken();
        parser.skipChildren();
      }
      if (t != JsonToken.END_OBJECT) {
        throw fault(parser.currentTokenLocation(), "expected the end of the response object");
      }
    }
    if (parser.nextToken() != null) {
      throw fault(parser.currentTokenLocation(), "unexpected text after the JSON value");
    }
  }

  long bytesRead() {
    return in.count;
  }

  private DataFormatException fault(JsonLocation where, String reason) {
    return new DataFormatException(
        new DataProblem(file, Math.max(1, where.getLineNr()), 0, "", "",
            "malformed JSON: " + reason + "; the rest of the file was not read"));
  }

  private RuntimeException fault(IOException e) {
    if (e instanceof TextReader.InvalidTextException) {
      return new DataFormatException(
          new DataProblem(file, ((TextReader.InvalidTextException) e).line, 0, "", "",
              CsvTable.invalidText(charset, false)), e);
    }
    if (e instanceof StreamConstraintsException) {
      String m = String.valueOf(e.getMessage());
      String reason =
          m.contains("nesting depth")
              ? "arrays and objects nested more than " + MAX_DEPTH + " deep, the limit (an ACLED API"
                  + " response needs 3)"
              : m.contains("String value length")
                  ? "a string longer than " + options.maxCellLength() + " characters, the limit of a cell ("
                      + Messages.raise("maxCellLength", "--max-cell-length") + ")"
                  : ((JsonProcessingException) e).getOriginalMessage();
      return new DataFormatException(
          new DataProblem(file, Math.max(1, parser.currentLocation().getLineNr()), 0, "", "",
              reason + "; the rest of the file was not read"), e);
    }
    if (e instanceof JsonProcessingException) {
      JsonProcessingException j = (JsonProcessingException) e;
      long line = j.getLocation() == null ? parser.currentLocation().getLineNr() : j.getLocation().getLineNr();
      return new DataFormatException(
          new DataProblem(file, Math.max(1, line), 0, "", "",
              "malformed JSON: " + j.getOriginalMessage() + "; the rest of the file was not read"), e);
    }
    return new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
