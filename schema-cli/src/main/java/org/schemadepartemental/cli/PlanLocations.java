package org.schemadepartemental.cli;

import java.util.List;
import java.util.Optional;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.core.validation.ModelPath;

/**
 * Finds the source location nearest to a model path, so that a validation problem on an
 * imported plan is printed as {@code file:line} rather than as a path alone.
 */
final class PlanLocations {
  private PlanLocations() {}

  /** The location of the deepest element on the path that has one. */
  static Optional<SourceLocation> nearest(Schema schema, ModelPath path) {
    Optional<SourceLocation> best = schema.location();
    Object current = schema;
    for (ModelPath.Segment s : path.segments()) {
      Object next = step(current, s);
      if (next == null) {
        break;
      }
      Optional<SourceLocation> here = locationOf(next);
      if (here.isPresent()) {
        best = here;
      }
      current = next;
    }
    return best;
  }

  private static Object step(Object current, ModelPath.Segment s) {
    List<?> list = switch (s.name()) {
      case "orientations" -> current instanceof Schema p ? p.orientations() : null;
      case "fiches" -> current instanceof Orientation o ? o.fiches() : null;
      case "sousActions" -> current instanceof Fiche f ? f.sousActions() : null;
      case "indicators" -> current instanceof Fiche f ? f.indicators() : null;
      case "measurements" -> current instanceof org.schemadepartemental.core.Indicator i ? i.measurements() : null;
      case "territories" -> current instanceof Schema p ? p.territories() : null;
      case "reviews" -> current instanceof Schema p ? p.reviews() : null;
      case "entries" -> current instanceof org.schemadepartemental.core.Review r ? r.entries() : null;
      default -> null;
    };
    if (list == null || s.index() < 0 || s.index() >= list.size()) {
      return null;
    }
    return list.get(s.index());
  }

  private static Optional<SourceLocation> locationOf(Object o) {
    if (o instanceof Orientation x) {
      return x.location();
    }
    if (o instanceof Fiche x) {
      return x.location();
    }
    if (o instanceof org.schemadepartemental.core.SousAction x) {
      return x.location();
    }
    if (o instanceof org.schemadepartemental.core.Indicator x) {
      return x.location();
    }
    if (o instanceof org.schemadepartemental.core.Measurement x) {
      return x.location();
    }
    if (o instanceof org.schemadepartemental.core.Territory x) {
      return x.location();
    }
    if (o instanceof org.schemadepartemental.core.Review x) {
      return x.location();
    }
    if (o instanceof org.schemadepartemental.core.ReviewEntry x) {
      return x.location();
    }
    return Optional.empty();
  }
}
