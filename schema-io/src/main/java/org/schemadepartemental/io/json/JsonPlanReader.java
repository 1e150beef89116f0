package org.schemadepartemental.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Approximation;
import org.schemadepartemental.core.Baseline;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.CommitteeMeeting;
import org.schemadepartemental.core.Departement;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheLifecycle;
import org.schemadepartemental.core.FicheReference;
import org.schemadepartemental.core.FicheStatus;
import org.schemadepartemental.core.Glossary;
import org.schemadepartemental.core.GlossaryEntry;
import org.schemadepartemental.core.Granularity;
import org.schemadepartemental.core.Ids;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.IndicatorKind;
import org.schemadepartemental.core.Lineage;
import org.schemadepartemental.core.LineageAxis;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.PlanReference;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.ReviewMeasurement;
import org.schemadepartemental.core.ReviewStatus;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.StatusCategory;
import org.schemadepartemental.core.StatusVocabulary;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.core.TargetType;
import org.schemadepartemental.core.Territory;
import org.schemadepartemental.core.TerritoryNote;
import org.schemadepartemental.core.VolumeReference;
import org.schemadepartemental.core.WorkingGroup;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.io.DocumentSource;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.LimitExceededException;
import org.schemadepartemental.io.ProblemSeverity;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadProblem;
import org.schemadepartemental.io.ReadResult;
import org.schemadepartemental.io.SchemaReadException;
import org.schemadepartemental.io.internal.EnumNames;
import org.schemadepartemental.io.internal.Expected;
import org.schemadepartemental.io.internal.InputLimits;
import org.schemadepartemental.io.internal.JacksonLimits;
import org.schemadepartemental.io.internal.PeriodTexts;
import org.schemadepartemental.io.internal.PlanCounter;

/**
 * Reads canonical JSON with Jackson's streaming parser, straight into the model: no tree, no
 * reflection. Fields may come in any order. Every error names the source, line, column and JSON
 * pointer, and what was expected there. One instance per read.
 */
final class JsonPlanReader {

  private static final Pattern YEAR_RANGE = Pattern.compile("\\d{4}-\\d{4}");
  /** Beyond this scale or number of integer digits a decimal is refused: normalising it would be costly. */
  private static final int MAX_DECIMAL_MAGNITUDE = 1_000;
  /** The enums read, with their spellings: built once, not for every value read. */
  private static final EnumNames.Lookup<OrientationKind> ORIENTATION_KINDS = EnumNames.lookup(OrientationKind.class);
  private static final EnumNames.Lookup<CalendarForm> CALENDAR_FORMS = EnumNames.lookup(CalendarForm.class);
  private static final EnumNames.Lookup<Approximation> APPROXIMATIONS = EnumNames.lookup(Approximation.class);
  private static final EnumNames.Lookup<IndicatorKind> INDICATOR_KINDS = EnumNames.lookup(IndicatorKind.class);
  private static final EnumNames.Lookup<MeasureType> MEASURE_TYPES = EnumNames.lookup(MeasureType.class);
  private static final EnumNames.Lookup<Direction> DIRECTIONS = EnumNames.lookup(Direction.class);
  private static final EnumNames.Lookup<TargetType> TARGET_TYPES = EnumNames.lookup(TargetType.class);
  private static final EnumNames.Lookup<Granularity> GRANULARITIES = EnumNames.lookup(Granularity.class);
  private static final EnumNames.Lookup<FicheStatus> FICHE_STATUSES = EnumNames.lookup(FicheStatus.class);
  private static final EnumNames.Lookup<StatusCategory> STATUS_CATEGORIES = EnumNames.lookup(StatusCategory.class);
  /** How much of an unknown field's value is quoted in the warning. */
  private static final int MAX_QUOTED_VALUE = 200;
  /** Up to this many fields, a duplicate is looked for by scanning the names; beyond, by hashing. */
  private static final int FIELDS_SCANNED = 32;

  /** Reads one element of an array; the parser is on the element's first token. */
  @FunctionalInterface
  private interface ElementReader<T> {
    T read() throws IOException;
  }

  /**
   * An object being read: what it is, where it starts (for the errors about it as a whole, raised
   * once it is read) and the names of its fields read so far. A field given twice is refused here
   * rather than by Jackson's strict duplicate detection, which hashes every name of every object
   * (about a tenth of the time of reading a national corpus). One per nesting depth, reused from
   * object to object: an object's start serves until the next object at its depth begins, which is
   * after the errors about it.
   */
  private static final class OpenObject {
    private String what;
    /**
     * The parser's context of the object, which holds where it starts: its location is made only
     * for an error, not for each of the plan's objects. Jackson reuses a context for the next
     * object or array of the same parent, which begins after the errors about this one.
     */
    private JsonStreamContext start;
    private final String[] names = new String[FIELDS_SCANNED];
    private int count;
    /** One bit per name read, chosen by its hash code: most names are new at one test. */
    private long hashBits;
    /**
     * The names of an object with many fields (only unknown ones can make it so), hashed: scanning
     * them for each of 100,000 fields of a hostile object would take quadratic time.
     */
    private Set<String> wide;

    private void begin(String kind, JsonStreamContext at) {
      what = kind;
      start = at;
      count = 0;
      hashBits = 0;
      wide = null;
    }

    /** Adds a field's name; false when the object already has it. */
    private boolean add(String name) {
      if (wide != null) {
        return wide.add(name);
      }
      long bit = 1L << name.hashCode(); // the shift takes the hash's low six bits
      if ((hashBits & bit) != 0) {
        for (int i = 0; i < count; i++) {
          if (names[i].equals(name)) {
            return false;
          }
        }
      }
      if (count == names.length) {
        wide = new HashSet<>(Arrays.asList(names));
        return wide.add(name);
      }
      hashBits |= bit;
      names[count++] = name;
      return true;
    }
  }

  private final JsonParser p;
  private final String source;
  private final ReadOptions options;
  private final List<ReadProblem> problems = new ArrayList<>();
  /** The open objects by depth, outermost first, the first {@code openObjects} of them; see {@link OpenObject}. */
  private OpenObject[] openObjectFrames = new OpenObject[8];
  private int openObjects;
  /** The name of the field whose value the parser is on, as {@link #nextField} found it. */
  private String field;
  /**
   * The elements of each open array, outermost first, reused from array to array: each array is
   * copied once, at its exact size, into the immutable list the model keeps as it is.
   */
  private final List<List<Object>> openArrayElements = new ArrayList<>();
  private int openArrays;
  private final PeriodTexts periods = new PeriodTexts();

  private final PlanCounter counter;
  /** Made once, not one lambda per element counted. */
  private final Supplier<InputLocation> valueLocation = this::valueLocation;
  private final JsonFactory factory;

  private JsonPlanReader(JsonParser p, JsonFactory factory, String source, ReadOptions options) {
    this.p = p;
    this.factory = factory;
    this.source = source;
    this.options = options;
    this.counter = new PlanCounter(options.limits());
  }

  /** Reads a whole plan. */
  static ReadResult read(DocumentSource source, ReadOptions options) {
    JsonFactory factory = JsonSupport.factory(options.limits());
    try (InputStream opened = source.open()) {
      if (opened == null) {
        throw new SchemaReadException(InputLocation.of(source.name()), "the source opened no stream", "bytes to read");
      }
      InputStream in = InputLimits.bounded(opened, source.name(), options.limits().maxInputBytes());
      try (JsonParser p = options.charset().isPresent()
          ? factory.createParser(new InputStreamReader(in, options.charset().get()))
          : factory.createParser(in)) {
        return new JsonPlanReader(p, factory, source.name(), options).document();
      }
    } catch (IOException e) {
      throw new SchemaReadException(InputLocation.of(source.name()), "cannot read: " + e, null, e);
    }
  }

  private ReadResult document() throws IOException {
    try {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw error(location(p.currentLocation()), "empty input", "a plan object");
      }
      Schema schema = schema();
      if (p.nextToken() != null) {
        throw error(location(p.currentTokenLocation()), "unexpected content after the plan object", "the end of the input");
      }
      return new ReadResult(withOptions(schema), problems, Optional.empty());
    } catch (StreamConstraintsException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      throw JacksonLimits.translate(e, options.limits(), location(at)).<SchemaReadException>map(x -> x)
          .orElseGet(() -> new SchemaReadException(location(at), "malformed JSON: " + e.getOriginalMessage(), null, e));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      throw new SchemaReadException(location(at), "malformed JSON: " + e.getOriginalMessage(), null, e);
    } catch (LimitExceededException e) {
      if (e.location().line() > 0) {
        throw e;
      }
      // The input size is counted below the parser: say how far it had got.
      throw new LimitExceededException(location(p.currentLocation()), e.limitName(), e.limit(), "input too large",
          "bytes", e);
    }
  }

  private Schema withOptions(Schema schema) {
    if (options.planId().isEmpty() && (schema.departement().isPresent() || options.departement().isEmpty())
        && (schema.period().isPresent() || options.period().isEmpty())) {
      return schema;
    }
    Schema.Builder b = schema.toBuilder();
    options.planId().ifPresent(b::id);
    if (schema.departement().isEmpty()) {
      options.departement().ifPresent(b::departement);
    }
    if (schema.period().isEmpty()) {
      options.period().ifPresent(b::period);
    }
    return b.build();
  }

  // ---------------------------------------------------------------- the model, object by object

  private Schema schema() throws IOException {
    OpenObject start = beginObject("a plan");
    Integer version = null;
    String id = null;
    String title = null;
    Departement departement = null;
    YearRange period = null;
    LocalDate adoptionDate = null;
    PlanReference predecessor = null;
    List<Orientation> orientations = List.of();
    List<GlossaryEntry> glossary = List.of();
    List<Territory> territories = List.of();
    List<Review> reviews = List.of();
    Lineage lineage = null;
    List<ReviewStatus> statuses = null;
    List<ListItem> notes = List.of();
    SourceLocation location = null;
    while (nextField()) {
      switch (field) {
        case "$schema" -> schemaId();
        case "formatVersion" -> version = formatVersion();
        case "id" -> id = string();
        case "title" -> title = string();
        case "departement" -> departement = departement();
        case "period" -> period = yearRange();
        case "adoptionDate" -> adoptionDate = date();
        case "predecessor" -> predecessor = planReference();
        case "orientations" -> orientations = array(this::orientation);
        case "glossary" -> glossary = glossary();
        case "territories" -> territories = array(this::territory);
        case "reviews" -> reviews = array(this::review);
        case "lineage" -> lineage = lineage();
        case "statuses" -> statuses = array(this::status);
        case "notes" -> notes = array(this::listItem);
        case "location" -> location = sourceLocation();
        default -> unknownField(start);
      }
    }
    required(version, "formatVersion", start, Integer.toString(PlanJson.FORMAT_VERSION));
    String planId = required(id, "id", start, "a string");
    String planTitle = required(title, "title", start, "a string");
    Glossary planGlossary = Glossary.of(glossary);
    List<ReviewStatus> statusList = statuses;
    StatusVocabulary vocabulary = statusList == null ? null : build(start, () -> new StatusVocabulary(statusList));
    Schema.Builder b = Schema.builder(planId, planTitle)
        .departement(departement)
        .period(period)
        .adoptionDate(adoptionDate)
        .predecessor(predecessor)
        .orientations(orientations)
        .glossary(planGlossary)
        .territories(territories)
        .reviews(reviews)
        .lineage(lineage)
        .location(location);
    if (vocabulary != null) {
      b.statuses(vocabulary);
    }
    notes.forEach(b::addNote);
    return build(start, b::build);
  }

  private void schemaId() throws IOException {
    String id = string();
    if (!id.equals(PlanJson.SCHEMA_ID)) {
      problems.add(new ReadProblem(ProblemSeverity.WARNING, "json.foreign-schema", valueLocation(),
          "the document declares the JSON Schema '" + id + "', not this format's", Optional.of(PlanJson.SCHEMA_ID)));
    }
  }

  private int formatVersion() throws IOException {
    InputLocation at = valueLocation();
    int version = intValue();
    if (version != PlanJson.FORMAT_VERSION) {
      throw new SchemaReadException(at, "unsupported formatVersion " + version
          + " (this library reads version " + PlanJson.FORMAT_VERSION + ")", Integer.toString(PlanJson.FORMAT_VERSION));
    }
    return version;
  }

  private Departement departement() throws IOException {
    OpenObject start = beginObject("a département");
    String code = null;
    String name = null;
    while (nextField()) {
      switch (field) {
        case "code" -> code = string();
        case "name" -> name = string();
        default -> unknownField(start);
      }
    }
    String c = required(code, "code", start, "an INSEE code such as 61, 2A or 974");
    String n = required(name, "name", start, "a string");
    return build(start, () -> new Departement(c, n));
  }

  private Orientation orientation() throws IOException {
    OpenObject start = beginObject("an orientation");
    String code = null;
    String title = null;
    OrientationKind kind = OrientationKind.UNSPECIFIED;
    String principle = null;
    List<Fiche> fiches = List.of();
    SourceLocation location = null;
    while (nextField()) {
      switch (field) {
        case "code" -> code = string();
        case "title" -> title = string();
        case "kind" -> kind = enumValue(ORIENTATION_KINDS);
        case "principle" -> principle = string();
        case "fiches" -> fiches = array(this::fiche);
        case "location" -> location = sourceLocation();
        default -> unknownField(start);
      }
    }
    String c = required(code, "code", start, "a string");
    String t = required(title, "title", start, "a string");
    OrientationKind k = kind;
    Optional<String> pr = Optional.ofNullable(principle);
    List<Fiche> f = fiches;
    Optional<SourceLocation> l = Optional.ofNullable(location);
    return build(start, () -> new Orientation(c, t, k, pr, f, l));
  }

  private Fiche fiche() throws IOException {
    counter.fiche(valueLocation);
    OpenObject start = beginObject("a fiche");
    String id = null;
    String number = null;
    String title = null;
    List<ListItem> diagnostic = List.of();
    List<ListItem> objectives = List.of();
    List<ListItem> operationalObjectives = List.of();
    List<Actor> pilots = List.of();
    List<Actor> partners = List.of();
    List<ListItem> breakdown = List.of();
    List<SousAction> sousActions = List.of();
    ActionCalendar calendar = ActionCalendar.none();
    List<Indicator> indicators = List.of();
    List<ListItem> vigilance = List.of();
    List<FicheReference> crossReferences = List.of();
    List<VolumeReference> volumeReferences = List.of();
    FicheLifecycle lifecycle = FicheLifecycle.active();
    BigDecimal weight = null;
    List<String> notes = List.of();
    SourceLocation location = null;
    while (nextField()) {
      switch (field) {
        case "id" -> id = string();
        case "number" -> number = string();
        case "title" -> title = string();
        case "diagnostic" -> diagnostic = array(this::listItem);
        case "objectives" -> objectives = array(this::listItem);
        case "operationalObjectives" -> operationalObjectives = array(this::listItem);
        case "pilots" -> pilots = array(this::actor);
        case "partners" -> partners = array(this::actor);
        case "breakdown" -> breakdown = array(this::listItem);
        case "sousActions" -> sousActions = array(this::sousAction);
        case "calendar" -> calendar = calendar();
        case "indicators" -> indicators = array(this::indicator);
        case "vigilance" -> vigilance = array(this::listItem);
        case "crossReferences" -> crossReferences = array(this::ficheReference);
        case "volumeReferences" -> volumeReferences = array(this::volumeReference);
        case "lifecycle" -> lifecycle = lifecycle();
        case "weight" -> weight = decimal();
        case "notes" -> notes = array(this::string);
        case "location" -> location = sourceLocation();
        default -> unknownField(start);
      }
    }
    String ficheNumber = required(number, "number", start, "a string such as \"6\"");
    String ficheTitle = required(title, "title", start, "a string");
    // The constructor keeps the immutable lists read as they are; a builder would copy each twice.
    try {
      return new Fiche(id != null ? id : Ids.fiche(ficheNumber), ficheNumber, ficheTitle, diagnostic, objectives,
          operationalObjectives, pilots, partners, breakdown, sousActions, calendar, indicators, vigilance,
          crossReferences, volumeReferences, lifecycle, Optional.ofNullable(weight), notes,
          Optional.ofNullable(location));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid(start, e);
    }
  }

  private SousAction sousAction() throws IOException {
    counter.sousActions(1, valueLocation);
    OpenObject start = beginObject("a sous-action");
    String id = null;
    String title = null;
    ActionCalendar calendar = ActionCalendar.none();
    BigDecimal weight = null;
    SourceLocation location = null;
    while (nextField()) {
      switch (field) {
        case "id" -> id = string();
        case "title" -> title = string();
        case "calendar" -> calendar = calendar();
        case "weight" -> weight = decimal();
        case "location" -> location = sourceLocation();
        default -> unknownField(start);
      }
    }
    String i = required(id, "id", start, "a string such as \"fa-6.sa1\"");
    String t = required(title, "title", start, "a string");
    ActionCalendar c = calendar;
    Optional<BigDecimal> w = Optional.ofNullable(weight);
    Optional<SourceLocation> l = Optional.ofNullable(location);
    return build(start, () -> new SousAction(i, t, c, w, l));
  }

  private ActionCalendar calendar() throws IOException {
    OpenObject start = beginObject("a calendar");
    String text = "";
    CalendarForm form = null;
    CalendarPeriod startPeriod = null;
    CalendarPeriod endPeriod = null;
    Approximation approximation = Approximation.EXACT;
    List<CalendarPeriod> semesters = List.of();
    while (nextField()) {
      switch (field) {
        case "text" -> text = string();
        case "form" -> form = enumValue(CALENDAR_FORMS);
        case "start" -> startPeriod = period();
        case "end" -> endPeriod = period();
        case "approximation" -> approximation = enumValue(APPROXIMATIONS);
        case "semesters" -> semesters = array(this::semester);
        default -> unknownField(start);
      }
    }
    CalendarForm f = required(form, "form", start, CALENDAR_FORMS.choices());
    // Kept as it is by the calendar; most calendars have no semesters.
    ImmutableSortedSet<CalendarPeriod> marked =
        semesters.isEmpty() ? ImmutableSortedSet.of() : ImmutableSortedSet.copyOf(semesters);
    if (f == CalendarForm.GRID && !marked.isEmpty()) {
      // A grid's start and end are its first and last semesters; stated otherwise, they contradict it.
      if (startPeriod != null && !startPeriod.equals(marked.first())
          || endPeriod != null && !endPeriod.equals(marked.last())) {
        throw error(start, "a grid's start and end must be its first and last semesters",
            "start " + marked.first() + " and end " + marked.last());
      }
    }
    String t = text;
    Optional<CalendarPeriod> s = Optional.ofNullable(startPeriod);
    Optional<CalendarPeriod> e = Optional.ofNullable(endPeriod);
    Approximation a = approximation;
    return build(start, () -> new ActionCalendar(t, f, s, e, a, marked));
  }

  private CalendarPeriod semester() throws IOException {
    CalendarPeriod period = period();
    if (period.granularity() != Granularity.SEMESTER) {
      // Still on the value's token: its location is computed only for the error.
      throw new SchemaReadException(valueLocation(), "not a semester: \"" + period + "\"", "a semester such as 2019-S1 or 2019-S2");
    }
    return period;
  }

  private Indicator indicator() throws IOException {
    counter.indicators(1, valueLocation);
    OpenObject start = beginObject("an indicator");
    String id = null;
    String label = null;
    IndicatorKind kind = IndicatorKind.UNSPECIFIED;
    MeasureType measureType = MeasureType.UNSPECIFIED;
    String unit = null;
    Direction direction = Direction.NONE;
    boolean cumulative = false;
    Baseline baseline = null;
    List<Target> targets = List.of();
    List<Measurement> measurements = List.of();
    String formula = null;
    SourceLocation location = null;
    while (nextField()) {
      switch (field) {
        case "id" -> id = string();
        case "label" -> label = string();
        case "kind" -> kind = enumValue(INDICATOR_KINDS);
        case "measureType" -> measureType = enumValue(MEASURE_TYPES);
        case "unit" -> unit = string();
        case "direction" -> direction = enumValue(DIRECTIONS);
        case "cumulative" -> cumulative = bool();
        case "baseline" -> baseline = baseline();
        case "targets" -> targets = array(this::target);
        case "measurements" -> measurements = array(this::measurement);
        case "formula" -> formula = string();
        case "location" -> location = sourceLocation();
        default -> unknownField(start);
      }
    }
    String i = required(id, "id", start, "a string such as \"fa-6.i1\"");
    String l = required(label, "label", start, "a string");
    // The constructor keeps the immutable lists read as they are; a builder would copy each twice.
    try {
      return new Indicator(i, l, kind, measureType, Optional.ofNullable(unit), direction, cumulative,
          Optional.ofNullable(baseline), targets, measurements, Optional.ofNullable(formula),
          Optional.ofNullable(location));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid(start, e);
    }
  }

  private Baseline baseline() throws IOException {
    OpenObject start = beginObject("a baseline");
    BigDecimal value = null;
    CalendarPeriod period = null;
    String text = null;
    while (nextField()) {
      switch (field) {
        case "value" -> value = decimal();
        case "period" -> period = period();
        case "text" -> text = string();
        default -> unknownField(start);
      }
    }
    BigDecimal v = required(value, "value", start, "a number");
    Optional<CalendarPeriod> pe = Optional.ofNullable(period);
    Optional<String> t = Optional.ofNullable(text);
    return build(start, () -> new Baseline(v, pe, t));
  }

  private Target target() throws IOException {
    OpenObject start = beginObject("a target");
    BigDecimal value = null;
    TargetType type = null;
    CalendarPeriod due = null;
    Granularity per = null;
    String text = null;
    while (nextField()) {
      switch (field) {
        case "value" -> value = decimal();
        case "type" -> type = enumValue(TARGET_TYPES);
        case "due" -> due = period();
        case "per" -> per = enumValue(GRANULARITIES);
        case "text" -> text = string();
        default -> unknownField(start);
      }
    }
    BigDecimal v = required(value, "value", start, "a number");
    TargetType ty = required(type, "type", start, TARGET_TYPES.choices());
    Optional<CalendarPeriod> d = Optional.ofNullable(due);
    Optional<Granularity> pe = Optional.ofNullable(per);
    Optional<String> t = Optional.ofNullable(text);
    return build(start, () -> new Target(v, ty, d, pe, t));
  }

  private Measurement measurement() throws IOException {
    counter.measurements(1, valueLocation);
    OpenObject start = beginObject("a measurement");
    CalendarPeriod period = null;
    BigDecimal value = null;
    BigDecimal numerator = null;
    BigDecimal denominator = null;
    String territory = null;
    String origin = null;
    String comment = null;
    String text = null;
    SourceLocation location = null;
    while (nextField()) {
      switch (field) {
        case "period" -> period = period();
        case "value" -> value = decimal();
        case "numerator" -> numerator = decimal();
        case "denominator" -> denominator = decimal();
        case "territory" -> territory = string();
        case "source" -> origin = string();
        case "comment" -> comment = string();
        case "text" -> text = string();
        case "location" -> location = sourceLocation();
        default -> unknownField(start);
      }
    }
    CalendarPeriod pe = required(period, "period", start, Expected.PERIOD);
    // The constructor, not a builder and a lambda: a plan holds about ten thousand measurements.
    try {
      return new Measurement(pe, Optional.ofNullable(value), Optional.ofNullable(numerator),
          Optional.ofNullable(denominator), Optional.ofNullable(territory), Optional.ofNullable(origin),
          Optional.ofNullable(comment), Optional.ofNullable(text), Optional.ofNullable(location));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid(start, e);
    }
  }

  private Actor actor() throws IOException {
    OpenObject start = beginObject("an actor");
    String name = null;
    String acronym = null;
    String fullName = null;
    while (nextField()) {
      switch (field) {
        case "name" -> name = string();
        case "acronym" -> acronym = string();
        case "fullName" -> fullName = string();
        default -> unknownField(start);
      }
    }
    String n = required(name, "name", start, "a string");
    Optional<String> a = Optional.ofNullable(acronym);
    Optional<String> f = Optional.ofNullable(fullName);
    return build(start, () -> new Actor(n, a, f));
  }

  private ListItem listItem() throws IOException {
    OpenObject start = beginObject("a list item");
    String text = null;
    List<ListItem> children = List.of();
    while (nextField()) {
      switch (field) {
        case "text" -> text = string();
        case "children" -> children = array(this::listItem);
        default -> unknownField(start);
      }
    }
    String t = required(text, "text", start, "a string");
    List<ListItem> c = children;
    return build(start, () -> new ListItem(t, c));
  }

  private FicheReference ficheReference() throws IOException {
    OpenObject start = beginObject("a fiche reference");
    String number = null;
    String context = null;
    while (nextField()) {
      switch (field) {
        case "number" -> number = string();
        case "context" -> context = string();
        default -> unknownField(start);
      }
    }
    String n = required(number, "number", start, "a string");
    Optional<String> c = Optional.ofNullable(context);
    return build(start, () -> new FicheReference(n, c));
  }

  private VolumeReference volumeReference() throws IOException {
    OpenObject start = beginObject("a volume reference");
    String volume = null;
    String pages = null;
    String text = null;
    while (nextField()) {
      switch (field) {
        case "volume" -> volume = string();
        case "pages" -> pages = string();
        case "text" -> text = string();
        default -> unknownField(start);
      }
    }
    String v = required(volume, "volume", start, "a string");
    String t = required(text, "text", start, "a string");
    Optional<String> pa = Optional.ofNullable(pages);
    return build(start, () -> new VolumeReference(v, pa, t));
  }

  private FicheLifecycle lifecycle() throws IOException {
    OpenObject start = beginObject("a lifecycle");
    FicheStatus status = null;
    List<String> related = List.of();
    String note = null;
    while (nextField()) {
      switch (field) {
        case "status" -> status = enumValue(FICHE_STATUSES);
        case "related" -> related = array(this::string);
        case "note" -> note = string();
        default -> unknownField(start);
      }
    }
    FicheStatus s = required(status, "status", start, FICHE_STATUSES.choices());
    List<String> r = related;
    Optional<String> n = Optional.ofNullable(note);
    return build(start, () -> new FicheLifecycle(s, r, n));
  }

  private List<GlossaryEntry> glossary() throws IOException {
    Map<String, String> seen = new LinkedHashMap<>();
    return array(() -> {
      InputLocation at = valueLocation();
      GlossaryEntry entry = glossaryEntry();
      if (seen.put(entry.acronym(), entry.expansion()) != null) {
        // Glossary keys are unique: a second entry would silently replace the first.
        throw new SchemaReadException(at, "acronym '" + entry.acronym() + "' given twice", "one entry per acronym");
      }
      return entry;
    });
  }

  private GlossaryEntry glossaryEntry() throws IOException {
    OpenObject start = beginObject("a glossary entry");
    String acronym = null;
    String expansion = null;
    String reference = null;
    while (nextField()) {
      switch (field) {
        case "acronym" -> acronym = string();
        case "expansion" -> expansion = string();
        case "reference" -> reference = string();
        default -> unknownField(start);
      }
    }
    String a = required(acronym, "acronym", start, "a string");
    String e = required(expansion, "expansion", start, "a string");
    Optional<String> r = Optional.ofNullable(reference);
    return build(start, () -> new GlossaryEntry(a, e, r));
  }

  private Territory territory() throws IOException {
    OpenObject start = beginObject("a territory");
    String name = null;
    List<CommitteeMeeting> meetings = List.of();
    List<WorkingGroup> workingGroups = List.of();
    List<TerritoryNote> notes = List.of();
    SourceLocation location = null;
    while (nextField()) {
      switch (field) {
        case "name" -> name = string();
        case "meetings" -> meetings = array(this::meeting);
        case "workingGroups" -> workingGroups = array(this::workingGroup);
        case "notes" -> notes = array(this::territoryNote);
        case "location" -> location = sourceLocation();
        default -> unknownField(start);
      }
    }
    String n = required(name, "name", start, "a string");
    List<CommitteeMeeting> m = meetings;
    List<WorkingGroup> w = workingGroups;
    List<TerritoryNote> no = notes;
    Optional<SourceLocation> l = Optional.ofNullable(location);
    return build(start, () -> new Territory(n, m, w, no, l));
  }

  private CommitteeMeeting meeting() throws IOException {
    OpenObject start = beginObject("a committee meeting");
    LocalDate date = null;
    String dateText = null;
    String place = null;
    SourceLocation location = null;
    while (nextField()) {
      switch (field) {
        case "date" -> date = date();
        case "dateText" -> dateText = string();
        case "place" -> place = string();
        case "location" -> location = sourceLocation();
        default -> unknownField(start);
      }
    }
    Optional<LocalDate> d = Optional.ofNullable(date);
    Optional<String> t = Optional.ofNullable(dateText);
    Optional<String> pl = Optional.ofNullable(place);
    Optional<SourceLocation> l = Optional.ofNullable(location);
    return build(start, () -> new CommitteeMeeting(d, t, pl, l));
  }

  private WorkingGroup workingGroup() throws IOException {
    OpenObject start = beginObject("a working group");
    String title = null;
    String axisCode = null;
    String pilotage = null;
    ActionCalendar deadline = ActionCalendar.none();
    List<ListItem> objectives = List.of();
    SourceLocation location = null;
    while (nextField()) {
      switch (field) {
        case "title" -> title = string();
        case "axisCode" -> axisCode = string();
        case "pilotage" -> pilotage = string();
        case "deadline" -> deadline = calendar();
        case "objectives" -> objectives = array(this::listItem);
        case "location" -> location = sourceLocation();
        default -> unknownField(start);
      }
    }
    String t = required(title, "title", start, "a string");
    Optional<String> a = Optional.ofNullable(axisCode);
    Optional<String> pi = Optional.ofNullable(pilotage);
    ActionCalendar d = deadline;
    List<ListItem> o = objectives;
    Optional<SourceLocation> l = Optional.ofNullable(location);
    return build(start, () -> new WorkingGroup(t, a, pi, d, o, l));
  }

  private TerritoryNote territoryNote() throws IOException {
    OpenObject start = beginObject("a territory note");
    String axisCode = null;
    String text = null;
    SourceLocation location = null;
    while (nextField()) {
      switch (field) {
        case "axisCode" -> axisCode = string();
        case "text" -> text = string();
        case "location" -> location = sourceLocation();
        default -> unknownField(start);
      }
    }
    Optional<String> a = Optional.ofNullable(axisCode);
    String t = required(text, "text", start, "a string");
    Optional<SourceLocation> l = Optional.ofNullable(location);
    return build(start, () -> new TerritoryNote(a, t, l));
  }

  private Review review() throws IOException {
    OpenObject start = beginObject("a review");
    String id = null;
    LocalDate date = null;
    String title = null;
    String scope = null;
    List<ReviewEntry> entries = List.of();
    List<ListItem> notes = List.of();
    SourceLocation location = null;
    while (nextField()) {
      switch (field) {
        case "id" -> id = string();
        case "date" -> date = date();
        case "title" -> title = string();
        case "scope" -> scope = string();
        case "entries" -> entries = array(this::reviewEntry);
        case "notes" -> notes = array(this::listItem);
        case "location" -> location = sourceLocation();
        default -> unknownField(start);
      }
    }
    String i = required(id, "id", start, "a string such as \"bilan-2012-12-31\"");
    LocalDate d = required(date, "date", start, Expected.DATE);
    Optional<String> t = Optional.ofNullable(title);
    Optional<String> s = Optional.ofNullable(scope);
    List<ReviewEntry> e = entries;
    List<ListItem> n = notes;
    Optional<SourceLocation> l = Optional.ofNullable(location);
    return build(start, () -> new Review(i, d, t, s, e, n, l));
  }

  private ReviewEntry reviewEntry() throws IOException {
    OpenObject start = beginObject("a review entry");
    String ficheId = null;
    String sousActionId = null;
    String title = null;
    String status = null;
    BigDecimal progress = null;
    List<ListItem> narrative = List.of();
    List<ListItem> perspectives = List.of();
    List<ReviewMeasurement> measurements = List.of();
    SourceLocation location = null;
    while (nextField()) {
      switch (field) {
        case "ficheId" -> ficheId = string();
        case "sousActionId" -> sousActionId = string();
        case "title" -> title = string();
        case "status" -> status = string();
        case "progress" -> progress = decimal();
        case "narrative" -> narrative = array(this::listItem);
        case "perspectives" -> perspectives = array(this::listItem);
        case "measurements" -> measurements = array(this::reviewMeasurement);
        case "location" -> location = sourceLocation();
        default -> unknownField(start);
      }
    }
    String f = required(ficheId, "ficheId", start, "a fiche id such as \"fa-6\"");
    try {
      return new ReviewEntry(f, Optional.ofNullable(sousActionId), Optional.ofNullable(title),
          Optional.ofNullable(status), Optional.ofNullable(progress), narrative, perspectives, measurements,
          Optional.ofNullable(location));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid(start, e);
    }
  }

  private ReviewMeasurement reviewMeasurement() throws IOException {
    OpenObject start = beginObject("a review measurement"); // its measurement is counted
    String indicatorId = null;
    String label = null;
    Measurement measurement = null;
    while (nextField()) {
      switch (field) {
        case "indicatorId" -> indicatorId = string();
        case "label" -> label = string();
        case "measurement" -> measurement = measurement();
        default -> unknownField(start);
      }
    }
    Optional<String> i = Optional.ofNullable(indicatorId);
    Optional<String> l = Optional.ofNullable(label);
    Measurement m = required(measurement, "measurement", start, "a measurement object");
    return build(start, () -> new ReviewMeasurement(i, l, m));
  }

  private Lineage lineage() throws IOException {
    OpenObject start = beginObject("a lineage");
    PlanReference previousPlan = null;
    List<LineageAxis> axes = List.of();
    while (nextField()) {
      switch (field) {
        case "previousPlan" -> previousPlan = planReference();
        case "axes" -> axes = array(this::lineageAxis);
        default -> unknownField(start);
      }
    }
    PlanReference pr = required(previousPlan, "previousPlan", start, "a plan reference object");
    List<LineageAxis> a = axes;
    return build(start, () -> new Lineage(pr, a));
  }

  private LineageAxis lineageAxis() throws IOException {
    OpenObject start = beginObject("a lineage axis");
    String code = null;
    String title = null;
    List<ListItem> stakes = List.of();
    SourceLocation location = null;
    while (nextField()) {
      switch (field) {
        case "code" -> code = string();
        case "title" -> title = string();
        case "stakes" -> stakes = array(this::listItem);
        case "location" -> location = sourceLocation();
        default -> unknownField(start);
      }
    }
    String c = required(code, "code", start, "a string");
    String t = required(title, "title", start, "a string");
    List<ListItem> s = stakes;
    Optional<SourceLocation> l = Optional.ofNullable(location);
    return build(start, () -> new LineageAxis(c, t, s, l));
  }

  private PlanReference planReference() throws IOException {
    OpenObject start = beginObject("a plan reference");
    String id = null;
    String title = null;
    YearRange period = null;
    while (nextField()) {
      switch (field) {
        case "id" -> id = string();
        case "title" -> title = string();
        case "period" -> period = yearRange();
        default -> unknownField(start);
      }
    }
    String i = required(id, "id", start, "a string");
    Optional<String> t = Optional.ofNullable(title);
    Optional<YearRange> pe = Optional.ofNullable(period);
    return build(start, () -> new PlanReference(i, t, pe));
  }

  private ReviewStatus status() throws IOException {
    OpenObject start = beginObject("a review status");
    String code = null;
    String label = null;
    List<String> aliases = List.of();
    StatusCategory category = null;
    BigDecimal defaultProgress = null;
    while (nextField()) {
      switch (field) {
        case "code" -> code = string();
        case "label" -> label = string();
        case "aliases" -> aliases = array(this::string);
        case "category" -> category = enumValue(STATUS_CATEGORIES);
        case "defaultProgress" -> defaultProgress = decimal();
        default -> unknownField(start);
      }
    }
    String c = required(code, "code", start, "a string such as \"in-progress\"");
    String l = required(label, "label", start, "a string");
    List<String> a = aliases;
    StatusCategory ca = required(category, "category", start, STATUS_CATEGORIES.choices());
    Optional<BigDecimal> d = Optional.ofNullable(defaultProgress);
    return build(start, () -> new ReviewStatus(c, l, a, ca, d));
  }

  private SourceLocation sourceLocation() throws IOException {
    OpenObject start = beginObject("a source location");
    String name = null;
    Integer firstLine = null;
    Integer lastLine = null;
    while (nextField()) {
      switch (field) {
        case "source" -> name = string();
        case "firstLine" -> firstLine = intValue();
        case "lastLine" -> lastLine = intValue();
        default -> unknownField(start);
      }
    }
    String s = required(name, "source", start, "a string");
    int f = required(firstLine, "firstLine", start, "a line number from 1");
    int l = required(lastLine, "lastLine", start, "a line number from firstLine");
    return build(start, () -> new SourceLocation(s, f, l));
  }

  // ---------------------------------------------------------------- tokens and values

  /** Checks the parser is on the start of an object; its location serves the errors about it. */
  private OpenObject beginObject(String what) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw error(valueLocation(), "got " + describeToken(), what + " object");
    }
    if (openObjects == openObjectFrames.length) {
      openObjectFrames = Arrays.copyOf(openObjectFrames, openObjects * 2);
    }
    OpenObject object = openObjectFrames[openObjects];
    if (object == null) {
      object = new OpenObject();
      openObjectFrames[openObjects] = object;
    }
    openObjects++;
    object.begin(what, p.getParsingContext()); // on START_OBJECT, the object's own context
    return object;
  }

  /** Moves to the next field's value, its name in {@link #field}; false at the end of the object. */
  private boolean nextField() throws IOException {
    // Not nextFieldName(): with a charset given, its parser words some errors of malformed input otherwise.
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_OBJECT) {
      openObjects--;
      return false;
    }
    // The parser only gives a field name here (or fails on malformed input).
    String name = p.currentName();
    field = name;
    OpenObject object = openObjectFrames[openObjects - 1];
    if (!object.add(name)) {
      throw error(location(p.currentTokenLocation()), "Duplicate field '" + name + "' in "
          + object.what + ": one of its values would be lost", "each field once");
    }
    p.nextToken();
    return true;
  }

  /** The elements of an array: the loop alone, its checks and its copy in helpers (measured faster so). */
  private <T> List<T> array(ElementReader<T> element) throws IOException {
    List<T> values = beginArray();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(element.read());
    }
    return endArray(values);
  }

  /** Checks the parser is on the start of an array; the list its elements go to, empty. */
  private <T> List<T> beginArray() throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw error(valueLocation(), "got " + describeToken(), "an array");
    }
    if (openArrays == openArrayElements.size()) {
      openArrayElements.add(new ArrayList<>());
    }
    // Holds only elements of this array until it is copied; a deeper array uses the next list.
    @SuppressWarnings("unchecked")
    List<T> values = (List<T>) openArrayElements.get(openArrays++);
    values.clear();
    return values;
  }

  private <T> List<T> endArray(List<T> values) {
    openArrays--;
    return ImmutableList.copyOf(values);
  }

  private String string() throws IOException {
    expectString();
    return p.getText();
  }

  private void expectString() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw error(valueLocation(), "got " + describeToken(), "a string");
    }
  }

  private boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw error(valueLocation(), "got " + describeToken(), "true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  private int intValue() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw error(valueLocation(), "got " + describeToken(), "a whole number");
    }
    return p.getIntValue();
  }

  private BigDecimal decimal() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw error(valueLocation(), "got " + describeToken(), "a number");
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      // What getDecimalValue gives a whole number, without the magnitude checks it cannot fail.
      JsonParser.NumberType type = p.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        return BigDecimal.valueOf(p.getLongValue());
      }
    }
    // Parsed from the text, never through a double: 0.1 stays 0.1.
    BigDecimal value = p.getDecimalValue();
    if (Math.abs(value.scale()) > MAX_DECIMAL_MAGNITUDE || value.precision() - value.scale() > MAX_DECIMAL_MAGNITUDE) {
      throw error(valueLocation(), "number out of range: " + p.getText(),
          "a number with at most " + MAX_DECIMAL_MAGNITUDE + " digits before or after the point");
    }
    return value;
  }

  /** The period the string value spells, parsed once per text of the read (periods repeat in every indicator). */
  private CalendarPeriod period() throws IOException {
    expectString();
    try {
      return periods.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    } catch (IllegalArgumentException e) {
      throw error(valueLocation(), "invalid period " + quote(p.getText()), Expected.PERIOD);
    }
  }

  private LocalDate date() throws IOException {
    String text = string();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(valueLocation(), "invalid date " + quote(text), Expected.DATE);
    }
  }

  private YearRange yearRange() throws IOException {
    String text = string();
    if (YEAR_RANGE.matcher(text).matches()) {
      try {
        return YearRange.parse(text);
      } catch (IllegalArgumentException e) {
        // reported below, with the expected form
      }
    }
    throw error(valueLocation(), "invalid period of years " + quote(text),
        "years such as 2017-2021 (first <= last, 1900-2200)");
  }

  /** The constant the string value spells, matched on the parser's characters without a string. */
  private <E extends Enum<E>> E enumValue(EnumNames.Lookup<E> type) throws IOException {
    expectString();
    E value = type.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (value == null) {
      throw error(valueLocation(), "invalid value " + quote(p.getText()), type.choices());
    }
    return value;
  }

  /** Reports (or rejects) the field the parser is on, and skips its value. */
  private void unknownField(OpenObject in) throws IOException {
    String name = p.currentName();
    InputLocation at = valueLocation();
    if (options.unknownFields() == ReadOptions.UnknownFields.REJECT) {
      throw new SchemaReadException(at, "unknown field '" + name + "' in " + in.what, "a field of the canonical format");
    }
    StringWriter value = new StringWriter();
    try (JsonGenerator copy = factory.createGenerator(value)) {
      copy.copyCurrentStructure(p);
    }
    String quoted = value.toString();
    if (quoted.length() > MAX_QUOTED_VALUE) {
      quoted = quoted.substring(0, MAX_QUOTED_VALUE) + "…";
    }
    problems.add(new ReadProblem(ProblemSeverity.WARNING, "json.unknown-field", at,
        "unknown field '" + name + "' in " + in.what + " ignored; its value was " + quoted, Optional.empty()));
  }

  private <T> T required(T value, String name, OpenObject in, String expected) {
    if (value == null) {
      // At the end of an object the parser's context is its parent's, which points at the object.
      throw error(in, "missing field '" + name + "' in " + in.what, expected + " for '" + name + "'");
    }
    return value;
  }

  /** The model's own check {@code e} as a read error located at the object. */
  private SchemaReadException invalid(OpenObject start, RuntimeException e) {
    return error(start, "invalid " + start.what + ": " + e.getMessage(), null);
  }

  /** Builds a model value; the model's own checks become read errors located at the object. */
  private <T> T build(OpenObject start, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw invalid(start, e);
    }
  }

  // ---------------------------------------------------------------- locations and errors

  /** The location of the current value: line, column and JSON pointer. */
  private InputLocation valueLocation() {
    return location(p.currentTokenLocation());
  }

  private InputLocation location(JsonLocation at) {
    String pointer = p.getParsingContext().pathAsPointer().toString();
    return new InputLocation(source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), Optional.of(pointer));
  }

  private SchemaReadException error(InputLocation at, String problem, String expected) {
    return new SchemaReadException(at, problem, expected);
  }

  /** An error about a whole object, called once the parser has left it. */
  private SchemaReadException error(OpenObject start, String problem, String expected) {
    return new SchemaReadException(location(start.start.startLocation(ContentReference.unknown())), problem, expected);
  }

  private String describeToken() throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string " + quote(p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
      case VALUE_TRUE, VALUE_FALSE -> p.getText();
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  private static String quote(String text) {
    String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
