package org.schemadepartemental.core.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem a {@link SchemaValidator} found in a plan, in the order the rules found them
 * (rule by rule, each in document order).
 *
 * @param problems the problems
 */
public record ValidationReport(List<ValidationProblem> problems) {

  /** Copies the problems. */
  public ValidationReport {
    problems = ImmutableList.copyOf(problems);
  }

  /** Whether any problem is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** Whether no problem at all was found. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** The number of problems of this severity. */
  public long count(Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).count();
  }

  /** The problems of this severity. */
  public List<ValidationProblem> withSeverity(Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).toList();
  }

  /** The problems with this code. */
  public List<ValidationProblem> withCode(String code) {
    return problems.stream().filter(p -> p.code().equals(code)).toList();
  }

  /** The problems at this path or below it. */
  public List<ValidationProblem> under(ModelPath path) {
    return problems.stream().filter(p -> p.path().startsWith(path)).toList();
  }

  /** "2 errors, 1 warning, 0 infos" followed by one problem per line. */
  @Override
  public String toString() {
    String head = count(Severity.ERROR) + " errors, " + count(Severity.WARNING) + " warnings, "
        + count(Severity.INFO) + " infos";
    return problems.isEmpty()
        ? head
        : head + problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
