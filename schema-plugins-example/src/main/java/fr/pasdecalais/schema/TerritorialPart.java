package fr.pasdecalais.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.TerritoryNote;
import org.schemadepartemental.core.WorkingGroup;
import org.schemadepartemental.core.calendar.CalendarParser;
import org.schemadepartemental.io.spi.support.DocumentContext;
import org.schemadepartemental.io.spi.support.LabelVocabulary;
import org.schemadepartemental.io.spi.support.TextFolding;

/**
 * The territorial axes: "AXE 1" and its title, then per territory ("ARRAGEOIS") its working groups
 * ("GROUPE DE TRAVAIL: title", "PILOTAGE:", "ECHEANCE:", "OBJECTIFS:" and bullets). What a
 * territory says that is not a working group becomes a {@link TerritoryNote} on the axis: "Cet
 * axe de travail ne fera pas l'objet de travaux territoriaux", "Pas de groupe de travail
 * spécifique mis en place", and objectives or a pilotage given without any working group, each
 * as printed. A paragraph followed by a pilotage, deadline or objectives is the title of a group
 * the document does not label ("Poursuite des groupes de travail lié au Projet Social…").
 */
final class TerritorialPart {

  /** The labels of a territory's block. */
  enum Field { GROUP, PILOTAGE, DEADLINE, OBJECTIVES }

  static final LabelVocabulary<Field> LABELS = LabelVocabulary.<Field>builder()
      .add(Field.GROUP, "groupe de travail")
      .add(Field.PILOTAGE, "pilotage")
      .add(Field.DEADLINE, "echeance")
      .add(Field.OBJECTIVES, "objectifs")
      .build();

  /** A working group being read, or what a territory gives without naming a group (no title). */
  private static final class GroupDraft {
    String title;
    boolean awaitingTitle;
    final int firstLine;
    int lastLine;
    String pilotage;
    String deadline;
    final ItemTree objectives = new ItemTree();
    final List<String> printed = new ArrayList<>();

    GroupDraft(String title, int line) {
      this.title = title;
      this.firstLine = line;
      this.lastLine = line;
    }
  }

  private final ReviewDraft draft;
  private final DocumentContext ctx;
  private final FrontMatter.Noise noise;
  private ReviewDraft.OrientationDraft axis;
  private ReviewDraft.TerritoryDraft territory;
  private boolean inAxisTitle;
  private final StringBuilder axisTitle = new StringBuilder();
  private GroupDraft group;
  private StringBuilder note;
  private int noteFirst;
  private int noteLast;

  TerritorialPart(ReviewDraft draft, FrontMatter.Noise noise) {
    this.draft = draft;
    this.ctx = draft.context;
    this.noise = noise;
  }

  /** Reads lines {@code from} to {@code to} (inclusive). */
  void read(int from, int to) {
    for (int n = from; n <= to; n++) {
      ctx.at(n);
      String raw = ctx.document().line(n).text();
      String s = ReviewText.clean(raw);
      if (s.isEmpty()) {
        continue;
      }
      Matcher axisHeading = ReviewText.AXIS.matcher(s);
      // Headings repeat (a territory per axis): they are looked for before repeated lines count as noise.
      boolean heading = axisHeading.matches() || axis != null && territoryHeading(s).isPresent();
      if (!heading && noise.skip(n)) {
        continue;
      }
      ctx.placement().placed(n);
      if (axisHeading.matches()) {
        closeTerritory();
        closeAxisTitle();
        String inline = axisHeading.group(2) == null ? "" : axisHeading.group(2).strip();
        axis = draft.territorialAxis(Integer.parseInt(axisHeading.group(1)), inline.isEmpty() ? "Axe " + axisHeading.group(1) : inline, n);
        inAxisTitle = inline.isEmpty();
        axisTitle.setLength(0);
        continue;
      }
      if (axis == null) {
        draft.reviewNotes.add(raw);
        continue;
      }
      axis.extendTo(n);
      Optional<String> territoryName = territoryHeading(s);
      if (territoryName.isPresent()) {
        closeTerritory();
        closeAxisTitle();
        territory = draft.territoryOrNew(territoryName.get(), n);
        territory.lastLine = Math.max(territory.lastLine, n);
        continue;
      }
      if (inAxisTitle && territory == null) {
        axisTitle.append(axisTitle.length() == 0 ? "" : " ").append(s);
        continue;
      }
      if (territory == null) {
        draft.reviewNotes.add(raw);
        continue;
      }
      territory.lastLine = Math.max(territory.lastLine, n);
      readTerritoryLine(n, raw, s, to);
    }
    closeTerritory();
    closeAxisTitle();
  }

  private void readTerritoryLine(int n, String raw, String s, int to) {
    Optional<LabelledLine<Field>> label = LabelledLine.of(LABELS, s);
    if (label.isPresent()) {
      flushNote();
      LabelledLine<Field> l = label.get();
      switch (l.key()) {
        case GROUP -> {
          closeGroup();
          group = new GroupDraft(l.content().isEmpty() ? null : l.content(), n);
          group.awaitingTitle = l.content().isEmpty();
        }
        case PILOTAGE -> target(n).pilotage = l.content();
        case DEADLINE -> target(n).deadline = l.content();
        case OBJECTIVES -> {
          if (!l.content().isEmpty()) {
            target(n).objectives.add(l.content());
          }
        }
      }
      target(n).printed.add(s);
      return;
    }
    if (ReviewText.isBullet(s)) {
      flushNote();
      GroupDraft g = target(n);
      g.objectives.add(raw);
      g.printed.add(ReviewText.bulletText(s).orElseThrow());
      return;
    }
    if (group != null && group.awaitingTitle) {
      group.title = s;
      group.awaitingTitle = false;
      group.lastLine = n;
      return;
    }
    if (group != null && !group.objectives.isEmpty() && Character.isLowerCase(s.charAt(0))) {
      // A wrapped objective: the line goes on with the previous one.
      group.objectives.add(raw);
      group.printed.add(s);
      group.lastLine = n;
      return;
    }
    if (!ReviewText.isAllCaps(s) && nextStartsAGroupField(n, to)) {
      closeGroup();
      group = new GroupDraft(s, n);
      return;
    }
    if (note != null && Character.isLowerCase(s.charAt(0))) {
      note.append(' ').append(s);
      noteLast = n;
      return;
    }
    closeGroup();
    flushNote();
    note = new StringBuilder(s);
    noteFirst = n;
    noteLast = n;
  }

  /** The group being read, or a group without title for fields given without one. */
  private GroupDraft target(int n) {
    if (group == null) {
      group = new GroupDraft(null, n);
    }
    group.lastLine = n;
    return group;
  }

  private boolean nextStartsAGroupField(int n, int to) {
    for (int k = n + 1; k <= to; k++) {
      String s = ReviewText.clean(ctx.document().line(k).text());
      if (!s.isEmpty()) {
        return LabelledLine.of(LABELS, s).filter(l -> l.key() != Field.GROUP).isPresent();
      }
    }
    return false;
  }

  private Optional<String> territoryHeading(String s) {
    Optional<ReviewDraft.TerritoryDraft> known = draft.territory(s);
    if (known.isPresent()) {
      return Optional.of(known.get().name);
    }
    // Without the committee table, a short line in capitals that is no label names a territory.
    boolean shortCaps = ReviewText.isAllCaps(s) && s.split(" ").length <= 5 && TextFolding.foldWords(s).length() >= 4;
    return !draft.knowsTerritories() && shortCaps && LabelledLine.of(LABELS, s).isEmpty() ? Optional.of(s) : Optional.empty();
  }

  private void closeAxisTitle() {
    if (axis != null && axisTitle.length() > 0 && axis.title.equals(axis.code)) {
      // The list of axes before gave no title: the heading's lines are the title.
      axis.title = axisTitle.toString();
    }
    axisTitle.setLength(0);
    inAxisTitle = false;
  }

  private void closeTerritory() {
    closeGroup();
    flushNote();
    territory = null;
  }

  private void flushNote() {
    if (note != null && territory != null) {
      territory.notes.add(new TerritoryNote(Optional.of(axis.code), note.toString(),
          Optional.of(draft.location(noteFirst, noteLast))));
    }
    note = null;
  }

  private void closeGroup() {
    GroupDraft g = group;
    group = null;
    if (g == null || territory == null) {
      return;
    }
    if (g.title != null) {
      ActionCalendar deadline = g.deadline == null ? ActionCalendar.none() : CalendarParser.standard().parse(g.deadline);
      territory.groups.add(new WorkingGroup(g.title, Optional.of(axis.code), Optional.ofNullable(g.pilotage)
          .filter(p -> !p.isBlank()), deadline, g.objectives.items(), Optional.of(draft.location(g.firstLine, g.lastLine))));
      return;
    }
    // No group named: what was given is recorded as printed, one note per line or objective.
    for (String printed : notesOf(g)) {
      territory.notes.add(new TerritoryNote(Optional.of(axis.code), printed,
          Optional.of(draft.location(g.firstLine, g.lastLine))));
    }
  }

  private static List<String> notesOf(GroupDraft g) {
    List<String> out = new ArrayList<>();
    for (String p : g.printed) {
      if (!LabelledLine.of(LABELS, p).filter(l -> l.key() == Field.OBJECTIVES && l.content().isEmpty()).isPresent()) {
        out.add(p);
      }
    }
    if (out.isEmpty()) {
      for (ListItem item : g.objectives.items()) {
        out.addAll(item.flatten());
      }
    }
    return out;
  }
}
