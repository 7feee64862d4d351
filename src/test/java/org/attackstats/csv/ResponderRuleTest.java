package org.attackstats.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponderRuleTest {

  @Test
  void defaultRuleMatchesTheUnitedStatesAsEachSourceNamesIt() {
    ResponderRule r = ResponderRule.unitedStates();
    assertTrue(r.isResponder("Military Forces of the United States (2021-)"));
    assertTrue(r.isResponder("Military Forces of the United States (2017-2021)"));
    assertTrue(r.isResponder("military forces of the  United States"));
    assertTrue(r.isResponder("Government of United States of America"));
    assertTrue(r.isResponder("United States"));
    assertFalse(r.isResponder("Military Forces of Iraq (2022-)"));
    assertFalse(r.isResponder("Islamic Resistance in Iraq"));
    assertFalse(r.isResponder(""));
    assertFalse(r.isResponder("Military Forces of the United States (Navy)"));
  }

  @Test
  void noneAndCustomRules() {
    assertFalse(ResponderRule.none().isResponder("United States"));
    ResponderRule israel = ResponderRule.actors(List.of("Military Forces of Israel"));
    assertTrue(israel.isResponder("Military Forces of Israel (2022-)"));
    assertFalse(israel.isResponder("United States"));
    assertEquals(
        ResponderRule.actors(List.of("A", "b")), ResponderRule.actors(List.of(" B", "a ")));
    assertThrows(IllegalArgumentException.class, () -> ResponderRule.actors(List.of(" ")));
  }
}
