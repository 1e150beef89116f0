package org.schemadepartemental.core;

import java.time.LocalDate;
import java.util.Optional;
import org.schemadepartemental.core.internal.Checks;

/**
 * A meeting of a territory's follow-up committee ("comité de suivi territorial").
 *
 * @param date the date, when it could be read
 * @param dateText the date as printed ("18 octobre 2012"), kept even when it was read
 * @param place where it is held, when given
 * @param location where it was read from, when imported
 */
public record CommitteeMeeting(
    Optional<LocalDate> date, Optional<String> dateText, Optional<String> place, Optional<SourceLocation> location) {

  /** Checks that the meeting has a date or a date text. */
  public CommitteeMeeting {
    date = Checks.optional(date);
    dateText = Checks.optionalText(dateText);
    place = Checks.optionalText(place);
    location = Checks.optional(location);
    if (date.isEmpty() && dateText.isEmpty()) {
      throw new IllegalArgumentException("a committee meeting needs a date or a date text");
    }
  }

  /** A meeting on a date at a place. */
  public static CommitteeMeeting on(LocalDate date, String place) {
    return new CommitteeMeeting(Optional.of(date), Optional.empty(), Optional.ofNullable(place), Optional.empty());
  }
}
