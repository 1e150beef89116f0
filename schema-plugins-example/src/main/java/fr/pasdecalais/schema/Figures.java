package fr.pasdecalais.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Measurement;
import org.schemadepartemental.core.ReviewMeasurement;
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.core.calendar.CalendarParser;
import org.schemadepartemental.core.text.FrenchNumbers;

/**
 * The figures a review gives, as {@link ReviewMeasurement}s labelled as printed:
 *
 * <ul>
 *   <li>small tables, one column per year ("En 2010", "En 2011") and one row per figure
 *       ("Nombre d'EPP réalisés", 2116, 2204);
 *   <li>"4 149 séances pour 16 533 enfants âgés de 3 ans ½ à 4 ans ½ (soit environ 87% de la
 *       tranche d'âge)": three figures of the year the text is about;
 *   <li>"15 935 contacts par les puéricultrices de PMI dont 5 686 en maternité": two figures;
 *   <li>"Augmentation des EPP réalisés : En mars 2010 : 27% ; en juin 2012 : 35%": one figure
 *       per period.
 * </ul>
 *
 * Stateless.
 */
final class Figures {
  private static final String NUMBER = "(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+(?:[.,]\\d+)?)";
  private static final Pattern FOR = Pattern.compile("(?iu)" + NUMBER + "\\s+([\\p{L}'’ -]{2,40}?)\\s+pour\\s+" + NUMBER
      + "\\s+([^()]{2,80}?)\\s*\\(\\s*soit\\s+(environ\\s+|près\\s+de\\s+|≈\\s*)?" + NUMBER + "\\s*%\\s*([^)]*)\\)");
  private static final Pattern OF_WHICH = Pattern.compile("(?iu)^" + NUMBER + "\\s+(.{2,80}?)\\s+dont\\s+" + NUMBER
      + "\\s+(.{2,60}?)\\s*\\.?$");
  private static final Pattern PER_PERIOD_LIST = Pattern.compile("(?iu)^([^:]{3,80}?)\\s*:\\s*(.*\\d\\s*%?\\s*)$");
  private static final Pattern PERIOD_VALUE = Pattern.compile(
      "(?iu)(?:en\\s+)?((?:\\p{L}+\\s+)?(?:19|20)\\d{2})\\s*:\\s*" + NUMBER + "\\s*(%)?");

  private Figures() {}

  /**
   * The figures of a small table: the first row gives the years, each other row a label and one
   * value per year. Cells that are not numbers are kept as the measurement's text.
   */
  static List<ReviewMeasurement> ofTable(List<List<String>> rows, SourceLocation location) {
    List<ReviewMeasurement> out = new ArrayList<>();
    List<CalendarPeriod> periods = null;
    for (List<String> row : rows) {
      if (periods == null) {
        periods = periods(row);
        continue;
      }
      if (row.size() < 2) {
        continue;
      }
      String label = row.get(0);
      for (int i = 1; i < row.size() && i - 1 < periods.size(); i++) {
        measurement(periods.get(i - 1), row.get(i), location).ifPresent(m ->
            out.add(new ReviewMeasurement(Optional.empty(), Optional.of(label), m)));
      }
    }
    return out;
  }

  /** The years of a header row, or an empty list when it is not one (then no row is read). */
  private static List<CalendarPeriod> periods(List<String> row) {
    List<CalendarPeriod> periods = new ArrayList<>();
    for (String cell : row) {
      Optional<CalendarPeriod> p = period(cell.replaceFirst("(?iu)^en\\s+", ""));
      if (p.isEmpty()) {
        return List.of();
      }
      periods.add(p.get());
    }
    return periods;
  }

  /** The figures a sentence states, for the year given by the context when the sentence has none. */
  static List<ReviewMeasurement> ofSentence(String text, Optional<Integer> year, SourceLocation location) {
    List<ReviewMeasurement> out = new ArrayList<>();
    Matcher m = FOR.matcher(text);
    if (m.find() && year.isPresent()) {
      CalendarPeriod period = CalendarPeriod.year(year.get());
      add(out, m.group(2), period, m.group(1), null, location);
      add(out, m.group(4), period, m.group(3), null, location);
      String share = ("% " + m.group(7)).strip();
      add(out, share, period, m.group(6), m.group(5) == null ? null : (m.group(5).strip() + " " + m.group(6) + " %"), location);
      return out;
    }
    m = OF_WHICH.matcher(text);
    if (m.matches() && year.isPresent()) {
      CalendarPeriod period = CalendarPeriod.year(year.get());
      add(out, m.group(2), period, m.group(1), null, location);
      add(out, m.group(2) + " " + m.group(4), period, m.group(3), null, location);
      return out;
    }
    m = PER_PERIOD_LIST.matcher(text);
    if (m.matches()) {
      String label = m.group(1).strip();
      Matcher pv = PERIOD_VALUE.matcher(m.group(2));
      while (pv.find()) {
        Optional<CalendarPeriod> period = period(pv.group(1));
        if (period.isPresent()) {
          add(out, label, period.get(), pv.group(2), null, location);
        }
      }
    }
    return out;
  }

  private static void add(List<ReviewMeasurement> out, String label, CalendarPeriod period, String number,
      String printed, SourceLocation location) {
    Optional<BigDecimal> value = FrenchNumbers.parse(number);
    String l = ReviewText.clean(label);
    if (value.isEmpty() || l.isEmpty()) {
      return;
    }
    Measurement.Builder b = Measurement.builder(period).value(value.get()).location(location);
    if (printed != null) {
      b.text(printed);
    }
    out.add(new ReviewMeasurement(Optional.empty(), Optional.of(l), b.build()));
  }

  private static Optional<Measurement> measurement(CalendarPeriod period, String cell, SourceLocation location) {
    String text = ReviewText.clean(cell);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Measurement.Builder b = Measurement.builder(period).location(location);
    Optional<FrenchNumbers.ReadNumber> n = FrenchNumbers.read(text);
    if (n.isPresent()) {
      b.value(n.get().value());
    } else {
      b.text(text);
    }
    return Optional.of(b.build());
  }

  /** "2010", "mars 2010", "1er semestre 2013": a period the calendar parser reads as one point. */
  private static Optional<CalendarPeriod> period(String text) {
    ActionCalendar c = CalendarParser.standard().parse(ReviewText.clean(text));
    return c.form() == CalendarForm.POINT ? c.start() : Optional.empty();
  }
}
