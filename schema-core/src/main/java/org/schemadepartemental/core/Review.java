package org.schemadepartemental.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * A review of the plan ("bilan", "point d'étape", "état d'avancement") at a date.
 *
 * @param id stable id inside the plan ({@code bilan-2012-12-31} by convention)
 * @param date the date the review speaks as of
 * @param title its title, when given
 * @param scope what it covers ("fiches départementales", a territory…), when stated
 * @param entries what it says per fiche or sous-action
 * @param notes general text of the review (preamble, context), in document order
 * @param location where it was read from, when imported
 */
public record Review(
    String id,
    LocalDate date,
    Optional<String> title,
    Optional<String> scope,
    List<ReviewEntry> entries,
    List<ListItem> notes,
    Optional<SourceLocation> location) {

  /** Checks and copies. */
  public Review {
    id = Checks.nonBlank(id, "id");
    Objects.requireNonNull(date, "date");
    title = Checks.optionalText(title);
    scope = Checks.optionalText(scope);
    entries = Checks.list(entries, "entries");
    notes = Checks.list(notes, "notes");
    location = Checks.optional(location);
  }

  /** A review with the conventional id for its date and these entries. */
  public static Review of(LocalDate date, List<ReviewEntry> entries) {
    return new Review("bilan-" + date, date, Optional.empty(), Optional.empty(), entries, List.of(), Optional.empty());
  }

  /** The entries about one fiche (the fiche as a whole and its sous-actions). */
  public List<ReviewEntry> entriesFor(String ficheId) {
    return entries.stream().filter(e -> e.ficheId().equals(ficheId)).toList();
  }
}
