package org.schemadepartemental.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * An action sheet ("fiche action", "FA n°"): the unit of a plan's commitments, with its
 * diagnostic, objectives, pilots and partners, operational breakdown, sous-actions, calendar,
 * indicators and points of vigilance.
 *
 * <p>Build with {@link #builder(String, String)}.
 *
 * @param id stable id, unique inside the plan ({@code fa-6} by default, see {@link Ids#fiche})
 * @param number the number as printed ("6", "FA 6", "25")
 * @param title the title
 * @param diagnostic "éléments de diagnostic"
 * @param objectives the objectives, or the general objectives when the document separates them
 * @param operationalObjectives the operational objectives, when the document separates them
 * @param pilots the pilots ("pilotes")
 * @param partners the associated partners ("partenaires associés")
 * @param breakdown the operational breakdown ("déclinaison opérationnelle"), nested
 * @param sousActions the sous-actions
 * @param calendar the fiche's own calendar ({@link ActionCalendar#none()} when none)
 * @param indicators output and outcome indicators
 * @param vigilance points of vigilance
 * @param crossReferences references to other fiches ("cf. FA 13")
 * @param volumeReferences references to other volumes ("Cahier N°5 - Page 12")
 * @param lifecycle active, merged, replaced or abandoned
 * @param weight its weight in the orientation's progress roll-up, when set
 * @param notes any other text of the fiche worth keeping, in document order
 * @param location where it was read from, when imported
 */
public record Fiche(
    String id,
    String number,
    String title,
    List<ListItem> diagnostic,
    List<ListItem> objectives,
    List<ListItem> operationalObjectives,
    List<Actor> pilots,
    List<Actor> partners,
    List<ListItem> breakdown,
    List<SousAction> sousActions,
    ActionCalendar calendar,
    List<Indicator> indicators,
    List<ListItem> vigilance,
    List<FicheReference> crossReferences,
    List<VolumeReference> volumeReferences,
    FicheLifecycle lifecycle,
    Optional<BigDecimal> weight,
    List<String> notes,
    Optional<SourceLocation> location) {

  /** Checks required fields and copies every list. */
  public Fiche {
    id = Checks.nonBlank(id, "id");
    number = Checks.nonBlank(number, "number");
    title = Checks.nonBlank(title, "title");
    diagnostic = Checks.list(diagnostic, "diagnostic");
    objectives = Checks.list(objectives, "objectives");
    operationalObjectives = Checks.list(operationalObjectives, "operationalObjectives");
    pilots = Checks.list(pilots, "pilots");
    partners = Checks.list(partners, "partners");
    breakdown = Checks.list(breakdown, "breakdown");
    sousActions = Checks.list(sousActions, "sousActions");
    Objects.requireNonNull(calendar, "calendar");
    indicators = Checks.list(indicators, "indicators");
    vigilance = Checks.list(vigilance, "vigilance");
    crossReferences = Checks.list(crossReferences, "crossReferences");
    volumeReferences = Checks.list(volumeReferences, "volumeReferences");
    Objects.requireNonNull(lifecycle, "lifecycle");
    weight = Checks.normalize(weight);
    weight.ifPresent(w -> {
      if (w.signum() < 0) {
        throw new IllegalArgumentException("weight must not be negative: " + w);
      }
    });
    notes = Checks.list(notes, "notes");
    location = Checks.optional(location);
  }

  /** A builder for a fiche with this number and title; its id defaults to {@link Ids#fiche}. */
  public static Builder builder(String number, String title) {
    return new Builder(number, title);
  }

  /** A builder holding this fiche's values. */
  public Builder toBuilder() {
    Builder b = new Builder(number, title);
    b.id = id;
    b.diagnostic.addAll(diagnostic);
    b.objectives.addAll(objectives);
    b.operationalObjectives.addAll(operationalObjectives);
    b.pilots.addAll(pilots);
    b.partners.addAll(partners);
    b.breakdown.addAll(breakdown);
    b.sousActions.addAll(sousActions);
    b.calendar = calendar;
    b.indicators.addAll(indicators);
    b.vigilance.addAll(vigilance);
    b.crossReferences.addAll(crossReferences);
    b.volumeReferences.addAll(volumeReferences);
    b.lifecycle = lifecycle;
    b.weight = weight;
    b.notes.addAll(notes);
    b.location = location;
    return b;
  }

  /** The same fiche with another title. */
  public Fiche withTitle(String newTitle) {
    return new Fiche(id, number, newTitle, diagnostic, objectives, operationalObjectives, pilots, partners, breakdown,
        sousActions, calendar, indicators, vigilance, crossReferences, volumeReferences, lifecycle, weight, notes, location);
  }

  /** The same fiche with other indicators. */
  public Fiche withIndicators(List<Indicator> newIndicators) {
    // The constructor, not a builder: the other lists are immutable already and are not copied again.
    return new Fiche(id, number, title, diagnostic, objectives, operationalObjectives, pilots, partners, breakdown,
        sousActions, calendar, newIndicators, vigilance, crossReferences, volumeReferences, lifecycle, weight, notes,
        location);
  }

  /** The same fiche with other sous-actions. */
  public Fiche withSousActions(List<SousAction> newSousActions) {
    return new Fiche(id, number, title, diagnostic, objectives, operationalObjectives, pilots, partners, breakdown,
        newSousActions, calendar, indicators, vigilance, crossReferences, volumeReferences, lifecycle, weight, notes,
        location);
  }

  /** The same fiche with another lifecycle. */
  public Fiche withLifecycle(FicheLifecycle newLifecycle) {
    return new Fiche(id, number, title, diagnostic, objectives, operationalObjectives, pilots, partners, breakdown,
        sousActions, calendar, indicators, vigilance, crossReferences, volumeReferences, newLifecycle, weight, notes,
        location);
  }

  /** Builder of {@link Fiche}. Lists are appended to by the {@code addX} methods. */
  public static final class Builder {
    private String id;
    private String number;
    /** {@link Ids#fiche} of the number, made when first asked for; forgotten when the number changes. */
    private String defaultId;
    private String title;
    private final List<ListItem> diagnostic = new ArrayList<>();
    private final List<ListItem> objectives = new ArrayList<>();
    private final List<ListItem> operationalObjectives = new ArrayList<>();
    private final List<Actor> pilots = new ArrayList<>();
    private final List<Actor> partners = new ArrayList<>();
    private final List<ListItem> breakdown = new ArrayList<>();
    private final List<SousAction> sousActions = new ArrayList<>();
    private ActionCalendar calendar = ActionCalendar.none();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<ListItem> vigilance = new ArrayList<>();
    private final List<FicheReference> crossReferences = new ArrayList<>();
    private final List<VolumeReference> volumeReferences = new ArrayList<>();
    private FicheLifecycle lifecycle = FicheLifecycle.active();
    private Optional<BigDecimal> weight = Optional.empty();
    private final List<String> notes = new ArrayList<>();
    private Optional<SourceLocation> location = Optional.empty();

    private Builder(String number, String title) {
      this.number = number;
      this.title = title;
    }

    /** The id this builder will use: the one set, or {@link Ids#fiche} of the number. */
    public String id() {
      if (id != null) {
        return id;
      }
      if (defaultId == null) { // every sous-action and indicator added asks for it
        defaultId = Ids.fiche(Objects.requireNonNull(number, "number"));
      }
      return defaultId;
    }

    /** Sets the id. */
    public Builder id(String v) {
      this.id = v;
      return this;
    }

    /** Sets the number. */
    public Builder number(String v) {
      this.number = v;
      this.defaultId = null;
      return this;
    }

    /** Sets the title. */
    public Builder title(String v) {
      this.title = v;
      return this;
    }

    /** Adds diagnostic items. */
    public Builder addDiagnostic(ListItem... v) {
      diagnostic.addAll(List.of(v));
      return this;
    }

    /** Adds (general) objectives. */
    public Builder addObjective(ListItem... v) {
      objectives.addAll(List.of(v));
      return this;
    }

    /** Adds operational objectives. */
    public Builder addOperationalObjective(ListItem... v) {
      operationalObjectives.addAll(List.of(v));
      return this;
    }

    /** Adds pilots. */
    public Builder addPilot(Actor... v) {
      pilots.addAll(List.of(v));
      return this;
    }

    /** Adds partners. */
    public Builder addPartner(Actor... v) {
      partners.addAll(List.of(v));
      return this;
    }

    /** Adds breakdown items. */
    public Builder addBreakdown(ListItem... v) {
      breakdown.addAll(List.of(v));
      return this;
    }

    /** Adds a sous-action. */
    public Builder addSousAction(SousAction v) {
      sousActions.add(v);
      return this;
    }

    /**
     * Adds a sous-action with the next conventional id ({@link Ids#sousAction}) of this fiche.
     */
    public Builder addSousAction(String sousActionTitle, ActionCalendar sousActionCalendar) {
      sousActions.add(SousAction.of(Ids.sousAction(id(), sousActions.size() + 1), sousActionTitle, sousActionCalendar));
      return this;
    }

    /** Replaces the sous-actions. */
    public Builder sousActions(List<SousAction> v) {
      sousActions.clear();
      sousActions.addAll(v);
      return this;
    }

    /** Sets the calendar. */
    public Builder calendar(ActionCalendar v) {
      this.calendar = v;
      return this;
    }

    /** Adds an indicator. */
    public Builder addIndicator(Indicator v) {
      indicators.add(v);
      return this;
    }

    /** Replaces the indicators. */
    public Builder indicators(List<Indicator> v) {
      indicators.clear();
      indicators.addAll(v);
      return this;
    }

    /** The id the next indicator added should take ({@link Ids#indicator}). */
    public String nextIndicatorId() {
      return Ids.indicator(id(), indicators.size() + 1);
    }

    /** Adds points of vigilance. */
    public Builder addVigilance(ListItem... v) {
      vigilance.addAll(List.of(v));
      return this;
    }

    /** Adds a cross-reference. */
    public Builder addCrossReference(FicheReference v) {
      crossReferences.add(v);
      return this;
    }

    /** Adds a volume reference. */
    public Builder addVolumeReference(VolumeReference v) {
      volumeReferences.add(v);
      return this;
    }

    /** Sets the lifecycle. */
    public Builder lifecycle(FicheLifecycle v) {
      this.lifecycle = v;
      return this;
    }

    /** Sets the weight. */
    public Builder weight(BigDecimal v) {
      this.weight = Optional.ofNullable(v);
      return this;
    }

    /** Adds a note. */
    public Builder addNote(String v) {
      notes.add(v);
      return this;
    }

    /** Replaces the diagnostic items. */
    public Builder diagnostic(List<ListItem> v) {
      diagnostic.clear();
      diagnostic.addAll(v);
      return this;
    }

    /** Replaces the (general) objectives. */
    public Builder objectives(List<ListItem> v) {
      objectives.clear();
      objectives.addAll(v);
      return this;
    }

    /** Replaces the operational objectives. */
    public Builder operationalObjectives(List<ListItem> v) {
      operationalObjectives.clear();
      operationalObjectives.addAll(v);
      return this;
    }

    /** Replaces the pilots. */
    public Builder pilots(List<Actor> v) {
      pilots.clear();
      pilots.addAll(v);
      return this;
    }

    /** Replaces the partners. */
    public Builder partners(List<Actor> v) {
      partners.clear();
      partners.addAll(v);
      return this;
    }

    /** Replaces the breakdown items. */
    public Builder breakdown(List<ListItem> v) {
      breakdown.clear();
      breakdown.addAll(v);
      return this;
    }

    /** Replaces the points of vigilance. */
    public Builder vigilance(List<ListItem> v) {
      vigilance.clear();
      vigilance.addAll(v);
      return this;
    }

    /** Replaces the cross-references. */
    public Builder crossReferences(List<FicheReference> v) {
      crossReferences.clear();
      crossReferences.addAll(v);
      return this;
    }

    /** Replaces the volume references. */
    public Builder volumeReferences(List<VolumeReference> v) {
      volumeReferences.clear();
      volumeReferences.addAll(v);
      return this;
    }

    /** Replaces the notes. */
    public Builder notes(List<String> v) {
      notes.clear();
      notes.addAll(v);
      return this;
    }

    /** Sets where it was read from. */
    public Builder location(SourceLocation v) {
      this.location = Optional.ofNullable(v);
      return this;
    }

    /** Builds the fiche. */
    public Fiche build() {
      return new Fiche(id(), number, title, diagnostic, objectives, operationalObjectives, pilots, partners,
          breakdown, sousActions, calendar, indicators, vigilance, crossReferences, volumeReferences,
          lifecycle, weight, notes, location);
    }
  }
}
