package org.schemadepartemental.core.text;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as French documents print them: "18 octobre 2012", "1er juin 2013", "lundi 3 mars
 * 2014", "le 14 décembre 2012", "30/11/2012", "30-11-12", "2012-11-30", with or without accents,
 * abbreviated months ("déc.", "févr."), extra spaces. Stateless; never throws.
 */
public final class FrenchDates {

  private static final String[] MONTHS = {
    "janvier", "fevrier", "mars", "avril", "mai", "juin",
    "juillet", "aout", "septembre", "octobre", "novembre", "decembre"
  };
  private static final String[] PRINTED_MONTHS = {
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre"
  };
  private static final Pattern WRITTEN = Pattern.compile(
      "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?(?:le\\s+)?"
          + "(\\d{1,2})\\s*(?:er|ere)?\\s+([a-z]+)\\.?\\s+(\\d{4})");
  private static final Pattern NUMERIC = Pattern.compile("(?:le\\s+)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}|\\d{2})");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACE_RUNS = Pattern.compile("[\\s\\u00a0\\u202f]+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;]+$");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /** Longer texts are not dates (empty): the patterns would take quadratic time on a long run of dots. */
  public static final int MAX_TEXT_LENGTH = 100;

  private FrenchDates() {}

  /** The date the text states, when it is one of the forms above and a real day; empty otherwise. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null || text.length() > MAX_TEXT_LENGTH) {
      return Optional.empty();
    }
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    s = TRAILING_PUNCTUATION.matcher(SPACE_RUNS.matcher(s).replaceAll(" ").strip()).replaceAll("");
    try {
      Matcher m = WRITTEN.matcher(s);
      if (m.matches()) {
        int month = month(m.group(2));
        return month == 0
            ? Optional.empty()
            : Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
      }
      m = NUMERIC.matcher(s);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(3));
        // Two-digit years are this century's: plans and reviews date from 2000 on.
        return Optional.of(LocalDate.of(m.group(3).length() == 2 ? 2000 + year : year,
            Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
      }
      m = ISO.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty(); // 31/02/2013 and the like: not a day
    }
    return Optional.empty();
  }

  /** The French writing of a date: "18 octobre 2012", "1er juin 2013"; {@link #parse} reads it back. */
  public static String format(LocalDate date) {
    int day = date.getDayOfMonth();
    return (day == 1 ? "1er" : Integer.toString(day)) + " " + PRINTED_MONTHS[date.getMonthValue() - 1] + " "
        + date.getYear();
  }

  /** 1-12 for a month name without accents or its usual abbreviation ("janv", "fev", "sept"), else 0. */
  private static int month(String word) {
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(word)) {
        return i + 1;
      }
    }
    return switch (word) {
      case "janv", "jan" -> 1;
      case "fevr", "fev" -> 2;
      case "avr" -> 4;
      case "juil" -> 7;
      case "sept", "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> 0;
    };
  }
}
