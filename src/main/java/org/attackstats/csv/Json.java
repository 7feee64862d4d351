package org.attackstats.csv;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small JSON parser (RFC 8259) for the ACLED API's responses, so that reading them needs no JSON
 * library. Objects become {@link Obj} (members in order, with the line where the object starts),
 * arrays {@link Arr} (a {@link List} with the line where each item starts), strings {@link
 * String}; numbers, {@code true} and {@code false} become their text, and {@code null} becomes
 * {@link #NULL}. Arrays and objects may nest at most {@link #MAX_DEPTH} deep.
 */
final class Json {

  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?");

  /**
   * The deepest nesting of arrays and objects accepted; an ACLED response needs 3. Deeper input
   * is refused rather than overflowing the stack.
   */
  static final int MAX_DEPTH = 512;

  /** The JSON {@code null}. */
  static final Object NULL = new Object();

  /** An object and the 1-based line of its opening brace. */
  record Obj(Map<String, Object> members, long line) {}

  /** An array, with the 1-based line where each item starts. */
  static final class Arr extends AbstractList<Object> {
    private final List<Object> items = new ArrayList<>();
    private final List<Long> lines = new ArrayList<>();

    @Override
    public Object get(int index) {
      return items.get(index);
    }

    @Override
    public int size() {
      return items.size();
    }

    /** The line where an item starts. */
    long line(int index) {
      return lines.get(index);
    }
  }

  /** Malformed JSON, at a line. */
  static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long line;

    SyntaxException(String message, long line) {
      super(message, null, false, false);
      this.line = line;
    }

    long line() {
      return line;
    }
  }

  private final String text;
  private int pos;
  private long line = 1;
  private int depth;

  private Json(String text) {
    this.text = text;
  }

  /** Parses a whole document. */
  static Object parse(String text) throws SyntaxException {
    Json p = new Json(text);
    if (text.startsWith("\uFEFF")) {
      p.pos = 1;
    }
    Object value = p.value();
    p.whitespace();
    if (p.pos < text.length()) {
      throw p.error("unexpected text after the JSON value");
    }
    return value;
  }

  private Object value() throws SyntaxException {
    whitespace();
    if (pos >= text.length()) {
      throw error("unexpected end of input, expected a value");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        enter();
        Obj o = object();
        depth--;
        return o;
      case '[':
        enter();
        Arr a = array();
        depth--;
        return a;
      case '"':
        return string();
      case 't':
        return literal("true", "true");
      case 'f':
        return literal("false", "false");
      case 'n':
        return literal("null", NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "', expected a value");
    }
  }

  private void enter() throws SyntaxException {
    if (++depth > MAX_DEPTH) {
      throw error(
          "arrays and objects nested more than "
              + MAX_DEPTH
              + " deep, the limit (an ACLED API response needs 3)");
    }
  }

  private Obj object() throws SyntaxException {
    long start = line;
    pos++;
    Map<String, Object> members = new LinkedHashMap<>();
    whitespace();
    if (peek() == '}') {
      pos++;
      return new Obj(members, start);
    }
    while (true) {
      whitespace();
      if (peek() != '"') {
        throw error("expected a member name in quotes");
      }
      String name = string();
      whitespace();
      expect(':');
      if (members.put(name, value()) != null) {
        throw error("duplicate member name \"" + name + "\"");
      }
      whitespace();
      char c = next();
      if (c == '}') {
        return new Obj(members, start);
      }
      if (c != ',') {
        throw error("expected ',' or '}' in an object");
      }
    }
  }

  private Arr array() throws SyntaxException {
    pos++;
    Arr items = new Arr();
    whitespace();
    if (peek() == ']') {
      pos++;
      return items;
    }
    while (true) {
      whitespace();
      items.lines.add(line);
      items.items.add(value());
      whitespace();
      char c = next();
      if (c == ']') {
        return items;
      }
      if (c != ',') {
        throw error("expected ',' or ']' in an array");
      }
    }
  }

  private String string() throws SyntaxException {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        throw error("control character in a string: escape it");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"':
        case '\\':
        case '/':
          sb.append(e);
          break;
        case 'b':
          sb.append('\b');
          break;
        case 'f':
          sb.append('\f');
          break;
        case 'n':
          sb.append('\n');
          break;
        case 'r':
          sb.append('\r');
          break;
        case 't':
          sb.append('\t');
          break;
        case 'u':
          if (pos + 4 > text.length()) {
            throw error("incomplete \\u escape");
          }
          try {
            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("invalid \\u escape");
          }
          pos += 4;
          break;
        default:
          throw error("invalid escape \\" + e);
      }
    }
  }

  private String number() throws SyntaxException {
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String n = text.substring(start, pos);
    if (!NUMBER.matcher(n).matches()) {
      throw error("invalid number " + n);
    }
    return n;
  }

  private Object literal(String word, Object value) throws SyntaxException {
    if (!text.startsWith(word, pos)) {
      throw error("expected " + word);
    }
    pos += word.length();
    return value;
  }

  private void whitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        line++;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private char peek() throws SyntaxException {
    if (pos >= text.length()) {
      throw error("unexpected end of input");
    }
    return text.charAt(pos);
  }

  private char next() throws SyntaxException {
    char c = peek();
    pos++;
    return c;
  }

  private void expect(char c) throws SyntaxException {
    if (next() != c) {
      throw error("expected '" + c + "'");
    }
  }

  private SyntaxException error(String message) {
    return new SyntaxException(message, line);
  }
}
