package org.schemadepartemental.io.spi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.CalendarPeriod;
import org.schemadepartemental.core.calendar.CalendarFormatter;

/**
 * Reads the calendar grids of plans: a header of years ("2018 | 2019 | 2020 | 2021"), usually a
 * header of semesters under it ("S1 | S2 | S1 | S2 …"), and rows of a label followed by one cell
 * per column, marked "X" where work is planned. Rows may come one per line or flattened one
 * after the other in a single line: each text cell starts a row, and the cells after it are the
 * columns in order.
 */
public final class SemesterGrid {
  private static final Pattern YEAR = Pattern.compile("(?:19|20|21)\\d{2}");
  private static final Pattern SEMESTER = Pattern.compile("(?i)s\\s*[12]|(?:1er|2e|2nd|2eme|2ème|1|2)\\s*sem(?:estre)?\\.?");
  private static final Set<String> MARKS = Set.of("x", "✓", "✔", "●", "■", "oui", "•", "xx");

  private final List<List<CalendarPeriod>> columns;

  private SemesterGrid(List<List<CalendarPeriod>> columns) {
    this.columns = List.copyOf(columns);
  }

  /**
   * A grid of these years: two semester columns per year when {@code semesterColumns}, else one
   * column per year standing for both its semesters.
   */
  public static SemesterGrid of(List<Integer> years, boolean semesterColumns) {
    List<List<CalendarPeriod>> cols = new ArrayList<>();
    for (int y : years) {
      if (semesterColumns) {
        cols.add(List.of(CalendarPeriod.semester(y, 1)));
        cols.add(List.of(CalendarPeriod.semester(y, 2)));
      } else {
        cols.add(List.of(CalendarPeriod.semester(y, 1), CalendarPeriod.semester(y, 2)));
      }
    }
    return new SemesterGrid(cols);
  }

  /** The number of columns. */
  public int columnCount() {
    return columns.size();
  }

  /** Whether a cell marks a column ("X", "x", "✓", "●", "oui"). */
  public static boolean isMark(String cell) {
    return MARKS.contains(TextFolding.fold(HtmlFragments.stripTags(cell)));
  }

  /** The years of a header row: the non-blank cells, when they are all years and at least two. */
  public static Optional<List<Integer>> years(List<String> cells) {
    List<Integer> years = new ArrayList<>();
    for (String c : cells) {
      String s = HtmlFragments.stripTags(c);
      if (s.isEmpty()) {
        continue;
      }
      if (!YEAR.matcher(s).matches()) {
        return Optional.empty();
      }
      years.add(Integer.parseInt(s));
    }
    return years.size() >= 2 ? Optional.of(years) : Optional.empty();
  }

  /** Whether a row is a header of semesters: non-blank cells all "S1"/"S2", at least two. */
  public static boolean isSemesterRow(List<String> cells) {
    int n = 0;
    for (String c : cells) {
      String s = HtmlFragments.stripTags(c);
      if (s.isEmpty()) {
        continue;
      }
      if (!SEMESTER.matcher(s).matches()) {
        return false;
      }
      n++;
    }
    return n >= 2;
  }

  /** Whether a cell is part of a header (a year or a semester label). */
  public static boolean isHeaderCell(String cell) {
    String s = HtmlFragments.stripTags(cell);
    return YEAR.matcher(s).matches() || SEMESTER.matcher(s).matches();
  }

  /**
   * A row of a grid: its label and, per column, whether it is marked.
   *
   * @param label the label, as printed (tags stripped)
   * @param marks one entry per cell after the label, true where marked
   */
  public record Row(String label, List<Boolean> marks) {
    /** Copies the marks. */
    public Row {
      marks = List.copyOf(marks);
    }
  }

  /**
   * The rows in a sequence of cells: every text cell that {@code ignore} does not reject (header
   * cells, a section label) starts a row; the cells after it until the next text cell are its
   * columns.
   */
  public static List<Row> rows(List<String> cells, Predicate<String> ignore) {
    List<Row> rows = new ArrayList<>();
    String label = null;
    List<Boolean> marks = new ArrayList<>();
    for (String cell : cells) {
      String s = HtmlFragments.stripTags(cell);
      if (s.isEmpty() || isMark(s)) {
        if (label != null) {
          marks.add(!s.isEmpty());
        }
        continue;
      }
      if (isHeaderCell(s) || ignore.test(s)) {
        continue;
      }
      if (label != null) {
        rows.add(new Row(label, marks));
      }
      label = s;
      marks = new ArrayList<>();
    }
    if (label != null) {
      rows.add(new Row(label, marks));
    }
    return rows;
  }

  /**
   * The calendar of a row: the semesters of its marked columns as a grid (canonical text "2018-S2,
   * 2019-S1"), or no calendar when nothing is marked. Marks beyond the last column are ignored.
   */
  public ActionCalendar calendar(Row row) {
    Set<CalendarPeriod> semesters = new TreeSet<>();
    for (int i = 0; i < row.marks().size() && i < columns.size(); i++) {
      if (row.marks().get(i)) {
        semesters.addAll(columns.get(i));
      }
    }
    if (semesters.isEmpty()) {
      return ActionCalendar.none();
    }
    ActionCalendar grid = ActionCalendar.grid("", semesters);
    return grid.withText(CalendarFormatter.format(grid));
  }
}
