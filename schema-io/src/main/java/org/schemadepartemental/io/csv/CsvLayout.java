package org.schemadepartemental.io.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The layouts of the CSV format, chosen on write by the property {@value #PROPERTY} of the
 * {@link org.schemadepartemental.io.WriteOptions} ({@code plan} by default) and recognised on
 * read from the header (or forced by the same property of the {@link
 * org.schemadepartemental.io.ReadOptions}).
 */
public enum CsvLayout {

  /**
   * One row per sous-action, or per fiche when it has none, or per orientation when it has no
   * fiche: orientation, fiche, sous-action, calendars, pilots and partners.
   */
  PLAN("plan", List.of("orientationCode", "orientationTitle", "orientationKind", "ficheId", "ficheNumber",
      "ficheTitle", "ficheCalendar", "pilots", "partners", "sousActionId", "sousActionTitle", "sousActionCalendar")),

  /**
   * One row per measured value of an indicator (indicator id, period, value, numerator,
   * denominator, territory, source, comment, text); an indicator with no value gets one row with
   * its id and label only, to be filled in.
   */
  MEASUREMENTS("measurements", List.of("indicatorId", "indicatorLabel", "period", "value", "numerator",
      "denominator", "territory", "source", "comment", "text"));

  /** The property naming the layout: {@code csv.layout=measurements}. */
  public static final String PROPERTY = "csv.layout";

  /** The property naming the delimiter to write or read: {@code csv.delimiter=;}. */
  public static final String DELIMITER_PROPERTY = "csv.delimiter";

  private final String id;
  private final List<String> columns;

  CsvLayout(String id, List<String> columns) {
    this.id = id;
    this.columns = columns;
  }

  /** The name used in the {@value #PROPERTY} property. */
  public String id() {
    return id;
  }

  /** The header, in the order written. */
  public List<String> columns() {
    return columns;
  }

  /** The layout with this name, if any. */
  public static Optional<CsvLayout> byId(String id) {
    return Arrays.stream(values()).filter(l -> l.id.equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
  }

  /** {@code plan or measurements}, for messages. */
  static String choices() {
    return Arrays.stream(values()).map(CsvLayout::id).collect(Collectors.joining(" or "));
  }
}
