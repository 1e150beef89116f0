package org.schemadepartemental.io.internal;

import org.schemadepartemental.core.CalendarPeriod;

/**
 * The calendar periods of one read, by their text: a plan's ten thousand measurements name a few
 * dozen periods, so each text is parsed once and its period shared, and a text is looked up from
 * the parser's characters without becoming a string. Texts of up to seven printable ASCII
 * characters (every canonical period) are remembered; any other goes straight to {@link
 * CalendarPeriod#parse}, which decides in every case. One per read; not thread-safe.
 */
public final class PeriodTexts {
  /** The longest text remembered: seven characters of eight bits fit a {@code long} key. */
  private static final int MAX_KEYED_LENGTH = 7;

  /** Open addressing on the key; a key is never 0, which marks a free slot. */
  private long[] keys = new long[64];
  private CalendarPeriod[] periods = new CalendarPeriod[64];
  private int size;

  /** An empty memo. */
  public PeriodTexts() {}

  /**
   * The period spelled by {@code length} characters of {@code chars} from {@code offset}, as
   * {@link CalendarPeriod#parse} reads it.
   *
   * @throws IllegalArgumentException when it is not a period; such a text is not remembered
   */
  public CalendarPeriod parse(char[] chars, int offset, int length) {
    long key = key(chars, offset, length);
    if (key == 0) {
      return CalendarPeriod.parse(new String(chars, offset, length));
    }
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (keys[slot] != 0) {
      if (keys[slot] == key) {
        return periods[slot];
      }
      slot = (slot + 1) & mask;
    }
    CalendarPeriod period = CalendarPeriod.parse(new String(chars, offset, length));
    keys[slot] = key;
    periods[slot] = period;
    if (++size * 2 > keys.length) {
      grow();
    }
    return period;
  }

  /** How many texts are remembered. */
  public int size() {
    return size;
  }

  /**
   * The characters as one number, 8 bits each; 0 when they are not all printable ASCII or too
   * many. No character is 0, so texts of different lengths never share a key.
   */
  private static long key(char[] chars, int offset, int length) {
    if (length > MAX_KEYED_LENGTH) {
      return 0;
    }
    long key = 0;
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      if (c <= ' ' || c > '~') {
        return 0;
      }
      key = key << 8 | c;
    }
    return key;
  }

  private static int slot(long key, int mask) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    CalendarPeriod[] oldPeriods = periods;
    keys = new long[oldKeys.length * 2];
    periods = new CalendarPeriod[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i], mask);
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        periods[slot] = oldPeriods[i];
      }
    }
  }
}
