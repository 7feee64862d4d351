package org.attackstats.testing;

import static org.attackstats.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetSettingsTest {

  private static List<Object> all(DatasetSettings s) {
    return List.of(
        s.minAttacks(), s.maxAttacks(), s.minResponses(), s.maxResponses(), s.minBases(),
        s.maxBases(), s.minTallies(), s.maxTallies(), s.uncertainty(), s.awkwardText(), s.extras(),
        s.extremeDates());
  }

  @Test
  void theBuilderSetsEverySettingAndToBuilderKeepsThem() {
    DatasetSettings s =
        DatasetSettings.builder()
            .attacks(1, 2)
            .responses(3, 4)
            .bases(5, 6)
            .tallies(7, 8)
            .uncertainty(0.25)
            .awkwardText(0.5)
            .extras(0.75)
            .extremeDates(1)
            .build();
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 0.25, 0.5, 0.75, 1.0), all(s));
    assertEquals(all(s), all(s.toBuilder().build()));
    assertEquals(
        List.of(9, 9, 0, 0, 2, 2, 1, 1, 0.0, 0.0, 0.0, 0.0),
        all(s.toBuilder().attacks(9).responses(0).bases(2).tallies(1).uncertainty(0)
            .awkwardText(0).extras(0).extremeDates(0).build()));
    assertEquals(
        "DatasetSettings[attacks=1..2, responses=3..4, bases=5..6, tallies=7..8, uncertainty=0.25,"
            + " awkwardText=0.5, extras=0.75, extremeDates=1.0]",
        s.toString());
  }

  @Test
  void presetsHaveTheDocumentedSizes() {
    assertEquals(List.of(0, 22, 0, 8, 0, 6, 0, 4, 0.4, 0.2, 0.1, 0.01), all(DatasetSettings.small()));
    assertEquals(List.of(0, 400, 0, 100, 0, 40, 0, 20, 0.4, 0.2, 0.1, 0.01), all(DatasetSettings.medium()));
  }

  @Test
  void ofSizeGivesOneBasePer20IncidentsAndOneTallyPer50() {
    assertEquals(List.of(200, 200, 50, 50, 13, 13, 6, 6), all(DatasetSettings.ofSize(250)).subList(0, 8));
    assertEquals(List.of(8, 8, 2, 2, 1, 1, 1, 1), all(DatasetSettings.ofSize(10)).subList(0, 8));
    assertEquals(List.of(1, 1, 0, 0, 1, 1, 1, 1), all(DatasetSettings.ofSize(1)).subList(0, 8));
    assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0), all(DatasetSettings.ofSize(0)).subList(0, 8));
    assertEquals(all(DatasetSettings.small()).subList(8, 12), all(DatasetSettings.ofSize(250)).subList(8, 12));
    assertRejected(() -> DatasetSettings.ofSize(-1), "incidents must be at least 0, got -1");
  }

  @Test
  void everyRangeAndProbabilityIsValidatedNamingTheSetting() {
    assertRejected(
        () -> DatasetSettings.builder().attacks(-1, 3).build(),
        "attacks must satisfy 0 <= min <= max, got min=-1, max=3");
    assertRejected(() -> DatasetSettings.builder().attacks(3, 2).build(), "attacks", "min=3, max=2");
    assertRejected(() -> DatasetSettings.builder().responses(3, 2).build(), "responses", "min=3, max=2");
    assertRejected(() -> DatasetSettings.builder().bases(-2).build(), "bases", "min=-2, max=-2");
    assertRejected(() -> DatasetSettings.builder().tallies(1, 0).build(), "tallies", "min=1, max=0");
    for (double p : new double[] {-0.01, 1.01, Double.NaN}) {
      String got = " must be a probability between 0 and 1, got " + p;
      assertRejected(() -> DatasetSettings.builder().uncertainty(p).build(), "uncertainty" + got);
      assertRejected(() -> DatasetSettings.builder().awkwardText(p).build(), "awkwardText" + got);
      assertRejected(() -> DatasetSettings.builder().extras(p).build(), "extras" + got);
      assertRejected(() -> DatasetSettings.builder().extremeDates(p).build(), "extremeDates" + got);
    }
  }
}
