package org.schemadepartemental.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Approximation;
import org.schemadepartemental.core.Baseline;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.CommitteeMeeting;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheLifecycle;
import org.schemadepartemental.core.FicheReference;
import org.schemadepartemental.core.GlossaryEntry;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Lineage;
import org.schemadepartemental.core.LineageAxis;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.PlanReference;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.ReviewMeasurement;
import org.schemadepartemental.core.ReviewStatus;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.StatusVocabulary;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.core.Territory;
import org.schemadepartemental.core.TerritoryNote;
import org.schemadepartemental.core.VolumeReference;
import org.schemadepartemental.core.WorkingGroup;
import org.schemadepartemental.io.internal.EnumNames;

/**
 * Writes a plan as canonical JSON with Jackson's streaming generator. Empty optionals and empty
 * lists are left out, except the arrays the contract always shows ({@code orientations},
 * {@code fiches}, {@code sousActions}, {@code indicators}, {@code pilots}, {@code partners}); the
 * status vocabulary is left out when it is the standard one. One instance per write.
 */
final class JsonPlanWriter {

  /** Writes one element of a list. */
  @FunctionalInterface
  private interface ElementWriter<T> {
    void write(T value) throws IOException;
  }

  private final JsonGenerator g;

  private JsonPlanWriter(JsonGenerator g) {
    this.g = g;
  }

  /** Writes the plan to the stream, UTF-8, without closing it. */
  static void write(Schema schema, OutputStream out, boolean pretty) throws IOException {
    try (JsonGenerator g = JsonSupport.writeFactory().createGenerator(out, JsonEncoding.UTF8)) {
      if (pretty) {
        // LF whatever the platform, and arrays one element per line, so that diffs stay small.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter()
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter)
            .withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("")));
      }
      new JsonPlanWriter(g).schema(schema);
      if (pretty) {
        g.writeRaw('\n');
      }
    }
  }

  private void schema(Schema s) throws IOException {
    g.writeStartObject();
    g.writeStringField("$schema", PlanJson.SCHEMA_ID);
    g.writeNumberField("formatVersion", PlanJson.FORMAT_VERSION);
    g.writeStringField("id", s.id());
    g.writeStringField("title", s.title());
    if (s.departement().isPresent()) {
      g.writeObjectFieldStart("departement");
      g.writeStringField("code", s.departement().get().code());
      g.writeStringField("name", s.departement().get().name());
      g.writeEndObject();
    }
    optional("period", s.period().map(Object::toString));
    optional("adoptionDate", s.adoptionDate().map(Object::toString));
    if (s.predecessor().isPresent()) {
      g.writeFieldName("predecessor");
      planReference(s.predecessor().get());
    }
    array("orientations", s.orientations(), true, this::orientation);
    array("glossary", s.glossary().list(), false, this::glossaryEntry);
    array("territories", s.territories(), false, this::territory);
    array("reviews", s.reviews(), false, this::review);
    if (s.lineage().isPresent()) {
      g.writeFieldName("lineage");
      lineage(s.lineage().get());
    }
    if (!s.statuses().equals(StatusVocabulary.standard())) {
      array("statuses", s.statuses().statuses(), true, this::status);
    }
    array("notes", s.notes(), false, this::listItem);
    location(s.location());
    g.writeEndObject();
  }

  private void orientation(Orientation o) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", o.code());
    g.writeStringField("title", o.title());
    g.writeStringField("kind", EnumNames.toKebab(o.kind()));
    optional("principle", o.principle());
    array("fiches", o.fiches(), true, this::fiche);
    location(o.location());
    g.writeEndObject();
  }

  private void fiche(Fiche f) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", f.id());
    g.writeStringField("number", f.number());
    g.writeStringField("title", f.title());
    array("diagnostic", f.diagnostic(), false, this::listItem);
    array("objectives", f.objectives(), false, this::listItem);
    array("operationalObjectives", f.operationalObjectives(), false, this::listItem);
    array("pilots", f.pilots(), true, this::actor);
    array("partners", f.partners(), true, this::actor);
    array("breakdown", f.breakdown(), false, this::listItem);
    array("sousActions", f.sousActions(), true, this::sousAction);
    g.writeFieldName("calendar");
    calendar(f.calendar());
    array("indicators", f.indicators(), true, this::indicator);
    array("vigilance", f.vigilance(), false, this::listItem);
    array("crossReferences", f.crossReferences(), false, this::ficheReference);
    array("volumeReferences", f.volumeReferences(), false, this::volumeReference);
    if (!f.lifecycle().equals(FicheLifecycle.active())) {
      g.writeFieldName("lifecycle");
      lifecycle(f.lifecycle());
    }
    decimal("weight", f.weight());
    array("notes", f.notes(), false, g::writeString);
    location(f.location());
    g.writeEndObject();
  }

  private void sousAction(SousAction a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("title", a.title());
    g.writeFieldName("calendar");
    calendar(a.calendar());
    decimal("weight", a.weight());
    location(a.location());
    g.writeEndObject();
  }

  private void calendar(ActionCalendar c) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", c.text());
    g.writeStringField("form", EnumNames.toKebab(c.form()));
    optional("start", c.start().map(CalendarPeriod::toString));
    optional("end", c.end().map(CalendarPeriod::toString));
    if (c.approximation() != Approximation.EXACT) {
      g.writeStringField("approximation", EnumNames.toKebab(c.approximation()));
    }
    array("semesters", c.semesters(), false, p -> g.writeString(p.toString())); // the set itself, not a copy
    g.writeEndObject();
  }

  private void indicator(Indicator i) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id());
    g.writeStringField("label", i.label());
    g.writeStringField("kind", EnumNames.toKebab(i.kind()));
    g.writeStringField("measureType", EnumNames.toKebab(i.measureType()));
    optional("unit", i.unit());
    g.writeStringField("direction", EnumNames.toKebab(i.direction()));
    g.writeBooleanField("cumulative", i.cumulative());
    if (i.baseline().isPresent()) {
      g.writeFieldName("baseline");
      baseline(i.baseline().get());
    }
    array("targets", i.targets(), false, this::target);
    array("measurements", i.measurements(), false, this::measurement);
    optional("formula", i.formula());
    location(i.location());
    g.writeEndObject();
  }

  private void baseline(Baseline b) throws IOException {
    g.writeStartObject();
    g.writeNumberField("value", b.value());
    optional("period", b.period().map(CalendarPeriod::toString));
    optional("text", b.text());
    g.writeEndObject();
  }

  private void target(Target t) throws IOException {
    g.writeStartObject();
    g.writeNumberField("value", t.value());
    g.writeStringField("type", EnumNames.toKebab(t.type()));
    optional("due", t.due().map(CalendarPeriod::toString));
    optional("per", t.per().map(EnumNames::toKebab));
    optional("text", t.text());
    g.writeEndObject();
  }

  private void measurement(Measurement m) throws IOException {
    g.writeStartObject();
    g.writeStringField("period", m.period().toString());
    decimal("value", m.value());
    decimal("numerator", m.numerator());
    decimal("denominator", m.denominator());
    optional("territory", m.territory());
    optional("source", m.source());
    optional("comment", m.comment());
    optional("text", m.text());
    location(m.location());
    g.writeEndObject();
  }

  private void actor(Actor a) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", a.name());
    optional("acronym", a.acronym());
    optional("fullName", a.fullName());
    g.writeEndObject();
  }

  private void listItem(ListItem item) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", item.text());
    array("children", item.children(), false, this::listItem);
    g.writeEndObject();
  }

  private void ficheReference(FicheReference r) throws IOException {
    g.writeStartObject();
    g.writeStringField("number", r.number());
    optional("context", r.context());
    g.writeEndObject();
  }

  private void volumeReference(VolumeReference r) throws IOException {
    g.writeStartObject();
    g.writeStringField("volume", r.volume());
    optional("pages", r.pages());
    g.writeStringField("text", r.text());
    g.writeEndObject();
  }

  private void lifecycle(FicheLifecycle l) throws IOException {
    g.writeStartObject();
    g.writeStringField("status", EnumNames.toKebab(l.status()));
    array("related", l.related(), false, g::writeString);
    optional("note", l.note());
    g.writeEndObject();
  }

  private void glossaryEntry(GlossaryEntry e) throws IOException {
    g.writeStartObject();
    g.writeStringField("acronym", e.acronym());
    g.writeStringField("expansion", e.expansion());
    optional("reference", e.reference());
    g.writeEndObject();
  }

  private void territory(Territory t) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", t.name());
    array("meetings", t.meetings(), false, this::meeting);
    array("workingGroups", t.workingGroups(), false, this::workingGroup);
    array("notes", t.notes(), false, this::territoryNote);
    location(t.location());
    g.writeEndObject();
  }

  private void meeting(CommitteeMeeting m) throws IOException {
    g.writeStartObject();
    optional("date", m.date().map(Object::toString));
    optional("dateText", m.dateText());
    optional("place", m.place());
    location(m.location());
    g.writeEndObject();
  }

  private void workingGroup(WorkingGroup w) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", w.title());
    optional("axisCode", w.axisCode());
    optional("pilotage", w.pilotage());
    g.writeFieldName("deadline");
    calendar(w.deadline());
    array("objectives", w.objectives(), false, this::listItem);
    location(w.location());
    g.writeEndObject();
  }

  private void territoryNote(TerritoryNote n) throws IOException {
    g.writeStartObject();
    optional("axisCode", n.axisCode());
    g.writeStringField("text", n.text());
    location(n.location());
    g.writeEndObject();
  }

  private void review(Review r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("date", r.date().toString());
    optional("title", r.title());
    optional("scope", r.scope());
    array("entries", r.entries(), false, this::reviewEntry);
    array("notes", r.notes(), false, this::listItem);
    location(r.location());
    g.writeEndObject();
  }

  private void reviewEntry(ReviewEntry e) throws IOException {
    g.writeStartObject();
    g.writeStringField("ficheId", e.ficheId());
    optional("sousActionId", e.sousActionId());
    optional("title", e.title());
    optional("status", e.status());
    decimal("progress", e.progress());
    array("narrative", e.narrative(), false, this::listItem);
    array("perspectives", e.perspectives(), false, this::listItem);
    array("measurements", e.measurements(), false, this::reviewMeasurement);
    location(e.location());
    g.writeEndObject();
  }

  private void reviewMeasurement(ReviewMeasurement m) throws IOException {
    g.writeStartObject();
    optional("indicatorId", m.indicatorId());
    optional("label", m.label());
    g.writeFieldName("measurement");
    measurement(m.measurement());
    g.writeEndObject();
  }

  private void lineage(Lineage l) throws IOException {
    g.writeStartObject();
    g.writeFieldName("previousPlan");
    planReference(l.previousPlan());
    array("axes", l.axes(), false, this::lineageAxis);
    g.writeEndObject();
  }

  private void lineageAxis(LineageAxis a) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", a.code());
    g.writeStringField("title", a.title());
    array("stakes", a.stakes(), false, this::listItem);
    location(a.location());
    g.writeEndObject();
  }

  private void planReference(PlanReference r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    optional("title", r.title());
    optional("period", r.period().map(Object::toString));
    g.writeEndObject();
  }

  private void status(ReviewStatus s) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", s.code());
    g.writeStringField("label", s.label());
    array("aliases", s.aliases(), false, g::writeString);
    g.writeStringField("category", EnumNames.toKebab(s.category()));
    decimal("defaultProgress", s.defaultProgress());
    g.writeEndObject();
  }

  private void location(Optional<SourceLocation> location) throws IOException {
    if (location.isPresent()) {
      SourceLocation l = location.get();
      g.writeObjectFieldStart("location");
      g.writeStringField("source", l.source());
      g.writeNumberField("firstLine", l.firstLine());
      g.writeNumberField("lastLine", l.lastLine());
      g.writeEndObject();
    }
  }

  private void optional(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private void decimal(String name, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.get());
    }
  }

  private <T> void array(String name, Collection<T> values, boolean always, ElementWriter<? super T> element)
      throws IOException {
    if (values.isEmpty() && !always) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (T value : values) {
      element.write(value);
    }
    g.writeEndArray();
  }
}
