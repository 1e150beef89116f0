package org.schemadepartemental.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.schemadepartemental.core.Actor;

/**
 * Several actors in one cell: their names separated by {@code " ; "}. A {@code ;} or {@code \}
 * inside a name is escaped with a backslash, so that any name reads back whole.
 */
final class ActorCells {

  private ActorCells() {}

  /** {@code CAF ; Éducation nationale}. */
  static String join(List<Actor> actors) {
    return actors.stream()
        .map(a -> a.name().replace("\\", "\\\\").replace(";", "\\;"))
        .collect(Collectors.joining(" ; "));
  }

  /** The names of a cell, each stripped; empty parts are dropped. */
  static List<Actor> split(String cell) {
    List<Actor> actors = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length()) {
        name.append(cell.charAt(++i));
      } else if (c == ';') {
        add(actors, name);
      } else {
        name.append(c);
      }
    }
    add(actors, name);
    return List.copyOf(actors);
  }

  private static void add(List<Actor> actors, StringBuilder name) {
    if (!name.toString().isBlank()) {
      actors.add(Actor.named(name.toString()));
    }
    name.setLength(0);
  }
}
