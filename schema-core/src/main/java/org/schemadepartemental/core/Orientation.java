package org.schemadepartemental.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * An orientation or axis of a plan, grouping fiches.
 *
 * @param code the code as printed or assigned ("1", "Axe 3", "T1"), unique inside the plan
 * @param title the title
 * @param kind transversal, strategic, territorial or unspecified
 * @param principle the "PRINCIPE" stated for it, when given
 * @param fiches its fiches, in document order
 * @param location where it was read from, when imported
 */
public record Orientation(
    String code,
    String title,
    OrientationKind kind,
    Optional<String> principle,
    List<Fiche> fiches,
    Optional<SourceLocation> location) {

  /** Checks and copies. */
  public Orientation {
    code = Checks.nonBlank(code, "code");
    title = Checks.nonBlank(title, "title");
    Objects.requireNonNull(kind, "kind");
    principle = Checks.optionalText(principle);
    fiches = Checks.list(fiches, "fiches");
    location = Checks.optional(location);
  }

  /** A builder for an orientation with this code and title. */
  public static Builder builder(String code, String title) {
    return new Builder(code, title);
  }

  /** A builder holding this orientation's values. */
  public Builder toBuilder() {
    Builder b = new Builder(code, title);
    b.kind = kind;
    b.principle = principle;
    b.fiches.addAll(fiches);
    b.location = location;
    return b;
  }

  /** The same orientation with other fiches. */
  public Orientation withFiches(List<Fiche> newFiches) {
    return new Orientation(code, title, kind, principle, newFiches, location);
  }

  /** Builder of {@link Orientation}. */
  public static final class Builder {
    private String code;
    private String title;
    private OrientationKind kind = OrientationKind.UNSPECIFIED;
    private Optional<String> principle = Optional.empty();
    private final List<Fiche> fiches = new ArrayList<>();
    private Optional<SourceLocation> location = Optional.empty();

    private Builder(String code, String title) {
      this.code = code;
      this.title = title;
    }

    /** Sets the code. */
    public Builder code(String v) {
      this.code = v;
      return this;
    }

    /** Sets the title. */
    public Builder title(String v) {
      this.title = v;
      return this;
    }

    /** Sets the kind. */
    public Builder kind(OrientationKind v) {
      this.kind = v;
      return this;
    }

    /** Sets the principle. */
    public Builder principle(String v) {
      this.principle = Optional.ofNullable(v);
      return this;
    }

    /** Adds fiches. */
    public Builder addFiche(Fiche... v) {
      fiches.addAll(List.of(v));
      return this;
    }

    /** Replaces the fiches. */
    public Builder fiches(List<Fiche> v) {
      fiches.clear();
      fiches.addAll(v);
      return this;
    }

    /** Sets where it was read from. */
    public Builder location(SourceLocation v) {
      this.location = Optional.ofNullable(v);
      return this;
    }

    /** Builds the orientation. */
    public Orientation build() {
      return new Orientation(code, title, kind, principle, fiches, location);
    }
  }
}
