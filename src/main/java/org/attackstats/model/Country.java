package org.attackstats.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A country by its ISO 3166-1 alpha-2 code, with its alpha-3 and numeric codes and English short
 * name. The table holds every officially assigned code and {@code XK} (Kosovo), which ACLED and UCDP
 * use. Instances are shared; compare with {@code equals}.
 *
 * <pre>{@code
 * Country iraq = Country.of("IQ");
 * iraq.name();  // "Iraq"
 * Country.ofNumeric(760).map(Country::code);  // Optional[SY]
 * }</pre>
 */
public final class Country implements Comparable<Country> {

  private static final Map<String, Country> BY_CODE = new TreeMap<>();
  private static final Map<String, Country> BY_ALPHA3 = new TreeMap<>();
  private static final Map<Integer, Country> BY_NUMERIC = new TreeMap<>();

  static {
    for (String[] row : CountryTable.ROWS) {
      Country c = new Country(row[0], row[1], Integer.parseInt(row[2]), row[3]);
      BY_CODE.put(c.code, c);
      BY_ALPHA3.put(c.alpha3, c);
      if (c.numeric >= 0) {
        BY_NUMERIC.put(c.numeric, c);
      }
    }
  }

  private final String code;
  private final String alpha3;
  private final int numeric;
  private final String name;

  private Country(String code, String alpha3, int numeric, String name) {
    this.code = code;
    this.alpha3 = alpha3;
    this.numeric = numeric;
    this.name = name;
  }

  /**
   * The country with this ISO 3166-1 alpha-2 code. Surrounding whitespace and case are ignored.
   *
   * @param code for example {@code "IQ"}
   * @return the country
   * @throws IllegalArgumentException if the code is not an assigned alpha-2 code
   */
  public static Country of(String code) {
    return find(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown country code '"
                        + code
                        + "': expected an ISO 3166-1 alpha-2 code such as IQ, SY or US (or XK)"));
  }

  /**
   * The country with this alpha-2 code, if there is one.
   *
   * @param code the code; case and surrounding whitespace are ignored
   * @return the country, or empty
   */
  public static Optional<Country> find(String code) {
    return Optional.ofNullable(BY_CODE.get(code.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * The country with this ISO 3166-1 alpha-3 code ({@code IRQ}), if there is one.
   *
   * @param alpha3 the code; case and surrounding whitespace are ignored
   * @return the country, or empty
   */
  public static Optional<Country> ofAlpha3(String alpha3) {
    return Optional.ofNullable(BY_ALPHA3.get(alpha3.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * The country with this ISO 3166-1 numeric code ({@code 368} for Iraq), if there is one.
   *
   * @param numeric the code
   * @return the country, or empty
   */
  public static Optional<Country> ofNumeric(int numeric) {
    return Optional.ofNullable(BY_NUMERIC.get(numeric));
  }

  /**
   * Every country in the table, ordered by alpha-2 code.
   *
   * @return an immutable list
   */
  public static List<Country> all() {
    return List.copyOf(BY_CODE.values());
  }

  /**
   * The alpha-2 code.
   *
   * @return for example {@code "IQ"}
   */
  public String code() {
    return code;
  }

  /**
   * The alpha-3 code.
   *
   * @return for example {@code "IRQ"}
   */
  public String alpha3() {
    return alpha3;
  }

  /**
   * The numeric code, or -1 for a user-assigned code without one ({@code XK}).
   *
   * @return for example 368
   */
  public int numeric() {
    return numeric;
  }

  /**
   * The English short name.
   *
   * @return for example {@code "Iraq"}
   */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(Country o) {
    return code.compareTo(o.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Country && ((Country) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * The alpha-2 code, as written in CSV files.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return code;
  }
}
