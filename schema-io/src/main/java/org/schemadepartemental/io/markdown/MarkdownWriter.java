package org.schemadepartemental.io.markdown;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheReference;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.calendar.CalendarFormatter;
import org.schemadepartemental.core.calendar.CalendarParser;
import org.schemadepartemental.io.SchemaWriteException;
import org.schemadepartemental.io.WriteOptions;
import org.schemadepartemental.io.spi.SchemaWriter;
import org.schemadepartemental.io.spi.support.MarkdownTables;
import org.schemadepartemental.io.spi.support.RunTogetherSplitter;

/**
 * Writes a plan as readable Markdown: the title and metadata, the summary table in the shape of
 * layout 1 (axis / fiche / sous-actions / calendar, with a section row per kind of axis), then a
 * section per fiche with everything else it carries. The summary-table reader reads the table
 * back to the same orientations (code, title, kind), fiches (number, title, calendar),
 * sous-actions and calendars.
 *
 * <p>Options: {@code markdown.details=false} leaves out the sections per fiche. Stateless.
 */
final class MarkdownWriter implements SchemaWriter {

  /** The option that turns the sections per fiche off. */
  static final String DETAILS = "markdown.details";

  @Override
  public void write(Schema schema, OutputStream out, WriteOptions options) {
    if (schema == null || out == null || options == null) {
      throw new SchemaWriteException("no plan, stream or options given");
    }
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write(render(schema, !"false".equalsIgnoreCase(options.property(DETAILS).orElse("true"))));
      w.flush();
    } catch (IOException | UncheckedIOException e) {
      throw new SchemaWriteException("cannot write the Markdown plan: " + e.getMessage(), e);
    }
  }

  static String render(Schema schema, boolean details) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(escape(schema.title())).append("\n\n");
    sb.append("- Identifiant : ").append(escape(schema.id())).append('\n');
    schema.departement().ifPresent(d -> sb.append("- Département : ").append(escape(d.name()))
        .append(" (").append(d.code()).append(")\n"));
    schema.period().ifPresent(p -> sb.append("- Période : ").append(p.first()).append('-').append(p.last()).append('\n'));
    sb.append('\n');
    table(schema, sb);
    if (details) {
      details(schema, sb);
    }
    return sb.toString();
  }

  // ------------------------------------------------------------------ the summary table

  private static void table(Schema schema, StringBuilder sb) {
    OrientationKind current = null;
    boolean first = true;
    for (Orientation o : schema.orientations()) {
      if (o.kind() != current) {
        if (!first) {
          sb.append('\n');
        }
        sb.append(MarkdownTables.row(List.of(header(o.kind()), "FICHES ACTIONS", "SOUS-ACTIONS",
            "CALENDRIER DE MISE EN ŒUVRE"))).append('\n');
        sb.append("|---|---|---|---|\n");
        current = o.kind();
        first = false;
      }
      String axisCell = escape(o.code() + " : " + o.title());
      if (o.fiches().isEmpty()) {
        row(sb, axisCell, "", "", "");
        continue;
      }
      boolean firstFiche = true;
      for (Fiche f : o.fiches()) {
        fiche(sb, firstFiche ? axisCell : "", f);
        firstFiche = false;
      }
    }
  }

  private static String header(OrientationKind kind) {
    return switch (kind) {
      case TRANSVERSAL -> "AXES TRANSVERSAUX";
      case STRATEGIC -> "AXES STRATÉGIQUES";
      case TERRITORIAL -> "AXES TERRITORIAUX";
      case UNSPECIFIED -> "AXES";
    };
  }

  /**
   * The rows of a fiche. The reader gives a fiche row's calendar to the fiche (and to its
   * sous-action too when later rows have calendars); a fiche printed on one row has its
   * sous-action cell split where sentences run together. The first sous-action shares the fiche
   * row only where these rules give it back unchanged; otherwise the fiche row holds no
   * sous-action.
   */
  private static void fiche(StringBuilder sb, String axisCell, Fiche f) {
    String ficheCell = escape(f.number() + ". " + f.title());
    String ficheCalendar = calendarText(f.calendar());
    List<SousAction> sas = f.sousActions();
    boolean laterCalendars = sas.size() > 1 && sas.subList(1, sas.size()).stream().anyMatch(s -> !calendarText(s.calendar()).isEmpty());
    boolean shareRow = !sas.isEmpty()
        && (laterCalendars ? sameMeaning(sas.get(0).calendar(), f.calendar())
            && calendarText(sas.get(0).calendar()).equals(ficheCalendar)
            : calendarText(sas.get(0).calendar()).isEmpty());
    if (shareRow && sas.size() == 1 && RunTogetherSplitter.split(sas.get(0).title()).size() > 1) {
      shareRow = false;
    }
    if (shareRow) {
      row(sb, axisCell, ficheCell, escape(sas.get(0).title()), escape(ficheCalendar));
    } else {
      row(sb, axisCell, ficheCell, "", escape(ficheCalendar));
    }
    for (int i = shareRow ? 1 : 0; i < sas.size(); i++) {
      row(sb, "", "", escape(sas.get(i).title()), escape(calendarText(sas.get(i).calendar())));
    }
  }

  private static void row(StringBuilder sb, String axis, String fiche, String sousAction, String calendar) {
    sb.append(MarkdownTables.row(List.of(axis, fiche, sousAction, calendar))).append('\n');
  }

  /**
   * The text to print for a calendar: its own text when the parser reads it back to the same
   * calendar, else the canonical text of its meaning.
   */
  static String calendarText(ActionCalendar c) {
    if (c.form() == CalendarForm.NONE) {
      return "";
    }
    if (CalendarParser.standard().parse(c.text()).equals(c)) {
      return c.text();
    }
    return CalendarFormatter.format(c);
  }

  private static boolean sameMeaning(ActionCalendar a, ActionCalendar b) {
    return a.form() == b.form() && a.start().equals(b.start()) && a.end().equals(b.end())
        && a.approximation() == b.approximation() && a.semesters().equals(b.semesters());
  }

  static String escape(String text) {
    return MarkdownTables.escapeCell(text);
  }

  // ------------------------------------------------------------------ the sections per fiche

  private static void details(Schema schema, StringBuilder sb) {
    if (schema.fiches().isEmpty()) {
      return;
    }
    sb.append("\n## Fiches actions\n");
    for (Orientation o : schema.orientations()) {
      for (Fiche f : o.fiches()) {
        sb.append("\n### Fiche ").append(escape(f.number())).append(" : ").append(escape(f.title())).append("\n\n");
        sb.append("*Orientation* : ").append(escape(o.title())).append(" (").append(escape(o.code())).append(")\n");
        o.principle().ifPresent(p -> sb.append("\n*Principe* : ").append(escape(p)).append('\n'));
        if (f.calendar().form() != CalendarForm.NONE) {
          sb.append("\n*Calendrier* : ").append(escape(calendarText(f.calendar()))).append('\n');
        }
        actors(sb, "Pilotes", f.pilots());
        actors(sb, "Partenaires associés", f.partners());
        items(sb, "Éléments de diagnostic", f.diagnostic());
        items(sb, "Objectifs", f.objectives());
        items(sb, "Objectifs opérationnels", f.operationalObjectives());
        items(sb, "Déclinaison opérationnelle", f.breakdown());
        if (!f.sousActions().isEmpty()) {
          sb.append("\n#### Sous-actions\n\n");
          for (SousAction s : f.sousActions()) {
            String cal = calendarText(s.calendar());
            sb.append("- ").append(escape(s.title())).append(cal.isEmpty() ? "" : " — " + escape(cal)).append('\n');
          }
        }
        if (!f.indicators().isEmpty()) {
          sb.append("\n#### Indicateurs\n\n");
          for (Indicator i : f.indicators()) {
            sb.append("- ").append(kind(i)).append(escape(i.label()))
                .append(i.unit().map(u -> " (" + escape(u) + ")").orElse("")).append('\n');
          }
        }
        items(sb, "Points de vigilance", f.vigilance());
        if (!f.crossReferences().isEmpty()) {
          sb.append("\n#### Renvois\n\n");
          for (FicheReference r : f.crossReferences()) {
            sb.append("- FA ").append(escape(r.number())).append(r.context().map(c -> " (" + escape(c) + ")").orElse(""))
                .append('\n');
          }
        }
        if (!f.notes().isEmpty()) {
          sb.append("\n#### Notes\n\n");
          f.notes().forEach(n -> sb.append("- ").append(escape(n)).append('\n'));
        }
      }
    }
  }

  private static String kind(Indicator i) {
    return switch (i.kind()) {
      case OUTPUT -> "Réalisation : ";
      case OUTCOME -> "Impact : ";
      case UNSPECIFIED -> "";
    };
  }

  private static void actors(StringBuilder sb, String label, List<Actor> actors) {
    if (actors.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (Actor a : actors) {
      names.add(escape(a.name()) + a.fullName().filter(n -> !n.equals(a.name())).map(n -> " (" + escape(n) + ")").orElse(""));
    }
    sb.append("\n*").append(label).append("* : ").append(names.stream().collect(Collectors.joining(", "))).append('\n');
  }

  private static void items(StringBuilder sb, String heading, List<ListItem> items) {
    if (items.isEmpty()) {
      return;
    }
    sb.append("\n#### ").append(heading).append("\n\n");
    for (ListItem i : items) {
      item(sb, i, "");
    }
  }

  private static void item(StringBuilder sb, ListItem i, String indent) {
    sb.append(indent).append("- ").append(escape(i.text())).append('\n');
    for (ListItem c : i.children()) {
      item(sb, c, indent + "  ");
    }
  }
}
