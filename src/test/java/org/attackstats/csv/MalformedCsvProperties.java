package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.attackstats.dataset.RecordType;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Generated attacks files, valid except for damaged rows, each damage of one documented kind.
 * Whatever the damage: only {@link DataFormatException} escapes; strict reading fails at the first
 * damaged row naming its line and column; lenient reading rejects exactly the damaged rows, each
 * with its line and column, accepts all the others, and accepted + rejected = rows read; a damage
 * that stops the file (an unterminated quote, invalid UTF-8) is reported at its line and the rows
 * before it are kept.
 */
class MalformedCsvProperties {

  private static final List<String> HEADER =
      List.of("id", "date_start", "date_end", "killed", "injured", "latitude", "longitude", "notes");
  private static final int ID = 0, DATE_START = 1, DATE_END = 2, KILLED = 3, INJURED = 4, LATITUDE = 5, NOTES = 7;
  private static final int MAX_CELL = 100;
  /** Generated cases per property. */
  static final int EXAMPLES = 500;
  private static final ReadOptions STRICT = ReadOptions.strict().toBuilder().maxCellLength(MAX_CELL).build();
  private static final ReadOptions LENIENT = ReadOptions.lenient().toBuilder().maxCellLength(MAX_CELL).build();

  /** What a damage does to its row. */
  enum Effect { ACCEPTED, REJECTED, STOPS_FILE }

  /** The damages: each sets one cell (or breaks the row) and says what reading must do. */
  enum Damage {
    UNTERMINATED_QUOTE(NOTES, Effect.STOPS_FILE),
    EXTRA_CELL(-1, Effect.REJECTED),
    MISSING_CELL(-1, Effect.REJECTED),
    WORD_FOR_NUMBER(KILLED, Effect.REJECTED),
    THOUSANDS_SEPARATOR(INJURED, Effect.REJECTED),
    NON_ISO_DATE(DATE_START, Effect.REJECTED),
    IMPOSSIBLE_DATE(DATE_START, Effect.REJECTED),
    END_BEFORE_START(DATE_END, Effect.REJECTED),
    NEGATIVE_NUMBER(KILLED, Effect.REJECTED),
    OVERFLOWING_NUMBER(INJURED, Effect.REJECTED),
    LOW_ABOVE_HIGH(KILLED, Effect.REJECTED),
    BEST_OUTSIDE_RANGE(INJURED, Effect.REJECTED),
    LATITUDE_OUT_OF_RANGE(LATITUDE, Effect.REJECTED),
    HUGE_CELL(NOTES, Effect.REJECTED),
    NUL_IN_NUMBER(KILLED, Effect.REJECTED),
    NUL_IN_TEXT(NOTES, Effect.REJECTED),
    BOM_IN_DATE(DATE_START, Effect.REJECTED),
    BOM_IN_TEXT(NOTES, Effect.REJECTED),
    MISSING_ID(ID, Effect.REJECTED),
    DUPLICATE_ID(ID, Effect.REJECTED),
    INVALID_UTF8(NOTES, Effect.STOPS_FILE);

    final int column;
    final Effect effect;

    Damage(int column, Effect effect) {
      this.column = column;
      this.effect = effect;
    }

    /** The damaged row's cells (the first row, a1, is never damaged). */
    List<String> apply(List<String> row) {
      List<String> r = new ArrayList<>(row);
      switch (this) {
        case UNTERMINATED_QUOTE: r.set(column, "\"never closed"); break;
        case EXTRA_CELL: r.add("surplus"); break;
        case MISSING_CELL: r.remove(r.size() - 1); break;
        case WORD_FOR_NUMBER: r.set(column, "lots"); break;
        case THOUSANDS_SEPARATOR: r.set(column, "\"1,200\""); break;
        case NON_ISO_DATE: r.set(column, "21/11/2023"); break;
        case IMPOSSIBLE_DATE: r.set(column, "2023-02-30"); break;
        case END_BEFORE_START: r.set(column, "2020-01-01"); break;
        case NEGATIVE_NUMBER: r.set(column, "-3"); break;
        case OVERFLOWING_NUMBER: r.set(column, "99999999999999999999"); break;
        case LOW_ABOVE_HIGH: r.set(column, "5..2"); break;
        case BEST_OUTSIDE_RANGE: r.set(column, "9[2..5]"); break;
        case LATITUDE_OUT_OF_RANGE: r.set(column, "90.5"); break;
        case HUGE_CELL: r.set(column, "h".repeat(MAX_CELL + 1)); break;
        case NUL_IN_NUMBER: r.set(column, "1\u00002"); break;
        case NUL_IN_TEXT: r.set(column, "a\u0000b"); break;
        case BOM_IN_DATE: r.set(column, "\uFEFF" + r.get(column)); break;
        case BOM_IN_TEXT: r.set(column, "x\uFEFFy"); break;
        case MISSING_ID: r.set(column, ""); break;
        case DUPLICATE_ID: r.set(column, "a1"); break;
        default: r.set(column, "INVALID_UTF8"); // replaced by bytes in encode()
      }
      return r;
    }
  }

  /** A generated file: valid rows, some damaged; row i (0-based) is on line i + 2. */
  static final class File {
    final List<Damage> damages = new ArrayList<>(); // null for a valid row
    final byte[] bytes;

    File(List<Integer> rows) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      write(out, String.join(",", HEADER) + "\n");
      boolean stopped = false;
      for (int i = 0; i < rows.size(); i++) {
        int seed = rows.get(i);
        // rows after one that stops the file are valid: a later quote would close an unterminated one
        Damage d = i == 0 || stopped || seed % 3 != 0 ? null : Damage.values()[(seed / 3) % Damage.values().length];
        stopped |= d != null && d.effect == Effect.STOPS_FILE;
        damages.add(d);
        List<String> row = valid(i, seed);
        String line = String.join(",", d == null ? row : d.apply(row)) + "\n";
        if (d == Damage.INVALID_UTF8) {
          int at = line.indexOf("INVALID_UTF8");
          write(out, line.substring(0, at));
          out.write(0xC3); // a lead byte followed by an ASCII byte
          out.write('(');
          write(out, line.substring(at + "INVALID_UTF8".length()));
        } else {
          write(out, line);
        }
      }
      bytes = out.toByteArray();
    }

    private static List<String> valid(int i, int seed) {
      int day = 1 + seed % 28;
      String date = String.format("2023-%02d-%02d", 1 + seed % 12, day);
      return List.of(
          "a" + (i + 1), date, "", Integer.toString(seed % 50), (seed % 2 == 0 ? ">=" : "~") + seed % 70,
          Integer.toString(seed % 90), Integer.toString(-(seed % 180)), "row " + i + " seed " + seed);
    }

    private static void write(ByteArrayOutputStream out, String s) {
      out.writeBytes(s.getBytes(UTF_8));
    }

    /** Rows the reader gets to: all of them, or up to and including the first that stops it. */
    int reached() {
      for (int i = 0; i < damages.size(); i++) {
        if (damages.get(i) != null && damages.get(i).effect == Effect.STOPS_FILE) {
          return i;
        }
      }
      return damages.size();
    }

    int firstFailing() {
      for (int i = 0; i < damages.size(); i++) {
        if (damages.get(i) != null && damages.get(i).effect != Effect.ACCEPTED) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public String toString() {
      return damages + "\n" + new String(bytes, UTF_8);
    }
  }

  static Gen<File> files() {
    return lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 40).map(File::new);
  }

  @Test
  void lenientReadingRejectsExactlyTheDamagedRowsNamingLineAndColumn() {
    qt().withExamples(EXAMPLES).forAll(files()).checkAssert(f -> {
      LoadResult r = CsvChecks.lenient(f.bytes, RecordType.ATTACK, LENIENT);
      assertNotNull(r, f::toString);
      int reached = f.reached();
      List<DataProblem> rowProblems = new ArrayList<>();
      r.report().problems().stream().filter(p -> p.record() > 0).forEach(rowProblems::add);
      int k = 0;
      long accepted = 0;
      for (int i = 0; i < reached; i++) {
        Damage d = f.damages.get(i);
        if (d == null || d.effect == Effect.ACCEPTED) {
          accepted++;
          assertEquals(true, r.dataset().attack("a" + (i + 1)).isPresent(), f::toString);
        } else {
          DataProblem p = rowProblems.get(k++);
          assertEquals(i + 2, p.line(), f::toString);
          assertEquals(d.column < 0 ? "" : HEADER.get(d.column), p.column(), () -> d + " " + p);
        }
      }
      assertEquals(k, rowProblems.size(), f::toString);
      assertEquals(accepted, r.report().accepted(), f::toString);
      if (reached < f.damages.size()) {
        DataProblem stop = r.report().problems().get(r.report().problems().size() - 1);
        assertEquals(0, stop.record());
        assertEquals(reached + 2, stop.line(), () -> stop + "\n" + f);
        assertEquals(reached, r.report().rowsRead(), f::toString);
      } else {
        assertEquals(f.damages.size(), r.report().rowsRead(), f::toString);
      }
    });
  }

  @Test
  void strictReadingFailsAtTheFirstDamagedRowNamingLineAndColumn() {
    qt().withExamples(EXAMPLES).forAll(files()).checkAssert(f -> {
      int first = f.firstFailing();
      if (first < 0) {
        assertEquals(f.damages.size(), CsvChecks.read(f.bytes, RecordType.ATTACK, STRICT).report().accepted());
        return;
      }
      DataFormatException e =
          assertThrows(DataFormatException.class, () -> CsvChecks.read(f.bytes, RecordType.ATTACK, STRICT), f::toString);
      Damage d = f.damages.get(first);
      assertEquals(CsvChecks.FILE, e.file());
      assertEquals(first + 2, e.line(), () -> e + "\n" + f);
      String column = d.column < 0 || d.effect == Effect.STOPS_FILE ? "" : HEADER.get(d.column);
      if (d == Damage.UNTERMINATED_QUOTE && !e.column().isEmpty()) {
        column = HEADER.get(d.column); // the cell reached the cell limit before the end of the file
      }
      assertEquals(column, e.column(), () -> e + "\n" + f);
    });
  }

  @Test
  void everyDamageOfTheFileAsAWholeThrowsInStrictModeAndSkipsTheFileInLenientMode() {
    String[] headers = {
      "id,date_start,id\n", // duplicate column
      "id,,date_start\n", // empty column name
      "id,killed\n", // missing required column
      "", // empty file
    };
    for (String h : headers) {
      byte[] bytes = (h + "a1,2023-01-01,x\n").getBytes(UTF_8);
      assertThrows(DataFormatException.class, () -> CsvChecks.read(bytes, RecordType.ATTACK, STRICT));
      LoadResult lenient = CsvChecks.read(bytes, RecordType.ATTACK, LENIENT);
      assertEquals(1, lenient.report().problems().size(), lenient.report().problems()::toString);
      assertEquals(0, lenient.report().rowsRead());
      assertTrue(lenient.dataset().isEmpty());
    }
  }

  @Test
  void arbitraryBytesObeyTheReadingLaws() {
    Gen<byte[]> bytes =
        lists().of(integers().between(0, 255)).ofSizeBetween(0, 300)
            .map(l -> {
              byte[] b = new byte[l.size()];
              for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (int) l.get(i);
              }
              return b;
            });
    qt().withExamples(EXAMPLES).forAll(bytes).checkAssert(b -> {
      CsvChecks.passedThroughUnchanged(b);
      for (RecordType t : RecordType.values()) {
        CsvChecks.strict(b, t);
        CsvChecks.lenient(b, t, CsvChecks.SMALL_LIMITS);
      }
    });
  }
}
