package fr.pasdecalais.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheLifecycle;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.ReviewMeasurement;
import org.schemadepartemental.core.VolumeReference;
import org.schemadepartemental.io.spi.support.DocumentContext;

/**
 * The department-wide fiches. Each is announced by an anchor: its "Cahier N°5 - Page 9"
 * reference, else its "Point bilan" (the next fiche starts at a second "Point bilan"), or
 * "Nouvelle fiche". The title lines just above the anchor name the fiche, or the fiches when the
 * reference says "(3 fiches regroupées)"; a title above those names a new orientation. After the
 * anchor come notes, the "Point bilan" narrative, with its small tables and figures, and the
 * "Perspectives 2013". Merged fiches share the reference and the review entry (held by the first)
 * and are {@code MERGED} with each other; the fiche reviewed just before a "Nouvelle fiche" is
 * {@code REPLACED} by it.
 */
final class FichePart {

  private enum AnchorKind { CAHIER, POINT_BILAN, NEW_FICHE }

  private record Anchor(AnchorKind kind, int line, int merged) {}

  private enum Section { NOTES, NARRATIVE, PERSPECTIVES }

  private final ReviewDraft draft;
  private final DocumentContext ctx;
  private final FrontMatter.Noise noise;
  private final NewFiche newFiche;
  private ReviewDraft.OrientationDraft orientation;
  private String partTitle;
  private List<Fiche.Builder> lastGroup = List.of();
  private ReviewEntry.Builder lastEntry;

  FichePart(ReviewDraft draft, FrontMatter.Noise noise, NewFiche newFiche) {
    this.draft = draft;
    this.ctx = draft.context;
    this.noise = noise;
    this.newFiche = newFiche;
  }

  /**
   * Reads lines {@code from} to {@code to} (inclusive); {@code partTitle} is the heading of the
   * part ("2. les fiches actions du Schéma…"), the orientation of fiches printed before any.
   */
  void read(int from, int to, String partTitle) {
    this.partTitle = partTitle;
    List<Anchor> anchors = anchors(from, to);
    int next = from;
    for (int i = 0; i < anchors.size(); i++) {
      Anchor anchor = anchors.get(i);
      int lower = i == 0 ? from : anchors.get(i - 1).line + 1;
      int headerStart = headerStart(anchor.line, Math.max(lower, next));
      List<String> gapTitles = gap(next, headerStart - 1);
      int bodyEnd = i + 1 < anchors.size()
          ? headerStart(anchors.get(i + 1).line, anchor.line + 1) - 1
          : to;
      List<Fiche.Builder> fiches = startFiches(anchor, headerStart, gapTitles);
      if (anchor.kind == AnchorKind.NEW_FICHE) {
        ctx.placement().placed(anchor.line);
        next = newFiche.read(fiches.get(0), anchor.line + 1, bodyEnd, lastGroup, Optional.ofNullable(lastEntry));
        lastGroup = fiches;
        lastEntry = null;
      } else {
        next = readReviewed(anchor, fiches, bodyEnd);
      }
    }
    draft.reviewNotes.endSection();
    List<String> tail = gap(next, to);
    tail.forEach(draft.reviewNotes::add);
  }

  /** The anchors of the fiches, in order. */
  private List<Anchor> anchors(int from, int to) {
    List<Anchor> anchors = new ArrayList<>();
    boolean bilanSeen = false;
    for (int n = from; n <= to; n++) {
      String s = ReviewText.clean(ctx.document().line(n).text());
      if (s.isEmpty()) {
        continue;
      }
      Matcher cahier = ReviewText.CAHIER.matcher(s);
      if (cahier.matches()) {
        anchors.add(new Anchor(AnchorKind.CAHIER, n, cahier.group(4) == null ? 1 : Math.max(1, parse(cahier.group(4)))));
        bilanSeen = false;
      } else if (ReviewText.POINT_BILAN.matcher(s).matches()) {
        if (anchors.isEmpty() || bilanSeen) {
          anchors.add(new Anchor(AnchorKind.POINT_BILAN, n, 1));
        }
        bilanSeen = true;
      } else if (ReviewText.NEW_FICHE.matcher(s).matches()) {
        anchors.add(new Anchor(AnchorKind.NEW_FICHE, n, 1));
        bilanSeen = true;
      }
    }
    return anchors;
  }

  private static int parse(String digits) {
    try {
      return Math.min(20, Integer.parseInt(digits));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** The first line of the titles above an anchor: title-like or blank lines, not before {@code lower}. */
  private int headerStart(int anchorLine, int lower) {
    int n = anchorLine - 1;
    while (n >= lower) {
      String text = ctx.document().line(n).text();
      if (!ReviewText.clean(text).isEmpty() && !ReviewText.isTitleLike(text)) {
        break;
      }
      n--;
    }
    int start = n + 1;
    while (start < anchorLine && ReviewText.clean(ctx.document().line(start).text()).isEmpty()) {
      start++;
    }
    return start;
  }

  /**
   * Lines between the end of a fiche and the titles of the next: the title-like ones are
   * returned (the last may name an orientation); the others are the review's notes.
   */
  private List<String> gap(int from, int to) {
    List<String> titles = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      ctx.at(n);
      String text = ctx.document().line(n).text();
      if (ReviewText.clean(text).isEmpty() || noise.skip(n)) {
        continue;
      }
      ctx.placement().placed(n);
      if (ReviewText.isTitleLike(text)) {
        titles.add(ReviewText.clean(text));
      } else {
        draft.reviewNotes.add(text);
      }
    }
    return titles;
  }

  /** The fiches an anchor announces, titled from the lines above it, in the right orientation. */
  private List<Fiche.Builder> startFiches(Anchor anchor, int headerStart, List<String> gapTitles) {
    List<String> titles = new ArrayList<>();
    String previous = null;
    for (int n = headerStart; n < anchor.line; n++) {
      String text = ctx.document().line(n).text();
      if (ReviewText.clean(text).isEmpty() || noise.skip(n)) {
        continue;
      }
      ctx.placement().placed(n);
      if (titles.isEmpty() || ReviewText.startsNewTitle(previous, text)) {
        // "et Favoriser la formation…": the "et" joined two merged fiches' titles.
        titles.add(ReviewText.clean(text).replaceFirst("^(?:et|ou) (?=\\p{Lu})", ""));
      } else {
        titles.set(titles.size() - 1, titles.get(titles.size() - 1) + " " + ReviewText.clean(text));
      }
      previous = text;
    }
    int count = anchor.kind == AnchorKind.CAHIER ? anchor.merged : 1;
    List<String> ficheTitles = new ArrayList<>(titles.subList(Math.max(0, titles.size() - count), titles.size()));
    List<String> above = new ArrayList<>(gapTitles);
    above.addAll(titles.subList(0, Math.max(0, titles.size() - count)));
    if (!above.isEmpty()) {
      above.subList(0, above.size() - 1).forEach(draft.reviewNotes::add);
      orientation = draft.departmentOrientation(above.get(above.size() - 1), headerStart);
    } else if (orientation == null) {
      orientation = draft.departmentOrientation(partTitle, headerStart);
    }
    if (ficheTitles.isEmpty()) {
      String label = ReviewText.clean(ctx.document().line(anchor.line).text());
      ctx.warn("pas-de-calais.fiche-title", anchor.line, "no title above '" + label
          + "'; the fiche is named after it (expected the fiche's title on the lines above)");
      ficheTitles.add(label);
    }
    if (ficheTitles.size() < count) {
      ctx.warn("pas-de-calais.merged-titles", anchor.line, count + " fiches announced as merged, "
          + ficheTitles.size() + " title(s) found above the reference");
    }
    int first = Math.min(headerStart, anchor.line);
    List<Fiche.Builder> fiches = new ArrayList<>();
    for (String title : ficheTitles) {
      Fiche.Builder fiche = Fiche.builder(draft.nextFicheNumber(), title).location(draft.location(first, anchor.line));
      orientation.fiches.add(fiche);
      fiches.add(fiche);
    }
    orientation.extendTo(anchor.line);
    if (anchor.kind == AnchorKind.CAHIER) {
      readReference(anchor, fiches);
    }
    return fiches;
  }

  private void readReference(Anchor anchor, List<Fiche.Builder> fiches) {
    String text = ReviewText.clean(ctx.document().line(anchor.line).text());
    Matcher m = ReviewText.CAHIER.matcher(text);
    if (!m.matches()) {
      return;
    }
    ctx.placement().placed(anchor.line);
    String pages = m.group(2).strip().replaceAll("[,;]$", "").strip();
    VolumeReference reference = new VolumeReference(m.group(1).strip(), Optional.of(pages).filter(p -> !p.isEmpty()), text);
    List<String> ids = fiches.stream().map(Fiche.Builder::id).toList();
    for (Fiche.Builder fiche : fiches) {
      fiche.addVolumeReference(reference);
      if (fiches.size() > 1) {
        String id = fiche.id();
        fiche.lifecycle(FicheLifecycle.mergedWith(ids.stream().filter(other -> !other.equals(id)).toList(), m.group(3)));
      }
    }
  }

  /**
   * Reads what the review says of a fiche (of merged fiches: of the first): notes before the
   * "Point bilan", the narrative with its figures, the perspectives. Returns the next line.
   */
  private int readReviewed(Anchor anchor, List<Fiche.Builder> fiches, int bodyEnd) {
    Fiche.Builder fiche = fiches.get(0);
    ReviewEntry.Builder entry = ReviewEntry.builder(fiche.id());
    if (fiches.size() > 1) {
      entry.status("merged");
    }
    ItemTree narrative = new ItemTree();
    ItemTree perspectives = new ItemTree();
    List<ReviewMeasurement> measurements = new ArrayList<>();
    Section section = Section.NOTES;
    Optional<Integer> year = Optional.empty();
    List<List<String>> table = new ArrayList<>();
    List<String> row = new ArrayList<>();
    int tableFirst = 0;
    int tableLast = 0;
    int start = anchor.kind == AnchorKind.POINT_BILAN ? anchor.line : anchor.line + 1;
    for (int n = start; n <= bodyEnd + 1; n++) {
      String text = n <= bodyEnd ? ctx.document().line(n).text() : "";
      String s = ReviewText.clean(text);
      boolean tableLine = n <= bodyEnd && text.startsWith("\t") && section != Section.NOTES;
      if (!tableLine && !s.isEmpty() || n > bodyEnd) {
        if (!row.isEmpty()) {
          table.add(row);
          row = new ArrayList<>();
        }
        if (!table.isEmpty()) {
          measurements.addAll(Figures.ofTable(table, draft.location(tableFirst, tableLast)));
          table = new ArrayList<>();
        }
      }
      if (n > bodyEnd) {
        break;
      }
      ctx.at(n);
      if (tableLine) {
        ctx.placement().placed(n);
        if (table.isEmpty() && row.isEmpty()) {
          tableFirst = n;
        }
        tableLast = n;
        if (!s.isEmpty()) {
          row.add(s);
        }
        continue;
      }
      if (s.isEmpty()) {
        if (!row.isEmpty()) {
          table.add(row);
          row = new ArrayList<>();
        }
        continue;
      }
      if (noise.skip(n)) {
        continue;
      }
      ctx.placement().placed(n);
      Matcher bilan = ReviewText.POINT_BILAN.matcher(s);
      Matcher perspective = ReviewText.PERSPECTIVES.matcher(s);
      if (bilan.matches()) {
        section = Section.NARRATIVE;
        year = Optional.empty();
        if (!bilan.group(1).isBlank()) {
          narrative.add(bilan.group(1));
        }
        continue;
      }
      if (perspective.matches()) {
        section = Section.PERSPECTIVES;
        if (!perspective.group(2).isBlank()) {
          perspectives.add(perspective.group(2));
        }
        continue;
      }
      String itemText = ReviewText.bulletText(s).orElse(s);
      Optional<Integer> heading = ReviewText.yearHeading(itemText);
      if (heading.isPresent()) {
        year = heading;
      }
      switch (section) {
        case NOTES -> fiche.addNote(s);
        case NARRATIVE -> {
          narrative.add(text);
          measurements.addAll(Figures.ofSentence(itemText, year, draft.location(n, n)));
        }
        case PERSPECTIVES -> perspectives.add(text);
      }
    }
    entry.addNarrative(narrative.items().toArray(org.schemadepartemental.core.ListItem[]::new));
    entry.addPerspective(perspectives.items().toArray(org.schemadepartemental.core.ListItem[]::new));
    measurements.forEach(entry::addMeasurement);
    entry.location(draft.location(start, Math.max(start, bodyEnd)));
    lastGroup = fiches;
    lastEntry = entry;
    draft.entries.add(entry);
    return bodyEnd + 1;
  }
}
