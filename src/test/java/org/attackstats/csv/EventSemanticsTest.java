package org.attackstats.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which rows of each source are incidents, and the account of the others. */
class EventSemanticsTest {

  private static final String ACLED_HEADER =
      "event_id_cnty,event_date,disorder_type,event_type,sub_event_type,actor1,country,fatalities\n";

  private static LoadResult acled(String rows, ReadOptions options) {
    return Fixtures.read("acled.csv", (ACLED_HEADER + rows).getBytes(UTF_8), InputFormat.AUTO, options);
  }

  private static final String ROWS =
      "IRN1,2023-10-01,Demonstrations,Protests,Peaceful protest,Protesters (Iran),Iran,0\n"
          + "IRN2,2023-10-02,Demonstrations,Protests,Protest with intervention,Protesters (Iran),Iran,0\n"
          + "IRN3,2023-10-03,Demonstrations,Riots,Violent demonstration,Rioters (Iran),Iran,0\n"
          + "IRN4,2023-10-04,Political violence; Demonstrations,Riots,Mob violence,Rioters (Iran),Iran,1\n"
          + "IRN5,2023-10-05,Strategic developments,Strategic developments,Arrests,Police Forces of Iran,Iran,\n"
          + "IRN6,2023-10-06,Political violence,Battles,Armed clash,Jaish al Adl,Iran,3\n"
          + "IRN7,2023-10-07,Political violence,Explosions/Remote violence,Air/drone strike,Unidentified,Iran,0\n"
          + "IRN8,2023-10-08,Political violence,Violence against civilians,Attack,Unidentified,Iran,1\n"
          + "IRN9,not a date,Demonstrations,Protests,Peaceful protest,Protesters (Iran),Iran,0\n";

  @Test
  void aclecProtestsRiotsOfDemonstrationsAndStrategicDevelopmentsAreLeftOutAndCountedByReason() {
    LoadResult r = acled(ROWS, ReadOptions.strict());
    assertEquals(List.of("IRN4", "IRN6", "IRN7", "IRN8"),
        r.dataset().attacks().stream().map(a -> a.id()).toList());
    FileReport f = Fixtures.file(r);
    assertEquals(9, f.rowsRead());
    assertEquals(4, f.accepted());
    assertEquals(0, f.rejected());
    assertEquals(
        Map.of(
            "not an incident: Protests", 3L,
            "not an incident: Riots (Demonstrations)", 1L,
            "not an incident: Strategic developments", 1L),
        f.leftOut());
    assertEquals(f.rowsRead(), f.accepted() + f.leftOutCount() + f.rejected());
    assertEquals(5, r.report().leftOut());
    assertTrue(r.report().problems().isEmpty(), "a row left out is not a problem, even with a bad date");
  }

  @Test
  void anOptionReadsEveryRow() {
    LoadResult r = acled(ROWS, ReadOptions.lenient().toBuilder().includeNonIncidents(true).build());
    assertEquals(8, r.dataset().incidents().size());
    assertEquals(0, r.report().leftOut());
    assertEquals(1, r.report().rejected(), "the protest with a bad date is now read, and rejected");
  }

  @Test
  void withoutADisorderTypeRiotsAreIncidentsWhenTheyAreMobViolence() {
    String header = "event_id_cnty,event_date,event_type,sub_event_type,country\n";
    LoadResult r = Fixtures.read("old.csv", (header
        + "A1,2019-01-01,Riots,Mob violence,Iraq\n"
        + "A2,2019-01-01,Riots,Violent demonstration,Iraq\n").getBytes(UTF_8), InputFormat.AUTO, ReadOptions.strict());
    assertEquals(List.of("A1"), r.dataset().attacks().stream().map(a -> a.id()).toList());
    assertEquals(Map.of("not an incident: Riots", 1L), Fixtures.file(r).leftOut());
  }

  @Test
  void theOlderCodebooksTypesFollowTheSameRule() {
    String header = "data_id,event_id_cnty,event_date,event_type,country,iso3\n";
    LoadResult r = Fixtures.read("legacy.csv", (header
        + "1,IND1,01-January-2015,Battle-No change of territory,India,IND\n"
        + "2,IND2,01-January-2015,Remote violence,India,IND\n"
        + "3,IND3,01-January-2015,Riots/Protests,India,IND\n"
        + "4,IND4,01-January-2015,Strategic development,India,IND\n"
        + "5,IND5,01-January-2015,Headquarters or base established,India,IND\n"
        + "6,IND6,01-January-2015,Non-violent transfer of territory,India,IND\n"
        + "7,IND7,01-January-2015,Violence against civilians,India,IND\n").getBytes(UTF_8),
        InputFormat.AUTO, ReadOptions.strict());
    assertEquals("acled-legacy", Fixtures.file(r).format());
    assertEquals(List.of("IND1", "IND2", "IND7"), r.dataset().attacks().stream().map(a -> a.id()).toList());
    assertEquals(4, r.report().leftOut());
    assertEquals(Map.of(), Fixtures.file(r).unknownValues(), "every type is in the older codebook");
  }

  @Test
  void apiJsonRowsFollowTheSameRule() {
    String json = "{\"data\": ["
        + "{\"event_id_cnty\": \"IRN1\", \"event_date\": \"2023-10-01\", \"event_type\": \"Protests\", \"country\": \"Iran\"},"
        + "{\"event_id_cnty\": \"IRN2\", \"event_date\": \"2023-10-01\", \"event_type\": \"Battles\", \"country\": \"Iran\"}]}";
    LoadResult r = Fixtures.read("a.json", json.getBytes(UTF_8), InputFormat.of(ExternalFormat.ACLED), ReadOptions.strict());
    assertEquals(1, r.dataset().attacks().size());
    assertEquals(Map.of("not an incident: Protests", 1L), Fixtures.file(r).leftOut());
  }

  @Test
  void gtdRowsInDoubtAsTerrorismAreLeftOutWithTheAlternative() {
    String csv = "eventid,iyear,imonth,iday,country_txt,doubtterr,alternative_txt\n"
        + "201701010001,2017,1,1,Iraq,0,\n"
        + "201701010002,2017,1,1,Iraq,1,Insurgency/Guerilla Action\n"
        + "201701010003,2017,1,1,Iraq,1,\n"
        + "197001010004,1970,1,1,Iraq,-9,\n"
        + "201701010005,2017,1,1,Iraq,,\n";
    LoadResult r = Fixtures.read("gtd.csv", csv.getBytes(UTF_8), InputFormat.AUTO, ReadOptions.strict());
    assertEquals(List.of("201701010001", "197001010004", "201701010005"),
        r.dataset().attacks().stream().map(a -> a.id()).toList());
    assertEquals(
        Map.of(
            "not an incident: doubtterr 1 (doubt it is terrorism: Insurgency/Guerilla Action)", 1L,
            "not an incident: doubtterr 1 (doubt it is terrorism)", 1L),
        Fixtures.file(r).leftOut());
  }

  @Test
  void everyUcdpTypeOfViolenceIsAnIncident() {
    String csv = "id,date_start,country,type_of_violence,best,low,high\n"
        + "1,2017-01-01,Iraq,1,1,1,1\n2,2017-01-01,Iraq,2,1,1,1\n3,2017-01-01,Iraq,3,1,1,1\n";
    LoadResult r = Fixtures.read("ged.csv", csv.getBytes(UTF_8), InputFormat.AUTO, ReadOptions.strict());
    assertEquals(3, r.dataset().attacks().size());
    assertEquals(0, r.report().leftOut());
  }
}
