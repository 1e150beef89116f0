package org.schemadepartemental.indicators.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.schemadepartemental.core.ReviewStatus;
import org.schemadepartemental.core.StatusCategory;

/**
 * What the latest review known at a date says about a fiche or sous-action: its status, and
 * the progress it recorded.
 *
 * @param reviewId the review the entry comes from
 * @param reviewDate that review's date
 * @param status the status, when the entry gives one the vocabulary knows
 * @param unknownStatus the status text, when the entry gives one the vocabulary does not know
 * @param recordedProgress the progress percentage the entry records, when it does
 * @param fromFiche whether the reading is the fiche's, applied to a sous-action with no entry of its own
 * @since 0.1
 */
public record StatusReading(
    String reviewId,
    LocalDate reviewDate,
    Optional<ReviewStatus> status,
    Optional<String> unknownStatus,
    Optional<BigDecimal> recordedProgress,
    boolean fromFiche) {

  /** Checks the fields. */
  public StatusReading {
    Objects.requireNonNull(reviewId, "reviewId");
    Objects.requireNonNull(reviewDate, "reviewDate");
    status = status == null ? Optional.empty() : status;
    unknownStatus = unknownStatus == null ? Optional.empty() : unknownStatus;
    recordedProgress = recordedProgress == null ? Optional.empty() : recordedProgress;
  }

  /** The status's family, when the status is known. */
  public Optional<StatusCategory> category() {
    return status.map(ReviewStatus::category);
  }

  /** The progress: the one recorded, else the status's default percentage; empty when neither. */
  public Optional<BigDecimal> progress() {
    return recordedProgress.isPresent() ? recordedProgress : status.flatMap(ReviewStatus::defaultProgress);
  }

  /** Whether the status closes the work (abandoned, merged, replaced). */
  public boolean isClosed() {
    return category().filter(c -> c == StatusCategory.CLOSED).isPresent();
  }

  /**
   * Whether the status says the work is finished: a {@code DONE} status, or an attainment status
   * implying 100 % ("atteint").
   */
  public boolean isDone() {
    Optional<StatusCategory> c = category();
    if (c.isEmpty()) {
      return false;
    }
    if (c.get() == StatusCategory.DONE) {
      return true;
    }
    return c.get() == StatusCategory.ATTAINMENT
        && status.flatMap(ReviewStatus::defaultProgress).filter(p -> p.compareTo(BigDecimal.valueOf(100)) == 0).isPresent();
  }

  /** "review bilan-2019-12-31: Réalisé (100 %)", for explanations. */
  public String describe() {
    StringBuilder sb = new StringBuilder(fromFiche ? "fiche status in " : "").append(reviewId).append(": ");
    if (status.isPresent()) {
      sb.append(status.get().label());
    } else if (unknownStatus.isPresent()) {
      sb.append("unknown status '").append(unknownStatus.get()).append('\'');
    } else {
      sb.append("no status");
    }
    recordedProgress.ifPresent(p -> sb.append(", ").append(p.toPlainString()).append(" % recorded"));
    return sb.toString();
  }
}
