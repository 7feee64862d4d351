package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void parsesValuesKeepingNumbersAsText() throws Json.SyntaxException {
    Object v =
        Json.parse(
            "\uFEFF{\"a\": [1, -2.5e3, true, false, null, \"x\\\"\\u00e9\\n\"],\n \"b\": {}}");
    Json.Obj o = (Json.Obj) v;
    assertEquals(1, o.line());
    List<?> a = (List<?>) o.members().get("a");
    assertEquals(List.of("1", "-2.5e3", "true", "false", Json.NULL, "x\"\u00e9\n"), a);
    assertEquals(Map.of(), ((Json.Obj) o.members().get("b")).members());
    assertEquals(2, ((Json.Obj) o.members().get("b")).line());
  }

  @Test
  void rejectsMalformedInputWithTheLine() {
    String[] bad = {
      "{\"a\": 1,}",
      "[1 2]",
      "{\"a\" 1}",
      "\"unterminated",
      "{\"a\": 01}",
      "tru",
      "{} x",
      "{\"a\": 1, \"a\": 2}",
      "\"\\q\"",
      "\"a\nb\"",
      "",
    };
    for (String b : bad) {
      assertThrows(Json.SyntaxException.class, () -> Json.parse(b), b);
    }
    Json.SyntaxException e = assertThrows(Json.SyntaxException.class, () -> Json.parse("[\n1,\n]"));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("expected a value"), e.getMessage());
  }
}
