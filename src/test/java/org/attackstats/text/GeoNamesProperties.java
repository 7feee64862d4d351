package org.attackstats.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Laws of the GeoNames layer over random small files in the format of {@code build_gazetteer.py}:
 * the binary index that {@link GeoNames#write} writes and {@link GeoNames#read} reads answers every
 * lookup as the index built from the files, and every place is found under each of its names.
 */
class GeoNamesProperties {

  private static final String[] COUNTRIES = {"IQ", "SY", "AF", "NG", "ML", "SO", "FR", "US"};
  private static final String[] FEATURES = {"PPL", "PPLA", "PPLA2", "PPLC", "PPLX"};

  /** Random files: the divisions, the places, and every name written in them. */
  record Files(String admin, String places, List<String> names, Set<String> common) {}

  static Files files(Random r) {
    StringBuilder admin = new StringBuilder("# level\tcode\tname\n");
    List<String> names = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    int divisions = r.nextInt(8);
    for (int d = 0; d < divisions; d++) {
      String c = COUNTRIES[r.nextInt(COUNTRIES.length)];
      String a1 = String.format(Locale.ROOT, "%02d", 1 + r.nextInt(5));
      String name = NamesProperties.name(r) + (r.nextBoolean() ? " Province" : "");
      admin.append("1\t").append(c).append('.').append(a1).append('\t').append(name).append('\n');
      names.add(name);
      codes.add(c + "." + a1);
      if (r.nextBoolean()) {
        String a2 = c + "." + a1 + "." + (1 + r.nextInt(9));
        String name2 = NamesProperties.name(r);
        admin.append("2\t").append(a2).append('\t').append(name2).append('\n');
        names.add(name2);
        codes.add(a2);
      }
    }
    StringBuilder places = new StringBuilder("# id\tname\talternates\tcountry\ta1\ta2\tlat\tlon\tpop\tf\n");
    int n = r.nextInt(30);
    Set<String> common = new HashSet<>();
    for (int p = 0; p < n; p++) {
      String name = NamesProperties.name(r);
      names.add(name);
      if (r.nextInt(8) == 0) {
        common.add(Names.key(name));
      }
      List<String> alternates = new ArrayList<>();
      for (int k = r.nextInt(3); k > 0; k--) {
        alternates.add(NamesProperties.name(r));
      }
      names.addAll(alternates);
      String country;
      String a1 = "";
      String a2 = "";
      if (!codes.isEmpty() && r.nextBoolean()) {
        String[] code = codes.get(r.nextInt(codes.size())).split("\\.");
        country = code[0];
        a1 = code[1];
        a2 = code.length > 2 ? code[2] : "";
      } else {
        country = COUNTRIES[r.nextInt(COUNTRIES.length)];
      }
      places.append(1000 + p).append('\t').append(name).append('\t')
          .append(String.join("|", alternates)).append('\t').append(country).append('\t')
          .append(a1).append('\t').append(a2).append('\t')
          .append(String.format(Locale.ROOT, "%.4f\t%.4f", r.nextDouble() * 180 - 90,
              r.nextDouble() * 360 - 180))
          .append('\t').append(r.nextInt(5_000_000)).append('\t')
          .append(FEATURES[r.nextInt(FEATURES.length)]).append('\n');
    }
    return new Files(admin.toString(), places.toString(), names, common);
  }

  private static GeoNames roundTrip(GeoNames g) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      g.write(out);
      return GeoNames.read(new ByteArrayInputStream(out.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anIndexWrittenAndReadBackAnswersTheSameLookups() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Files f = files(r);
      GeoNames built = GeoNamesTest.build(f.places(), f.admin(), f.common());
      GeoNames read = roundTrip(built);
      assertEquals(built.places(), read.places());
      for (int p = 0; p < built.places(); p++) {
        assertEquals(built.name(p), read.name(p));
        assertEquals(built.geonameId(p), read.geonameId(p));
        assertEquals(built.country(p), read.country(p));
        assertEquals(built.admin1(p), read.admin1(p));
        assertEquals(built.admin1Index(p), read.admin1Index(p));
        assertEquals(built.admin2(p), read.admin2(p));
        assertEquals(built.coordinates(p), read.coordinates(p));
        assertEquals(built.population(p), read.population(p));
        assertEquals(built.featureRank(p), read.featureRank(p));
      }
      List<String> keys = new ArrayList<>();
      f.names().forEach(n -> keys.add(Names.key(n)));
      keys.add(Names.key(NamesProperties.name(r)));
      for (String k : keys) {
        assertArrayEquals(built.lookup(k), read.lookup(k), k);
        assertEquals(built.contains(k), read.contains(k), k);
        assertEquals(built.isCommon(k), read.isCommon(k), k);
        for (int x : built.lookup(k)) {
          if (x < 0) {
            int d = -x - 1;
            assertEquals(built.level(d), read.level(d));
            assertEquals(built.divisionName(d), read.divisionName(d));
            assertEquals(built.divisionCountry(d), read.divisionCountry(d));
            assertEquals(built.divisionParent(d), read.divisionParent(d));
          }
        }
      }
    });
  }

  @Test
  void everyPlaceIsFoundUnderEachOfItsNames() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      Files f = files(new Random(seed));
      GeoNames g = roundTrip(GeoNamesTest.build(f.places(), f.admin(), f.common()));
      for (String line : f.places().split("\n")) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        int p = -1;
        for (int k = 0; k < g.places(); k++) {
          if (g.geonameId(k) == Long.parseLong(c[0])) {
            p = k;
          }
        }
        List<String> spellings = new ArrayList<>(List.of(c[1]));
        if (!c[2].isEmpty()) {
          spellings.addAll(List.of(c[2].split("\\|")));
        }
        for (String s : spellings) {
          int[] post = g.lookup(Names.key(s));
          boolean found = false;
          for (int x : post) {
            found |= x == p;
          }
          assertTrue(found, s + " of place " + c[0]);
        }
      }
    });
  }
}
