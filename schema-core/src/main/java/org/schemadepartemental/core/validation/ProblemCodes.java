package org.schemadepartemental.core.validation;

/**
 * The codes of the problems the {@link StandardRule}s report, with their severity. The codes are
 * stable: tools filter on them and documentation lists them.
 */
public final class ProblemCodes {
  private ProblemCodes() {}

  /** ERROR: two orientations have the same code. */
  public static final String DUPLICATE_ORIENTATION_CODE = "duplicate-orientation-code";
  /** ERROR: two fiches have the same number ("6" and "FA 6" are the same number). */
  public static final String DUPLICATE_FICHE_NUMBER = "duplicate-fiche-number";
  /** ERROR: two fiches with different numbers have the same id. */
  public static final String DUPLICATE_FICHE_ID = "duplicate-fiche-id";
  /** ERROR: two sous-actions of the plan have the same id. */
  public static final String DUPLICATE_SOUS_ACTION_ID = "duplicate-sous-action-id";
  /** ERROR: two indicators of the plan have the same id. */
  public static final String DUPLICATE_INDICATOR_ID = "duplicate-indicator-id";
  /** ERROR: two reviews have the same id. */
  public static final String DUPLICATE_REVIEW_ID = "duplicate-review-id";
  /** INFO: the plan states no period, so no date can be checked against it. */
  public static final String PLAN_WITHOUT_PERIOD = "plan-without-period";
  /** WARNING: a fiche, sous-action or working-group calendar lies (partly) outside the plan period. */
  public static final String CALENDAR_OUTSIDE_PERIOD = "calendar-outside-period";
  /** WARNING: a measurement (of an indicator or recorded by a review) is of a period outside the plan. */
  public static final String MEASUREMENT_OUTSIDE_PERIOD = "measurement-outside-period";
  /** WARNING: a target is due outside the plan period. */
  public static final String TARGET_OUTSIDE_PERIOD = "target-outside-period";
  /** ERROR: a fiche refers to a fiche number the plan does not have ("cf. FA 13"). */
  public static final String UNKNOWN_CROSS_REFERENCE = "unknown-cross-reference";
  /** WARNING: an indicator has a target but no baseline to measure progress from. */
  public static final String TARGET_WITHOUT_BASELINE = "target-without-baseline";
  /** WARNING: a title or label with no letter nor digit, or longer than 500 characters. */
  public static final String SUSPICIOUS_TITLE = "suspicious-title";
  /** ERROR: a review entry is about a fiche id the plan does not have. */
  public static final String UNKNOWN_REVIEW_FICHE = "unknown-review-fiche";
  /** ERROR: a review entry is about a sous-action the fiche does not have. */
  public static final String UNKNOWN_REVIEW_SOUS_ACTION = "unknown-review-sous-action";
  /** ERROR: a review records a figure for an indicator id the plan does not have. */
  public static final String UNKNOWN_REVIEW_INDICATOR = "unknown-review-indicator";
  /** ERROR: a review entry's status is not a code of the plan's status vocabulary. */
  public static final String UNKNOWN_REVIEW_STATUS = "unknown-review-status";
  /** ERROR: a fiche's lifecycle (merged with, replaced by) names a fiche id the plan does not have. */
  public static final String UNKNOWN_LIFECYCLE_FICHE = "unknown-lifecycle-fiche";
  /** ERROR: a fiche's lifecycle names the fiche itself. */
  public static final String LIFECYCLE_SELF_REFERENCE = "lifecycle-self-reference";
  /** INFO: a fiche is merged or replaced but the related fiches are not given. */
  public static final String LIFECYCLE_WITHOUT_RELATED = "lifecycle-without-related";
  /** ERROR: an indicator's formula names an indicator id the plan does not have. */
  public static final String UNKNOWN_FORMULA_INDICATOR = "unknown-formula-indicator";
  /** ERROR: an indicator's formula uses the indicator itself. */
  public static final String FORMULA_SELF_REFERENCE = "formula-self-reference";
  /** INFO: a calendar text could not be read; it is kept as written. */
  public static final String UNPARSED_CALENDAR = "unparsed-calendar";
  /** INFO: a fiche names no pilot. */
  public static final String FICHE_WITHOUT_PILOT = "fiche-without-pilot";
  /** ERROR: a validation rule failed with an exception (a bug in the rule, reported, not thrown). */
  public static final String RULE_FAILED = "rule-failed";
}
