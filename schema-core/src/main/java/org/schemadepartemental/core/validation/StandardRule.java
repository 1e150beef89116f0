package org.schemadepartemental.core.validation;

import static org.schemadepartemental.core.validation.ProblemCodes.*;
import static org.schemadepartemental.core.validation.ValidationContext.describe;
import static org.schemadepartemental.core.validation.ValidationContext.quote;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheLifecycle;
import org.schemadepartemental.core.FicheReference;
import org.schemadepartemental.core.FicheStatus;
import org.schemadepartemental.core.Ids;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.ReviewMeasurement;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.core.Territory;
import org.schemadepartemental.core.WorkingGroup;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.core.calendar.CalendarFormatter;
import org.schemadepartemental.core.validation.ValidationContext.FicheAt;

/**
 * The standard rules, which {@link SchemaValidator#standard()} runs in this order. The codes they
 * report are listed in {@link ProblemCodes}.
 */
public enum StandardRule implements ValidationRule {

  /** Orientation codes, fiche numbers and ids, sous-action, indicator and review ids are unique. */
  UNIQUE_IDS("unique-ids") {
    @Override
    public void check(ValidationContext context) {
      Schema schema = context.schema();
      Map<String, Integer> codes = new HashMap<>();
      for (int o = 0; o < schema.orientations().size(); o++) {
        Orientation orientation = schema.orientations().get(o);
        Integer first = codes.putIfAbsent(orientation.code(), o);
        if (first != null) {
          context.report(DUPLICATE_ORIENTATION_CODE, Severity.ERROR, ModelPath.root().element("orientations", o),
              "Orientation code " + quote(orientation.code()) + " is already used by orientations[" + first + "] ("
                  + quote(schema.orientations().get(first).title()) + ")");
        }
      }
      Map<String, FicheAt> numbers = new HashMap<>();
      Map<String, FicheAt> ids = new HashMap<>();
      Map<String, ModelPath> sousActions = new HashMap<>();
      Map<String, ModelPath> indicators = new HashMap<>();
      for (FicheAt at : context.fiches()) {
        Fiche fiche = at.fiche();
        FicheAt sameNumber = numbers.putIfAbsent(Ids.fiche(fiche.number()), at);
        if (sameNumber != null) {
          context.report(DUPLICATE_FICHE_NUMBER, Severity.ERROR, at.path().field("number"),
              "The number of " + describe(fiche) + " is the same as that of " + describe(sameNumber.fiche())
                  + " at " + sameNumber.path());
        }
        FicheAt sameId = ids.putIfAbsent(fiche.id(), at);
        // The same number already explains the same id: say it once.
        if (sameId != null && !Ids.fiche(sameId.fiche().number()).equals(Ids.fiche(fiche.number()))) {
          context.report(DUPLICATE_FICHE_ID, Severity.ERROR, at.path().field("id"),
              "Fiche id " + quote(fiche.id()) + " of " + describe(fiche) + " is already used by "
                  + describe(sameId.fiche()) + " at " + sameId.path());
        }
        reportReusedIds(context, at.path(), "sousActions", fiche.sousActions(), sousActions,
            DUPLICATE_SOUS_ACTION_ID, "Sous-action", SousAction::id, SousAction::title);
        reportReusedIds(context, at.path(), "indicators", fiche.indicators(), indicators,
            DUPLICATE_INDICATOR_ID, "Indicator", Indicator::id, Indicator::label);
      }
      Map<String, Integer> reviews = new HashMap<>();
      for (int r = 0; r < schema.reviews().size(); r++) {
        Review review = schema.reviews().get(r);
        Integer first = reviews.putIfAbsent(review.id(), r);
        if (first != null) {
          context.report(DUPLICATE_REVIEW_ID, Severity.ERROR, ModelPath.root().element("reviews", r).field("id"),
              "Review id " + quote(review.id()) + " is already used by reviews[" + first + "]");
        }
      }
    }
  },

  /** Calendars of fiches, sous-actions and working groups lie within the plan period. */
  CALENDARS_IN_PERIOD("calendars-in-period") {
    @Override
    public void check(ValidationContext context) {
      Optional<YearRange> period = context.schema().period();
      if (period.isEmpty()) {
        context.report(PLAN_WITHOUT_PERIOD, Severity.INFO, ModelPath.root().field("period"),
            "The plan states no period, so its calendars and measurements cannot be checked against it");
        return;
      }
      YearRange years = period.get();
      for (FicheAt at : context.fiches()) {
        Fiche fiche = at.fiche();
        checkCalendar(context, years, fiche.calendar(), at.path().field("calendar"), describe(fiche));
        for (int s = 0; s < fiche.sousActions().size(); s++) {
          SousAction sousAction = fiche.sousActions().get(s);
          checkCalendar(context, years, sousAction.calendar(), at.path().element("sousActions", s).field("calendar"),
              "sous-action " + quote(sousAction.title()) + " of " + describe(fiche));
        }
      }
      List<Territory> territories = context.schema().territories();
      for (int t = 0; t < territories.size(); t++) {
        List<WorkingGroup> groups = territories.get(t).workingGroups();
        for (int g = 0; g < groups.size(); g++) {
          checkCalendar(context, years, groups.get(g).deadline(),
              ModelPath.root().element("territories", t).element("workingGroups", g).field("deadline"),
              "working group " + quote(groups.get(g).title()) + " of territory " + quote(territories.get(t).name()));
        }
      }
    }

    private void checkCalendar(
        ValidationContext context, YearRange years, ActionCalendar calendar, ModelPath path, String owner) {
      boolean outside = calendar.form() == CalendarForm.GRID
          ? calendar.semesters().stream().anyMatch(p -> !years.contains(p))
          : calendar.start().filter(p -> !years.contains(p)).isPresent()
              || calendar.end().filter(p -> !years.contains(p)).isPresent();
      if (outside) {
        context.report(CALENDAR_OUTSIDE_PERIOD, Severity.WARNING, path,
            "The calendar " + quote(calendar.text().isBlank() ? CalendarFormatter.format(calendar) : calendar.text())
                + " of " + owner + " lies outside the plan period " + years);
      }
    }
  },

  /** Indicator measurements and targets, and review figures, fall within the plan period. */
  MEASUREMENTS_IN_PERIOD("measurements-in-period") {
    @Override
    public void check(ValidationContext context) {
      Optional<YearRange> period = context.schema().period();
      if (period.isEmpty()) {
        return; // reported once by CALENDARS_IN_PERIOD
      }
      YearRange years = period.get();
      for (FicheAt at : context.fiches()) {
        List<Indicator> indicators = at.fiche().indicators();
        for (int i = 0; i < indicators.size(); i++) {
          Indicator indicator = indicators.get(i);
          ModelPath path = at.path().element("indicators", i);
          for (int m = 0; m < indicator.measurements().size(); m++) {
            checkMeasurement(context, years, indicator.measurements().get(m), path.element("measurements", m),
                "indicator " + quote(indicator.label()));
          }
          for (int t = 0; t < indicator.targets().size(); t++) {
            Target target = indicator.targets().get(t);
            if (target.due().filter(p -> !years.contains(p)).isPresent()) {
              context.report(TARGET_OUTSIDE_PERIOD, Severity.WARNING, path.element("targets", t).field("due"),
                  "A target of indicator " + quote(indicator.label()) + " is due in " + target.due().get()
                      + ", outside the plan period " + years);
            }
          }
        }
      }
      List<Review> reviews = context.schema().reviews();
      for (int r = 0; r < reviews.size(); r++) {
        List<ReviewEntry> entries = reviews.get(r).entries();
        for (int e = 0; e < entries.size(); e++) {
          List<ReviewMeasurement> figures = entries.get(e).measurements();
          for (int m = 0; m < figures.size(); m++) {
            ReviewMeasurement figure = figures.get(m);
            checkMeasurement(context, years, figure.measurement(),
                ModelPath.root().element("reviews", r).element("entries", e).element("measurements", m)
                    .field("measurement"),
                "figure " + quote(figure.label().or(figure::indicatorId).orElse("?")) + " of review "
                    + quote(reviews.get(r).id()));
          }
        }
      }
    }

    private void checkMeasurement(
        ValidationContext context, YearRange years, Measurement measurement, ModelPath path, String owner) {
      CalendarPeriod p = measurement.period();
      if (!years.contains(p)) {
        context.report(MEASUREMENT_OUTSIDE_PERIOD, Severity.WARNING, path.field("period"),
            "The measurement of " + owner + " for " + p + " is outside the plan period " + years);
      }
    }
  },

  /** "cf. FA 13": every cross-reference names a fiche of the plan. */
  CROSS_REFERENCES("cross-references") {
    @Override
    public void check(ValidationContext context) {
      for (FicheAt at : context.fiches()) {
        List<FicheReference> references = at.fiche().crossReferences();
        for (int r = 0; r < references.size(); r++) {
          FicheReference reference = references.get(r);
          if (context.ficheByNumber(reference.number()).isEmpty()) {
            context.report(UNKNOWN_CROSS_REFERENCE, Severity.ERROR, at.path().element("crossReferences", r),
                describe(at.fiche()) + " refers to fiche " + quote(reference.number())
                    + ", which the plan does not have");
          }
        }
      }
    }
  },

  /** An indicator with a target has a baseline, so progress can be measured. */
  TARGET_BASELINE("target-baseline") {
    @Override
    public void check(ValidationContext context) {
      for (FicheAt at : context.fiches()) {
        List<Indicator> indicators = at.fiche().indicators();
        for (int i = 0; i < indicators.size(); i++) {
          Indicator indicator = indicators.get(i);
          if (!indicator.targets().isEmpty() && indicator.baseline().isEmpty()) {
            context.report(TARGET_WITHOUT_BASELINE, Severity.WARNING, at.path().element("indicators", i).field("baseline"),
                "Indicator " + quote(indicator.label()) + " of " + describe(at.fiche())
                    + " has a target but no baseline to measure progress from");
          }
        }
      }
    }
  },

  /** Titles and labels that are only punctuation or longer than 500 characters. */
  SUSPICIOUS_TITLES("suspicious-titles") {
    private static final int MAX_LENGTH = 500;

    @Override
    public void check(ValidationContext context) {
      Schema schema = context.schema();
      checkTitle(context, schema.title(), ModelPath.root().field("title"), "The plan title");
      for (int o = 0; o < schema.orientations().size(); o++) {
        Orientation orientation = schema.orientations().get(o);
        checkTitle(context, orientation.title(), ModelPath.root().element("orientations", o).field("title"),
            "The title of orientation " + quote(orientation.code()));
      }
      for (FicheAt at : context.fiches()) {
        Fiche fiche = at.fiche();
        checkTitle(context, fiche.title(), at.path().field("title"), "The title of fiche " + quote(fiche.number()));
        for (int s = 0; s < fiche.sousActions().size(); s++) {
          checkTitle(context, fiche.sousActions().get(s).title(), at.path().element("sousActions", s).field("title"),
              "The title of sous-action " + quote(fiche.sousActions().get(s).id()));
        }
        for (int i = 0; i < fiche.indicators().size(); i++) {
          checkTitle(context, fiche.indicators().get(i).label(), at.path().element("indicators", i).field("label"),
              "The label of indicator " + quote(fiche.indicators().get(i).id()));
        }
      }
    }

    private void checkTitle(ValidationContext context, String title, ModelPath path, String what) {
      if (title.codePoints().noneMatch(Character::isLetterOrDigit)) {
        context.report(SUSPICIOUS_TITLE, Severity.WARNING, path,
            what + " " + quote(title) + " has no letter nor digit: probably debris of the document's layout");
      } else if (title.length() > MAX_LENGTH) {
        context.report(SUSPICIOUS_TITLE, Severity.WARNING, path,
            what + " " + quote(title) + " is " + title.length() + " characters long (more than " + MAX_LENGTH
                + "): probably text of the fiche's body taken for its title");
      }
    }
  },

  /** Review entries point at the plan's fiches, sous-actions, indicators and statuses. */
  REVIEW_REFERENCES("review-references") {
    @Override
    public void check(ValidationContext context) {
      List<Review> reviews = context.schema().reviews();
      for (int r = 0; r < reviews.size(); r++) {
        Review review = reviews.get(r);
        for (int e = 0; e < review.entries().size(); e++) {
          ReviewEntry entry = review.entries().get(e);
          ModelPath path = ModelPath.root().element("reviews", r).element("entries", e);
          Optional<FicheAt> fiche = context.ficheById(entry.ficheId());
          if (fiche.isEmpty()) {
            context.report(UNKNOWN_REVIEW_FICHE, Severity.ERROR, path.field("ficheId"),
                "Review " + quote(review.id()) + " speaks of fiche " + quote(entry.ficheId())
                    + ", which the plan does not have");
          } else if (entry.sousActionId().isPresent()) {
            String sousActionId = entry.sousActionId().get();
            boolean inFiche = fiche.get().fiche().sousActions().stream().anyMatch(s -> s.id().equals(sousActionId));
            if (!inFiche) {
              context.report(UNKNOWN_REVIEW_SOUS_ACTION, Severity.ERROR, path.field("sousActionId"),
                  "Review " + quote(review.id()) + " speaks of sous-action " + quote(sousActionId) + " of "
                      + describe(fiche.get().fiche()) + (context.sousActionIds().contains(sousActionId)
                          ? ", but that sous-action belongs to another fiche"
                          : ", which the plan does not have"));
            }
          }
          entry.status().ifPresent(status -> {
            if (context.schema().statuses().byCode(status).isEmpty()) {
              String hint = context.schema().statuses().match(status)
                  .map(s -> " (did you mean the code " + quote(s.code()) + "?)").orElse("");
              context.report(UNKNOWN_REVIEW_STATUS, Severity.ERROR, path.field("status"),
                  "Review " + quote(review.id()) + " gives the status " + quote(status)
                      + ", which is not a code of the plan's status vocabulary" + hint);
            }
          });
          for (int m = 0; m < entry.measurements().size(); m++) {
            Optional<String> indicatorId = entry.measurements().get(m).indicatorId();
            if (indicatorId.isPresent() && !context.indicatorIds().contains(indicatorId.get())) {
              context.report(UNKNOWN_REVIEW_INDICATOR, Severity.ERROR,
                  path.element("measurements", m).field("indicatorId"),
                  "Review " + quote(review.id()) + " records a figure for indicator " + quote(indicatorId.get())
                      + ", which the plan does not have");
            }
          }
        }
      }
    }
  },

  /** A merged or replaced fiche names fiches of the plan other than itself. */
  LIFECYCLES("lifecycles") {
    @Override
    public void check(ValidationContext context) {
      for (FicheAt at : context.fiches()) {
        Fiche fiche = at.fiche();
        FicheLifecycle lifecycle = fiche.lifecycle();
        ModelPath path = at.path().field("lifecycle");
        if ((lifecycle.status() == FicheStatus.MERGED || lifecycle.status() == FicheStatus.REPLACED)
            && lifecycle.related().isEmpty()) {
          context.report(LIFECYCLE_WITHOUT_RELATED, Severity.INFO, path.field("related"),
              describe(fiche) + " is " + lifecycle.status().name().toLowerCase(java.util.Locale.ROOT)
                  + " but the fiches it relates to are not given");
        }
        for (int r = 0; r < lifecycle.related().size(); r++) {
          String related = lifecycle.related().get(r);
          if (related.equals(fiche.id())) {
            context.report(LIFECYCLE_SELF_REFERENCE, Severity.ERROR, path.element("related", r),
                describe(fiche) + " is " + lifecycle.status().name().toLowerCase(java.util.Locale.ROOT)
                    + " with itself");
          } else if (context.ficheById(related).isEmpty()) {
            context.report(UNKNOWN_LIFECYCLE_FICHE, Severity.ERROR, path.element("related", r),
                describe(fiche) + " is " + lifecycle.status().name().toLowerCase(java.util.Locale.ROOT)
                    + " with fiche " + quote(related) + ", which the plan does not have");
          }
        }
      }
    }
  },

  /** Formulas name indicators of the plan, not the indicator itself. */
  FORMULAS("formulas") {
    // An identifier starts with a letter and may hold digits, '_', and inner '.' or '-' (fa-12-bis.i1);
    // one followed by '(' is a function name (min, max…), not an indicator.
    private static final Pattern IDENTIFIER =
        Pattern.compile("(?<![\\w.])([A-Za-z_][A-Za-z0-9_]*+(?:[.-][A-Za-z0-9_]++)*+)(?!\\s*\\()");

    @Override
    public void check(ValidationContext context) {
      for (FicheAt at : context.fiches()) {
        List<Indicator> indicators = at.fiche().indicators();
        for (int i = 0; i < indicators.size(); i++) {
          Indicator indicator = indicators.get(i);
          if (indicator.formula().isEmpty()) {
            continue;
          }
          ModelPath path = at.path().element("indicators", i).field("formula");
          for (String id : identifiers(indicator.formula().get())) {
            if (id.equals(indicator.id())) {
              context.report(FORMULA_SELF_REFERENCE, Severity.ERROR, path,
                  "The formula " + quote(indicator.formula().get()) + " of indicator " + quote(indicator.label())
                      + " uses the indicator itself");
            } else if (!context.indicatorIds().contains(id)) {
              context.report(UNKNOWN_FORMULA_INDICATOR, Severity.ERROR, path,
                  "The formula " + quote(indicator.formula().get()) + " of indicator " + quote(indicator.label())
                      + " uses " + quote(id) + ", which is not an indicator id of the plan");
            }
          }
        }
      }
    }

    private Set<String> identifiers(String formula) {
      Set<String> ids = new LinkedHashSet<>();
      Matcher m = IDENTIFIER.matcher(formula);
      while (m.find()) {
        ids.add(m.group(1));
      }
      return ids;
    }
  },

  /** Calendars whose text could not be read (kept as written). */
  UNPARSED_CALENDARS("unparsed-calendars") {
    @Override
    public void check(ValidationContext context) {
      for (FicheAt at : context.fiches()) {
        Fiche fiche = at.fiche();
        report(context, fiche.calendar(), at.path().field("calendar"), describe(fiche));
        for (int s = 0; s < fiche.sousActions().size(); s++) {
          report(context, fiche.sousActions().get(s).calendar(), at.path().element("sousActions", s).field("calendar"),
              "sous-action " + quote(fiche.sousActions().get(s).title()));
        }
      }
      List<Territory> territories = context.schema().territories();
      for (int t = 0; t < territories.size(); t++) {
        for (int g = 0; g < territories.get(t).workingGroups().size(); g++) {
          WorkingGroup group = territories.get(t).workingGroups().get(g);
          report(context, group.deadline(),
              ModelPath.root().element("territories", t).element("workingGroups", g).field("deadline"),
              "working group " + quote(group.title()));
        }
      }
    }

    private void report(ValidationContext context, ActionCalendar calendar, ModelPath path, String owner) {
      if (calendar.form() == CalendarForm.UNPARSED) {
        context.report(UNPARSED_CALENDAR, Severity.INFO, path,
            "The calendar " + quote(calendar.text()) + " of " + owner + " could not be read as dates; it is kept as written");
      }
    }
  },

  /** Fiches that name no pilot. */
  PILOTS("pilots") {
    @Override
    public void check(ValidationContext context) {
      for (FicheAt at : context.fiches()) {
        if (at.fiche().pilots().isEmpty()) {
          context.report(FICHE_WITHOUT_PILOT, Severity.INFO, at.path().field("pilots"),
              describe(at.fiche()) + " names no pilot");
        }
      }
    }
  };

  private final String id;

  StandardRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Reports each element of {@code elements} whose id was already seen in the plan ({@code seen}
   * maps ids to the first path that used them).
   */
  private static <T> void reportReusedIds(ValidationContext context, ModelPath owner, String listName,
      List<T> elements, Map<String, ModelPath> seen, String code, String kind,
      java.util.function.Function<T, String> idOf, java.util.function.Function<T, String> nameOf) {
    for (int i = 0; i < elements.size(); i++) {
      T element = elements.get(i);
      ModelPath path = owner.element(listName, i);
      ModelPath previous = seen.putIfAbsent(idOf.apply(element), path);
      if (previous != null) {
        context.report(code, Severity.ERROR, path.field("id"),
            kind + " id " + quote(idOf.apply(element)) + " (" + quote(nameOf.apply(element))
                + ") is already used at " + previous);
      }
    }
  }
}
