package org.schemadepartemental.report.internal;

import java.util.List;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.validation.ModelPath;

/** Names a reader recognises for the element a model path points at ("FA 3 › fa-3.i2"). */
public final class ModelNames {
  private ModelNames() {}

  /** The name of the deepest element on the path that has one, or "plan" for the root. */
  public static String of(Schema schema, ModelPath path) {
    Object current = schema;
    String name = "plan";
    for (ModelPath.Segment s : path.segments()) {
      List<?> list = switch (s.name()) {
        case "orientations" -> current instanceof Schema p ? p.orientations() : null;
        case "fiches" -> current instanceof Orientation o ? o.fiches() : null;
        case "sousActions" -> current instanceof Fiche f ? f.sousActions() : null;
        case "indicators" -> current instanceof Fiche f ? f.indicators() : null;
        case "reviews" -> current instanceof Schema p ? p.reviews() : null;
        default -> null;
      };
      if (list == null || s.index() < 0 || s.index() >= list.size()) {
        break;
      }
      current = list.get(s.index());
      if (current instanceof Orientation o) {
        name = "Orientation " + o.code();
      } else if (current instanceof Fiche f) {
        name = GanttChart.ficheName(f);
      } else if (current instanceof SousAction sa) {
        name = name + " › " + sa.id();
      } else if (current instanceof Indicator i) {
        name = name + " › " + i.id();
      } else if (current instanceof Review r) {
        name = "revue " + r.id();
      }
    }
    return name;
  }
}
