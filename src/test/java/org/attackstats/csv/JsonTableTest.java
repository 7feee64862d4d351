package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTableTest {

  private static List<JsonTable.Event> events(String json) {
    JsonTable t = new JsonTable(new ByteArrayInputStream(json.getBytes(UTF_8)), UTF_8, "a.json",
        ReadOptions.lenient(), new Binding("acled_"));
    t.open();
    List<JsonTable.Event> out = new ArrayList<>();
    for (JsonTable.Event e; (e = t.next()) != null; ) {
      out.add(e);
    }
    return out;
  }

  @Test
  void valuesAreTextNumbersAsWrittenAndNullIsEmpty() {
    List<JsonTable.Event> e =
        events("\uFEFF{\"count\": 1, \"data\": [{\"a\": 1, \"b\": -2.5e3, \"c\": true, \"d\": null,"
            + " \"e\": \"x\\\"\\u00e9\\n\"},\n {\"e\": \"y\", \"f\": \"new\"}], \"messages\": []}");
    assertEquals(2, e.size());
    assertArrayEquals(new String[] {"1", "-2.5e3", "true", "", "x\"\u00e9\n"}, e.get(0).cells());
    assertNull(e.get(0).defect());
    assertEquals(1, e.get(0).line());
    assertEquals(2, e.get(1).line());
    assertArrayEquals(new String[] {null, null, null, null, "y", "new"}, e.get(1).cells());
    assertEquals(2, e.get(1).number());
  }

  @Test
  void aBareArrayOfEventsIsRead() {
    assertEquals(1, events("[{\"a\": \"1\"}]").size());
    assertEquals(0, events("{\"data\": []}").size());
  }

  @Test
  void nestedValuesDuplicateMembersAndNonObjectsAreDefectsOfTheirEvent() {
    List<JsonTable.Event> e = events("{\"data\": [{\"a\": [1]}, {\"a\": \"1\", \"a\": \"2\"}, 7, {\"a\": \"ok\"}]}");
    assertEquals("malformed event", e.get(0).defect().category());
    assertTrue(e.get(1).defect().reason().contains("appears twice"), e.get(1).defect().reason());
    assertTrue(e.get(2).defect().reason().contains("expected an object"), e.get(2).defect().reason());
    assertNull(e.get(3).defect());
  }

  @Test
  void malformedJsonEndsTheFileAtItsLine() {
    String[] bad = {
      "{\"data\": [{\"a\": 1,}]}",
      "{\"data\": [1 2]}",
      "{\"data\" [1]}",
      "{\"data\": [\"unterminated",
      "{\"data\": [01]}",
      "{\"data\": [tru]}",
      "{\"data\": []} x",
      "{\"data\": [\"\\q\"]}",
      "{\"data\": [\"a\nb\"]}",
      "",
      "7",
      "{\"data\": 7}",
    };
    for (String b : bad) {
      assertThrows(DataFormatException.class, () -> events(b), b);
    }
    DataFormatException e = assertThrows(DataFormatException.class, () -> events("{\"data\": [\n1,\n]}"));
    assertEquals(3, e.line());
    assertTrue(e.reason().startsWith("malformed JSON"), e.reason());
  }

  @Test
  void aStringOverTheCellLimitEndsTheFileWithoutBeingHeld() {
    ReadOptions small = ReadOptions.lenient().toBuilder().maxCellLength(10).build();
    JsonTable t = new JsonTable(new ByteArrayInputStream(("{\"data\": [{\"a\": \"short\"},\n{\"a\": \""
        + "x".repeat(1000) + "\"}]}").getBytes(UTF_8)), UTF_8, "a.json", small, new Binding(""));
    t.open();
    assertEquals("short", t.next().cells()[0]);
    DataFormatException e = assertThrows(DataFormatException.class, t::next);
    assertEquals(2, e.line());
    assertTrue(e.reason().startsWith("a string longer than 10 characters"), e.reason());
  }
}
