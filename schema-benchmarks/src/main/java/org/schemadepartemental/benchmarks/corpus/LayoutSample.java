package org.schemadepartemental.benchmarks.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three document layouts the importers read, each with its sample under {@code
 * examples/seeds}, and how to make the sample {@code n} times as long: its body (the fiches, or
 * the axes of a review) is repeated {@code n} times, each copy with new numbers, after the
 * document's opening printed once.
 *
 * <p>New numbers keep within what the layout prints: the readers take fiche numbers of up to
 * three digits and axis numbers of up to two, so numbers wrap around past 999 (fiches) or 99
 * (axes): the 100× action plan holds 1,200 fiches numbered 1 to 999 then 1 to 201 again.
 */
public enum LayoutSample {

  /** Seine-Saint-Denis' summary table: axes, 19 fiches, sous-actions, calendars. */
  SUMMARY_TABLE("summary-table", "seine-saint-denis-tableau.txt",
      Pattern.compile("(?m)^\\| AXES TRANSVERSAUX"), Pattern.compile("(\\| )(\\d{1,3})(\\. )"), 19, 999),

  /** Orne's action plan: 4 orientations, 12 fiches with grids and indicators. */
  ACTION_PLAN("action-plan", "orne-plan-2017-2021.txt",
      Pattern.compile("(?m)^Synthèse des actions"), Pattern.compile("(?m)^()(\\d{1,3})(\\. )"), 12, 999),

  /** Charente-Maritime's review of its previous plan: six axes with their stakes. */
  PLAN_REVIEW("plan-review", "charente-maritime-bilan-2018-2022.txt",
      Pattern.compile("(?m)^CHAPITRE"), Pattern.compile("(Axe )(\\d{1,2})( )"), 6, 99);

  private final String formatId;
  private final String sampleName;
  private final Pattern bodyStart;
  private final Pattern number;
  private final int numbersInSample;
  private final int highestNumber;

  LayoutSample(String formatId, String sampleName, Pattern bodyStart, Pattern number, int numbersInSample,
      int highestNumber) {
    this.formatId = formatId;
    this.sampleName = sampleName;
    this.bodyStart = bodyStart;
    this.number = number;
    this.numbersInSample = numbersInSample;
    this.highestNumber = highestNumber;
  }

  /** The id of the format that reads it. */
  public String formatId() {
    return formatId;
  }

  /** The file name of the sample in {@code examples/seeds}. */
  public String sampleName() {
    return sampleName;
  }

  /**
   * The sample {@code times} times as long: the opening once, then the body {@code times} times,
   * copy {@code k} (0-based) numbering its fiches from {@code k × numbersInSample + 1}.
   *
   * @throws IllegalArgumentException when the sample has no body where expected
   */
  public String scale(String sample, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, got " + times);
    }
    Matcher start = bodyStart.matcher(sample);
    if (!start.find()) {
      throw new IllegalArgumentException(sampleName + " has no body starting with " + bodyStart.pattern());
    }
    String opening = sample.substring(0, start.start());
    String body = sample.substring(start.start());
    if (!body.endsWith("\n")) {
      body = body + "\n";
    }
    StringBuilder scaled = new StringBuilder(opening.length() + body.length() * times).append(opening);
    for (int copy = 0; copy < times; copy++) {
      scaled.append(copy == 0 ? body : renumber(body, copy * numbersInSample));
    }
    return scaled.toString();
  }

  private String renumber(String body, int shift) {
    Matcher m = number.matcher(body);
    StringBuilder out = new StringBuilder(body.length() + 64);
    while (m.find()) {
      int renumbered = (Integer.parseInt(m.group(2)) - 1 + shift) % highestNumber + 1;
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + renumbered + m.group(3)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
