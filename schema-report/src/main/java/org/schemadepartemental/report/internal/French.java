package org.schemadepartemental.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.Departement;

/** How the documents write numbers, dates and periods for a French reader. */
public final class French {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** The narrow no-break space French puts between thousands and before "%". */
  public static final String NNBSP = "\u202F";

  private French() {}

  /**
   * {@code 2 204}, {@code 62,5}, {@code 0,61}: a decimal comma, thousands grouped, at most two
   * decimals shown (the figure itself is the calculator's; only its display is rounded).
   */
  public static String number(BigDecimal value) {
    BigDecimal shown = value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_UP) : value;
    shown = shown.stripTrailingZeros();
    if (shown.scale() < 0) {
      shown = shown.setScale(0);
    }
    String plain = shown.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(NNBSP);
      }
      grouped.append(whole.charAt(i));
    }
    return (shown.signum() < 0 ? "−" : "") + grouped + fraction;
  }

  /** {@code +5}, {@code −3,5}, {@code 0}: a change, signed. */
  public static String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + number(value);
  }

  /** {@code 62,5 %}. */
  public static String percent(BigDecimal value) {
    return number(value) + NNBSP + "%";
  }

  /** A value of an indicator: {@code 48,31 %} for a percentage, a plain number otherwise. */
  public static String value(BigDecimal value, org.schemadepartemental.core.MeasureType type) {
    return type == org.schemadepartemental.core.MeasureType.PERCENTAGE ? percent(value) : number(value);
  }

  /** {@code 31/12/2019}. */
  public static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** {@code 2019}, {@code 2019 S1}, {@code 2019 T2}, {@code 06/2019}. */
  public static String period(CalendarPeriod p) {
    return switch (p.granularity()) {
      case YEAR -> Integer.toString(p.year());
      case SEMESTER -> p.year() + " S" + p.index();
      case QUARTER -> p.year() + " T" + p.index();
      case MONTH -> String.format("%02d/%d", p.index(), p.year());
    };
  }

  /** {@code Orne (61)}. */
  public static String departement(Departement d) {
    return d.name() + " (" + d.code() + ")";
  }

  /** The text cut to {@code max} characters with an ellipsis, on a word boundary when one is near. */
  public static String shorten(String text, int max) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= max) {
      return t;
    }
    int cut = t.lastIndexOf(' ', max - 1);
    if (cut < max * 2 / 3) {
      cut = max - 1;
    }
    return t.substring(0, cut).stripTrailing() + "…";
  }
}
