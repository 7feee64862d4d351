package org.attackstats.text;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.attackstats.model.Actor;
import org.attackstats.model.DateSpan;
import org.attackstats.model.Estimate;
import org.attackstats.model.Method;

/** An incident as read from one sentence, later merged with other mentions of it. Mutable. */
final class Mention {
  enum Kind {
    ATTACK,
    RESPONSE,
    /** No actor says who struck: merged into an attack or response at the same day and place. */
    UNCERTAIN
  }

  Kind kind;
  final List<Sentences.Sentence> sentences = new ArrayList<>();
  DateSpan date;
  boolean dateExplicit;
  String dateQualifier = "";
  LocalTime time;
  Gazetteer.Entry place;
  Gazetteer.Entry base;
  String district;
  Actor actor;
  boolean actorFromContext;
  Actor targetActor;
  Method method;
  Estimate munitions = Estimate.unknown();
  Estimate injured = Estimate.unknown();
  Estimate killed = Estimate.unknown();
  boolean correction;
  String target;
  String victims;
  boolean usVictims;

  Sentences.Sentence main() {
    return sentences.get(0);
  }

  String location() {
    if (base != null) {
      return base.name();
    }
    if (place == null) {
      return null;
    }
    switch (place.kind()) {
      case PLACE:
      case DISTRICT:
      case SEA:
      case BASE:
        return place.name();
      default:
        return null;
    }
  }

  String admin1() {
    Gazetteer.Entry e = base != null ? base : place;
    if (e == null) {
      return null;
    }
    return e.admin1().orElse(null);
  }

  org.attackstats.model.Country country() {
    Gazetteer.Entry e = base != null ? base : place;
    return e == null ? null : e.country().orElse(null);
  }

  /** Whether the two places may be the same: see docs/extraction.md, "Merging". */
  boolean placeCompatible(Mention o) {
    if (base != null && o.base != null) {
      return base.equals(o.base);
    }
    if (country() != null && o.country() != null && !country().equals(o.country())) {
      return false;
    }
    String a = location();
    String b = o.location();
    String aAdmin = admin1();
    String bAdmin = o.admin1();
    if (a != null && a.equals(b)) {
      return true;
    }
    if (a != null && a.equals(bAdmin) || b != null && b.equals(aAdmin)) {
      return true;
    }
    // one names only the country: somewhere in it
    if (place != null && place.kind() == Gazetteer.Kind.COUNTRY
        || o.place != null && o.place.kind() == Gazetteer.Kind.COUNTRY) {
      return country() != null && country().equals(o.country());
    }
    // one names only a province: the same province
    boolean aProvince = a == null && place != null && place.kind() == Gazetteer.Kind.ADMIN1;
    boolean bProvince = b == null && o.place != null && o.place.kind() == Gazetteer.Kind.ADMIN1;
    return (aProvince || bProvince) && aAdmin != null && aAdmin.equals(bAdmin);
  }

  void absorb(Mention o) {
    sentences.addAll(o.sentences);
    if (!dateExplicit && o.dateExplicit) {
      date = o.date;
      dateExplicit = true;
      dateQualifier = o.dateQualifier;
    }
    if (time == null) {
      time = o.time;
    }
    if (location() == null && o.location() != null) {
      place = o.place;
      base = o.base;
      district = o.district;
    } else if (place == null && base == null) {
      place = o.place;
    }
    if (actor == null || actorFromContext && o.actor != null && !o.actorFromContext) {
      actor = o.actor;
      actorFromContext = o.actorFromContext;
    }
    if (targetActor == null) {
      targetActor = o.targetActor;
    }
    if (method == null) {
      method = o.method;
    }
    if (target == null) {
      target = o.target;
    }
    if (victims == null) {
      victims = o.victims;
    }
    usVictims |= o.usVictims;
    munitions = larger(munitions, o.munitions, false);
    injured = larger(injured, o.injured, o.correction);
    killed = larger(killed, o.killed, o.correction);
  }

  /** The larger of two figures for the same incident, or the later one if it corrects. */
  static Estimate larger(Estimate a, Estimate b, boolean bCorrects) {
    if (b.isUnknown()) {
      return a;
    }
    if (a.isUnknown() || bCorrects) {
      return b;
    }
    if (b.low() > a.low() || b.low() == a.low() && b.best() > a.best()) {
      return b;
    }
    return a;
  }
}
