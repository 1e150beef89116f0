package fr.pasdecalais.schema;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.core.text.FrenchDates;
import org.schemadepartemental.io.spi.support.TextFolding;

/**
 * What the review says of the plan and of itself, in its own sentences: "Le Schéma Départemental
 * de l'Enfance et de la Famille a été adopté par l'Assemblée Départementale le 30 mai 2011. Il
 * conduit nos actions pour cinq années." (title, adoption, period) and "Ce bilan consolidé à la
 * date du 31 décembre 2012" (the review's date); failing that, the title "Bilan 2012 du Schéma…"
 * gives the 31st of December of its year. Stateless.
 */
final class ReviewFacts {
  private static final String DATE = "(\\d{1,2}\\s*(?:er)?\\s+\\p{L}+\\.?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4})";
  private static final Pattern TITLE = Pattern.compile(
      "(?iu)(sch[ée]ma\\s+d[ée]partemental\\s+(?:de\\s+l['’]\\s*enfance(?:\\s+et\\s+de\\s+la\\s+famille)?"
          + "|de\\s+pr[ée]vention\\s+et\\s+de\\s+protection\\s+de\\s+l['’]\\s*enfance))");
  private static final Pattern ADOPTION = Pattern.compile(
      "(?iu)adopt[ée]e?s?\\s+(?:par\\s+[^.]{0,80}?\\s+)?le\\s+" + DATE);
  private static final Pattern DURATION = Pattern.compile(
      "(?iu)(?:pour|sur|durant|pendant)\\s+(\\p{L}+|\\d{1,2})\\s+(?:ann[ée]es|ans)\\b");
  private static final Pattern REVIEW_DATE = Pattern.compile(
      "(?iu)bilan[^.]{0,80}?(?:[àa]\\s+la\\s+date\\s+du|arr[êe]t[ée]\\s+au|au)\\s+" + DATE);
  /** "Bilan 2012 du Schéma départemental…": the review's title, printed as a page footer. */
  static final Pattern REVIEW_TITLE = Pattern.compile("(?iu)^bilan\\s+((?:19|20)\\d{2})\\s+du\\s+sch[ée]ma\\b.*$");
  private static final Map<String, Integer> NUMBER_WORDS = Map.of(
      "deux", 2, "trois", 3, "quatre", 4, "cinq", 5, "six", 6, "sept", 7, "huit", 8, "neuf", 9, "dix", 10);

  private ReviewFacts() {}

  /** The plan's title as printed ("Schéma Départemental de l'Enfance et de la Famille"). */
  static Optional<String> planTitle(String text) {
    Matcher m = TITLE.matcher(text);
    return m.find() ? Optional.of(ReviewText.clean(m.group(1))) : Optional.empty();
  }

  /** The date the plan was adopted, from the first "adopté … le 30 mai 2011". */
  static Optional<LocalDate> adoption(String text) {
    Matcher m = ADOPTION.matcher(text);
    while (m.find()) {
      Optional<LocalDate> d = FrenchDates.parse(m.group(1));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * The plan's years: from the adoption year to that year plus the duration stated just after
   * the adoption ("Il conduit nos actions pour cinq années": adopted in May 2011, it runs to 2016).
   */
  static Optional<YearRange> period(String text) {
    Matcher adopted = ADOPTION.matcher(text);
    while (adopted.find()) {
      Optional<LocalDate> date = FrenchDates.parse(adopted.group(1));
      if (date.isEmpty()) {
        continue;
      }
      Matcher m = DURATION.matcher(text.substring(adopted.start(), Math.min(text.length(), adopted.end() + 300)));
      while (m.find()) {
        String n = TextFolding.fold(m.group(1));
        Integer years = NUMBER_WORDS.get(n);
        if (years == null && n.matches("\\d{1,2}")) {
          years = Integer.parseInt(n);
        }
        if (years != null && years >= 2 && years <= 10) {
          int first = date.get().getYear();
          return Optional.of(new YearRange(first, first + years));
        }
      }
    }
    return Optional.empty();
  }

  /** The date the review speaks as of: "bilan … à la date du 31 décembre 2012", else "Bilan 2012" → 31/12/2012. */
  static Optional<LocalDate> reviewDate(String text) {
    Matcher m = REVIEW_DATE.matcher(text);
    while (m.find()) {
      Optional<LocalDate> d = FrenchDates.parse(m.group(1));
      if (d.isPresent()) {
        return d;
      }
    }
    for (String line : text.split("\n")) {
      Matcher t = REVIEW_TITLE.matcher(ReviewText.clean(line));
      if (t.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(t.group(1)), 12, 31));
      }
    }
    return Optional.empty();
  }
}
