package org.schemadepartemental.io.csv;

/**
 * Neutralises the cells a spreadsheet would run as a formula (CSV injection): a text cell
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return, a NUL or a line
 * feed is written with a leading apostrophe, which spreadsheets show as text. A cell that already
 * starts with an apostrophe gets one more, so that reading removes exactly what writing added and
 * the round trip stays exact. Numeric columns are not guarded: a number, negative or not, stays a
 * number.
 */
final class FormulaGuard {

  private static final char MARK = '\'';

  private FormulaGuard() {}

  /** The cell as written. */
  static String protect(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return isTrigger(first) || first == MARK ? MARK + cell : cell;
  }

  /** The cell as read: the apostrophe {@link #protect} added is removed. */
  static String unprotect(String cell) {
    if (cell.length() >= 2 && cell.charAt(0) == MARK && (isTrigger(cell.charAt(1)) || cell.charAt(1) == MARK)) {
      return cell.substring(1);
    }
    return cell;
  }

  private static boolean isTrigger(char c) {
    // NUL too: some spreadsheets drop a leading NUL and would then see the formula behind it.
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' || c == '\u0000';
  }
}
