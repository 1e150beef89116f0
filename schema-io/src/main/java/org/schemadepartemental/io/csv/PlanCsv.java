package org.schemadepartemental.io.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Ids;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.calendar.CalendarParser;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.ProblemSeverity;
import org.schemadepartemental.io.ReadLimits;
import org.schemadepartemental.io.ReadOptions;
import org.schemadepartemental.io.ReadProblem;
import org.schemadepartemental.io.SchemaReadException;
import org.schemadepartemental.io.csv.CsvTables.Cell;
import org.schemadepartemental.io.csv.CsvTables.Columns;
import org.schemadepartemental.io.csv.CsvTables.Row;
import org.schemadepartemental.io.csv.CsvTables.Table;
import org.schemadepartemental.io.internal.EnumNames;
import org.schemadepartemental.io.internal.PlanCounter;

/**
 * The {@code plan} layout: one row per sous-action, per fiche without sous-action, or per
 * orientation without fiche, the orientation and fiche columns repeated on each of their rows.
 * Reading groups rows by orientation code and fiche id (or number), in order of first
 * appearance; a repeated value that differs from its first occurrence is reported and the first
 * kept. Calendars are read back from their text by the {@link CalendarParser}.
 */
final class PlanCsv {

  private static final List<String> REQUIRED = List.of("orientationCode", "orientationTitle", "ficheNumber", "ficheTitle");

  private PlanCsv() {}

  /** The rows of a plan, header excluded, every text cell guarded against formulas. */
  static List<List<String>> rows(Schema plan) {
    List<List<String>> rows = new ArrayList<>();
    for (Orientation o : plan.orientations()) {
      if (o.fiches().isEmpty()) {
        rows.add(row(o, null, null));
      }
      for (Fiche f : o.fiches()) {
        if (f.sousActions().isEmpty()) {
          rows.add(row(o, f, null));
        }
        for (SousAction a : f.sousActions()) {
          rows.add(row(o, f, a));
        }
      }
    }
    return rows;
  }

  private static List<String> row(Orientation o, Fiche f, SousAction a) {
    List<String> cells = List.of(
        o.code(), o.title(), EnumNames.toKebab(o.kind()),
        f == null ? "" : f.id(), f == null ? "" : f.number(), f == null ? "" : f.title(),
        f == null ? "" : f.calendar().text(),
        f == null ? "" : ActorCells.join(f.pilots()), f == null ? "" : ActorCells.join(f.partners()),
        a == null ? "" : a.id(), a == null ? "" : a.title(), a == null ? "" : a.calendar().text());
    return cells.stream().map(FormulaGuard::protect).toList();
  }

  /** Reads the plan of a table whose header is of the plan layout. */
  static Schema read(Table table, ReadOptions options, List<ReadProblem> problems) {
    Columns columns = CsvTables.columns(table, CsvLayout.PLAN, REQUIRED, options, problems);
    return new Assembler(table, columns, problems, options.limits()).assemble(table.rows(), options);
  }

  /** Groups the rows into orientations, fiches and sous-actions. */
  private static final class Assembler {
    private final Table table;
    private final Columns columns;
    private final List<ReadProblem> problems;
    private final Map<String, OrientationRows> orientations = new LinkedHashMap<>();
    private final Map<String, String> ficheOrientation = new LinkedHashMap<>();
    private final PlanCounter counter;

    Assembler(Table table, Columns columns, List<ReadProblem> problems, ReadLimits limits) {
      this.table = table;
      this.columns = columns;
      this.problems = problems;
      this.counter = new PlanCounter(limits);
    }

    Schema assemble(List<Row> rows, ReadOptions options) {
      for (Row row : rows) {
        add(row);
      }
      String name = baseName(table.source());
      String id = options.planId().orElse(Ids.slug(name));
      problems.add(new ReadProblem(ProblemSeverity.INFO, "csv.plan-identity", InputLocation.of(table.source()),
          "a CSV does not carry the plan's id and title: id '" + id + "' and title '" + name
              + "' were taken from " + (options.planId().isPresent() ? "the options and " : "") + "the file name",
          Optional.empty()));
      Schema.Builder b = Schema.builder(id, name);
      options.departement().ifPresent(b::departement);
      options.period().ifPresent(b::period);
      orientations.values().forEach(o -> b.addOrientation(o.build()));
      return b.build();
    }

    private void add(Row row) {
      Cell code = cell(row, "orientationCode");
      if (code.isBlank()) {
        throw new SchemaReadException(at(row, code), "missing orientation code", "the code of the orientation of this row");
      }
      OrientationRows orientation = orientations.get(code.text().strip());
      if (orientation == null) {
        orientation = new OrientationRows(code.text().strip(), required(row, "orientationTitle", "the orientation's title"),
            kind(row));
        orientations.put(orientation.code, orientation);
      } else {
        same(orientation.title, row, "orientationTitle", "orientation " + orientation.code);
        Cell kind = cell(row, "orientationKind");
        if (!kind.isBlank() && kind(row) != orientation.kind) {
          conflict(kind, "orientationKind", "orientation " + orientation.code, EnumNames.toKebab(orientation.kind));
        }
      }
      Cell number = cell(row, "ficheNumber");
      Cell ficheId = cell(row, "ficheId");
      Cell title = cell(row, "sousActionTitle");
      if (number.isBlank() && ficheId.isBlank() && cell(row, "ficheTitle").isBlank()) {
        if (!title.isBlank() || !cell(row, "sousActionId").isBlank()) {
          throw new SchemaReadException(at(row, number), "a sous-action without its fiche", "the fiche's number and title");
        }
        return; // an orientation with no fiche
      }
      String id = ficheId.isBlank() ? Ids.fiche(required(row, "ficheNumber", "the fiche's number")) : ficheId.text().strip();
      String owner = ficheOrientation.putIfAbsent(id, orientation.code);
      OrientationRows home = owner == null ? orientation : orientations.get(owner);
      if (owner != null && !owner.equals(orientation.code)) {
        problems.add(new ReadProblem(ProblemSeverity.WARNING, "csv.conflicting-value", at(row, code),
            "fiche " + id + " is listed under orientation " + orientation.code + " but under " + owner
                + " before; kept under " + owner, Optional.empty()));
      }
      FicheRows fiche = home.fiches.get(id);
      if (fiche == null) {
        counter.fiche(() -> at(row, number));
        fiche = new FicheRows(id, required(row, "ficheNumber", "the fiche's number"),
            required(row, "ficheTitle", "the fiche's title"));
        home.fiches.put(id, fiche);
      } else {
        same(fiche.number, row, "ficheNumber", "fiche " + id);
        same(fiche.title, row, "ficheTitle", "fiche " + id);
      }
      fiche.calendar = once(fiche.calendar, row, "ficheCalendar", "fiche " + id);
      fiche.pilots = once(fiche.pilots, row, "pilots", "fiche " + id);
      fiche.partners = once(fiche.partners, row, "partners", "fiche " + id);
      Cell sousActionId = cell(row, "sousActionId");
      if (title.isBlank()) {
        if (!sousActionId.isBlank() || !cell(row, "sousActionCalendar").isBlank()) {
          throw new SchemaReadException(at(row, title), "a sous-action without title", "the sous-action's title");
        }
        return;
      }
      String saId = sousActionId.isBlank() ? Ids.sousAction(id, fiche.sousActions.size() + 1) : sousActionId.text().strip();
      if (fiche.sousActions.containsKey(saId)) {
        throw new SchemaReadException(at(row, sousActionId.isBlank() ? title : sousActionId),
            "sous-action " + saId + " listed twice in fiche " + id, "one row per sous-action");
      }
      counter.sousActions(1, () -> at(row, title));
      ActionCalendar calendar = CalendarParser.standard().parse(cell(row, "sousActionCalendar").text());
      fiche.sousActions.put(saId, SousAction.of(saId, title.text(), calendar));
    }

    private OrientationKind kind(Row row) {
      Cell kind = cell(row, "orientationKind");
      if (kind.isBlank()) {
        return OrientationKind.UNSPECIFIED;
      }
      return EnumNames.fromKebab(OrientationKind.class, kind.text().strip())
          .orElseThrow(() -> new SchemaReadException(at(row, kind), "invalid orientation kind \"" + kind.text() + "\"",
              EnumNames.choices(OrientationKind.class)));
    }

    private String required(Row row, String column, String expected) {
      Cell cell = cell(row, column);
      if (cell.isBlank()) {
        throw new SchemaReadException(at(row, cell), "empty cell in column '" + column + "'", expected);
      }
      return cell.text();
    }

    /** The first non-blank value of a repeated column; a later different one is reported. */
    private Cell once(Cell first, Row row, String column, String owner) {
      Cell cell = cell(row, column);
      if (first == null || first.isBlank()) {
        return cell;
      }
      if (!cell.isBlank() && !cell.text().equals(first.text())) {
        conflict(cell, column, owner, first.text());
      }
      return first;
    }

    private void same(String first, Row row, String column, String owner) {
      Cell cell = cell(row, column);
      if (!cell.isBlank() && !cell.text().strip().equals(first)) {
        conflict(cell, column, owner, first);
      }
    }

    private void conflict(Cell cell, String column, String owner, String kept) {
      problems.add(new ReadProblem(ProblemSeverity.WARNING, "csv.conflicting-value", table.at(cell),
          owner + ": " + column + " \"" + cell.text() + "\" differs from an earlier row; kept \"" + kept + "\"",
          Optional.empty()));
    }

    private Cell cell(Row row, String column) {
      return columns.cell(row, column);
    }

    private InputLocation at(Row row, Cell cell) {
      return cell.column() > 0 ? table.at(cell) : InputLocation.at(table.source(), row.line());
    }
  }

  private static String baseName(String source) {
    String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return base.isBlank() ? "plan" : base;
  }

  /** An orientation being read. */
  private static final class OrientationRows {
    final String code;
    final String title;
    final OrientationKind kind;
    final Map<String, FicheRows> fiches = new LinkedHashMap<>();

    OrientationRows(String code, String title, OrientationKind kind) {
      this.code = code;
      this.title = title.strip();
      this.kind = kind;
    }

    Orientation build() {
      Orientation.Builder b = Orientation.builder(code, title).kind(kind);
      fiches.values().forEach(f -> b.addFiche(f.build()));
      return b.build();
    }
  }

  /** A fiche being read. */
  private static final class FicheRows {
    final String id;
    final String number;
    final String title;
    Cell calendar;
    Cell pilots;
    Cell partners;
    final Map<String, SousAction> sousActions = new LinkedHashMap<>();

    FicheRows(String id, String number, String title) {
      this.id = id;
      this.number = number.strip();
      this.title = title.strip();
    }

    Fiche build() {
      Fiche.Builder b = Fiche.builder(number, title).id(id)
          .calendar(CalendarParser.standard().parse(calendar == null ? "" : calendar.text()))
          .sousActions(List.copyOf(sousActions.values()));
      actors(pilots).forEach(b::addPilot);
      actors(partners).forEach(b::addPartner);
      return b.build();
    }

    private static List<Actor> actors(Cell cell) {
      return cell == null ? List.of() : ActorCells.split(cell.text());
    }
  }
}
