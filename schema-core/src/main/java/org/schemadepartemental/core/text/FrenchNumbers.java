package org.schemadepartemental.core.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as French documents print them: spaces (also no-break and narrow no-break) between
 * thousands, a decimal comma, an optional percent sign and an optional "about" sign: "4 149",
 * "16 533", "87 %", "87,5%", "≈87 %", "0,5", "-3", "1.234" (dot between thousands). Stateless;
 * never throws.
 */
public final class FrenchNumbers {

  /**
   * A number read from text.
   *
   * @param value the value (87 for "87 %": the percent sign is not applied)
   * @param percent whether the text ended with a percent sign
   * @param approximate whether the text was qualified as approximate ("≈", "~", "environ", "env.")
   */
  public record ReadNumber(BigDecimal value, boolean percent, boolean approximate) {}

  private static final String SPACES = "[ \\u00a0\\u202f\\u2009\\u2007]";
  // Integer part: plain digits, or groups of three after 1-3 digits, separated by one kind of space or dots.
  private static final Pattern NUMBER = Pattern.compile(
      "([-+\\u2212])?\\s*(\\d{1,3}(?:" + SPACES + "\\d{3})+|\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:[,.](\\d+))?");
  private static final Pattern APPROXIMATE = Pattern.compile("^(?:≈|~|environ|env\\.|près de|pres de)\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DOTTED_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
  private static final Pattern GROUP_SEPARATORS = Pattern.compile("[ .]");
  private static final Pattern PERCENT = Pattern.compile("\\s*(?:%|pour\\s*cent)$", Pattern.CASE_INSENSITIVE);

  /** Longer texts are not numbers (empty): the patterns would take quadratic time on a long run of spaces. */
  public static final int MAX_TEXT_LENGTH = 100;

  private FrenchNumbers() {}

  /** The value of the text, when it is a number as described above; empty otherwise (and for null). */
  public static Optional<BigDecimal> parse(String text) {
    return read(text).map(ReadNumber::value);
  }

  /** The number with its percent and approximation marks, when the text is one; empty otherwise. */
  public static Optional<ReadNumber> read(String text) {
    if (text == null || text.length() > MAX_TEXT_LENGTH) {
      return Optional.empty();
    }
    String s = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ').replace('\u2007', ' ')
        .strip();
    boolean approximate = false;
    Matcher a = APPROXIMATE.matcher(s);
    if (a.find()) {
      approximate = true;
      s = s.substring(a.end());
    }
    boolean percent = false;
    Matcher p = PERCENT.matcher(s);
    if (p.find()) {
      percent = true;
      s = s.substring(0, p.start()).strip();
    }
    Matcher m = NUMBER.matcher(s);
    if (s.isEmpty() || !m.matches()) {
      return Optional.empty();
    }
    String integer = m.group(2);
    String fraction = m.group(3);
    if (fraction != null && DOTTED_THOUSANDS.matcher(integer).matches() && s.charAt(m.end(2)) == '.') {
      return Optional.empty(); // "1.234.5": dots cannot be both group and decimal separators
    }
    String digits = GROUP_SEPARATORS.matcher(integer).replaceAll("");
    // "1.234" is 1234 (dot between thousands), "1.5" and "87.25" are decimals.
    String plain = fraction == null ? digits : digits + "." + fraction;
    BigDecimal value = new BigDecimal(plain);
    String sign = m.group(1);
    if (sign != null && !sign.equals("+")) {
      value = value.negate();
    }
    return Optional.of(new ReadNumber(value, percent, approximate));
  }

  /**
   * The French writing of a value: no-break spaces between thousands and a decimal comma
   * ("4\u00a0149", "87,5", "-1\u00a0234,05"), which {@link #parse} reads back to an equal value.
   */
  public static String format(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        grouped.append('\u00a0');
      }
      grouped.append(integer.charAt(i));
    }
    return (v.signum() < 0 ? "-" : "") + grouped + (dot < 0 ? "" : "," + plain.substring(dot + 1));
  }
}
