package org.schemadepartemental.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * A departmental child and family plan ("schéma départemental de l'enfance et de la famille"):
 * its orientations and fiches, its glossary, territories, reviews and lineage.
 *
 * <p>Build with {@link #builder(String, String)}; every value is immutable and compared by value.
 *
 * @param id a stable id ({@code orne-2017-2021} by convention)
 * @param title the title as printed
 * @param departement the département, when known
 * @param period the plan's years, when known
 * @param adoptionDate the date of adoption by the departmental assembly, when known
 * @param predecessor the previous plan, when known
 * @param orientations the orientations (axes), in document order
 * @param glossary the plan's own glossary (merge it with the built-in one for lookups)
 * @param territories the territories with their committees and working groups
 * @param reviews the reviews, in date order or document order
 * @param lineage the review of the previous plan's axes, when the document has one
 * @param statuses the status vocabulary its reviews use (standard, possibly extended)
 * @param notes general text (preamble, context) worth keeping
 * @param location the document it was read from, when imported
 */
public record Schema(
    String id,
    String title,
    Optional<Departement> departement,
    Optional<YearRange> period,
    Optional<LocalDate> adoptionDate,
    Optional<PlanReference> predecessor,
    List<Orientation> orientations,
    Glossary glossary,
    List<Territory> territories,
    List<Review> reviews,
    Optional<Lineage> lineage,
    StatusVocabulary statuses,
    List<ListItem> notes,
    Optional<SourceLocation> location) {

  /** Checks and copies. */
  public Schema {
    id = Checks.nonBlank(id, "id");
    title = Checks.nonBlank(title, "title");
    departement = Checks.optional(departement);
    period = Checks.optional(period);
    adoptionDate = Checks.optional(adoptionDate);
    predecessor = Checks.optional(predecessor);
    orientations = Checks.list(orientations, "orientations");
    glossary = glossary == null ? Glossary.empty() : glossary;
    territories = Checks.list(territories, "territories");
    reviews = Checks.list(reviews, "reviews");
    lineage = Checks.optional(lineage);
    statuses = statuses == null ? StatusVocabulary.standard() : statuses;
    notes = Checks.list(notes, "notes");
    location = Checks.optional(location);
  }

  /** A builder for a plan with this id and title. */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** A builder holding this plan's values. */
  public Builder toBuilder() {
    Builder b = new Builder(id, title);
    b.departement = departement;
    b.period = period;
    b.adoptionDate = adoptionDate;
    b.predecessor = predecessor;
    b.orientations.addAll(orientations);
    b.glossary = glossary;
    b.territories.addAll(territories);
    b.reviews.addAll(reviews);
    b.lineage = lineage;
    b.statuses = statuses;
    b.notes.addAll(notes);
    b.location = location;
    return b;
  }

  /** Every fiche of every orientation, in document order. */
  public List<Fiche> fiches() {
    List<Fiche> all = new ArrayList<>();
    for (Orientation o : orientations) {
      all.addAll(o.fiches());
    }
    return List.copyOf(all);
  }

  /** The fiche with this id. */
  public Optional<Fiche> fiche(String ficheId) {
    return fiches().stream().filter(f -> f.id().equals(ficheId)).findFirst();
  }

  /** The fiche printed with this number ("6" matches "6", "FA 6" and "Fiche action n°6"). */
  public Optional<Fiche> ficheByNumber(String number) {
    String wanted = Ids.fiche(number);
    return fiches().stream().filter(f -> Ids.fiche(f.number()).equals(wanted)).findFirst();
  }

  /** Every indicator of every fiche, in document order. */
  public List<Indicator> indicators() {
    return fiches().stream().flatMap(f -> f.indicators().stream()).toList();
  }

  /** The indicator with this id. */
  public Optional<Indicator> indicator(String indicatorId) {
    return indicators().stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  /** The most recent review, when there is one. */
  public Optional<Review> latestReview() {
    return reviews.stream().max(Comparator.comparing(Review::date));
  }

  /** The same plan with other orientations. */
  public Schema withOrientations(List<Orientation> newOrientations) {
    // The constructor, not a builder: the other lists are immutable already and are not copied again.
    return new Schema(id, title, departement, period, adoptionDate, predecessor, newOrientations, glossary, territories,
        reviews, lineage, statuses, notes, location);
  }

  /** The same plan with one more review. */
  public Schema withReview(Review review) {
    return toBuilder().addReview(review).build();
  }

  /**
   * The same plan with every indicator passed through {@code change} (for loading measurements).
   */
  public Schema mapIndicators(java.util.function.UnaryOperator<Indicator> change) {
    List<Orientation> newOrientations = new ArrayList<>();
    for (Orientation o : orientations) {
      List<Fiche> newFiches = new ArrayList<>();
      for (Fiche f : o.fiches()) {
        newFiches.add(f.withIndicators(f.indicators().stream().map(change).toList()));
      }
      newOrientations.add(o.withFiches(newFiches));
    }
    return withOrientations(newOrientations);
  }

  /** Builder of {@link Schema}. */
  public static final class Builder {
    private String id;
    private String title;
    private Optional<Departement> departement = Optional.empty();
    private Optional<YearRange> period = Optional.empty();
    private Optional<LocalDate> adoptionDate = Optional.empty();
    private Optional<PlanReference> predecessor = Optional.empty();
    private final List<Orientation> orientations = new ArrayList<>();
    private Glossary glossary = Glossary.empty();
    private final List<Territory> territories = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();
    private Optional<Lineage> lineage = Optional.empty();
    private StatusVocabulary statuses = StatusVocabulary.standard();
    private final List<ListItem> notes = new ArrayList<>();
    private Optional<SourceLocation> location = Optional.empty();

    private Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    /** Sets the id. */
    public Builder id(String v) {
      this.id = v;
      return this;
    }

    /** Sets the title. */
    public Builder title(String v) {
      this.title = v;
      return this;
    }

    /** Sets the département. */
    public Builder departement(Departement v) {
      this.departement = Optional.ofNullable(v);
      return this;
    }

    /** Sets the period. */
    public Builder period(YearRange v) {
      this.period = Optional.ofNullable(v);
      return this;
    }

    /** Sets the adoption date. */
    public Builder adoptionDate(LocalDate v) {
      this.adoptionDate = Optional.ofNullable(v);
      return this;
    }

    /** Sets the predecessor plan. */
    public Builder predecessor(PlanReference v) {
      this.predecessor = Optional.ofNullable(v);
      return this;
    }

    /** Adds orientations. */
    public Builder addOrientation(Orientation... v) {
      orientations.addAll(List.of(v));
      return this;
    }

    /** Replaces the orientations. */
    public Builder orientations(List<Orientation> v) {
      orientations.clear();
      orientations.addAll(v);
      return this;
    }

    /** Sets the glossary. */
    public Builder glossary(Glossary v) {
      this.glossary = Objects.requireNonNull(v, "glossary");
      return this;
    }

    /** Adds territories. */
    public Builder addTerritory(Territory... v) {
      territories.addAll(List.of(v));
      return this;
    }

    /** Replaces the territories. */
    public Builder territories(List<Territory> v) {
      territories.clear();
      territories.addAll(v);
      return this;
    }

    /** Adds a review. */
    public Builder addReview(Review v) {
      reviews.add(v);
      return this;
    }

    /** Replaces the reviews. */
    public Builder reviews(List<Review> v) {
      reviews.clear();
      reviews.addAll(v);
      return this;
    }

    /** Sets the lineage. */
    public Builder lineage(Lineage v) {
      this.lineage = Optional.ofNullable(v);
      return this;
    }

    /** Sets the status vocabulary. */
    public Builder statuses(StatusVocabulary v) {
      this.statuses = Objects.requireNonNull(v, "statuses");
      return this;
    }

    /** Adds general notes. */
    public Builder addNote(ListItem... v) {
      notes.addAll(List.of(v));
      return this;
    }

    /** Sets where it was read from. */
    public Builder location(SourceLocation v) {
      this.location = Optional.ofNullable(v);
      return this;
    }

    /** Builds the plan. */
    public Schema build() {
      return new Schema(id, title, departement, period, adoptionDate, predecessor, orientations, glossary,
          territories, reviews, lineage, statuses, notes, location);
    }
  }
}
