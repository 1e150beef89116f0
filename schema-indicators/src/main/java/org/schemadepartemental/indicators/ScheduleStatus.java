package org.schemadepartemental.indicators;

import java.util.Locale;

/**
 * Where a sous-action, fiche or orientation stands against its calendar at a date. The
 * {@code schedule-status} calculator gives these as {@link ResultValue.Code} values.
 *
 * @since 0.1
 */
public enum ScheduleStatus {
  /** Its planned start is after the date. */
  NOT_YET_DUE("not yet due"),
  /** Its planned start has passed, but the latest review says it has not started. */
  SHOULD_HAVE_STARTED("should have started"),
  /** Within its planned period (or said to be under way), not done. */
  RUNNING("running"),
  /** Its planned end has passed and it is not done (or the latest review says it is late). */
  LATE("late"),
  /** The latest review says it is done. */
  DONE("done"),
  /** No dates to judge by ("A définir", no calendar, a calendar that could not be read). */
  UNSCHEDULED("unscheduled"),
  /** Abandoned, merged or replaced: left out of roll-ups. */
  CLOSED("closed");

  private final String label;
  /** Made once: a plan's schedule gives one per sous-action, fiche and orientation. */
  private final ResultValue value;

  ScheduleStatus(String label) {
    this.label = label;
    this.value = ResultValue.code(name(), label);
  }

  /** The label shown to users ({@code should have started}). */
  public String label() {
    return label;
  }

  /** The status as a result value: code {@code LATE}, label {@code late}. */
  public ResultValue toValue() {
    return value;
  }

  /** The status named by a code ({@code LATE}, {@code late}, {@code not-yet-due}). */
  public static ScheduleStatus fromCode(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
  }
}
