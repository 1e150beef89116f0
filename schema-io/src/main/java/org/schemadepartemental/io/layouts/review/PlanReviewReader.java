package org.schemadepartemental.io.layouts.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.core.Departement;
import org.schemadepartemental.core.Glossary;
import org.schemadepartemental.core.GlossaryEntry;
import org.schemadepartemental.core.Lineage;
import org.schemadepartemental.core.LineageAxis;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.PlanReference;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.core.glossary.BuiltInGlossary;
import org.schemadepartemental.core.glossary.GlossaryMarks;
import org.schemadepartemental.io.spi.support.AbstractDocumentReader;
import org.schemadepartemental.io.spi.support.Acronyms;
import org.schemadepartemental.io.spi.support.BulletLists;
import org.schemadepartemental.io.spi.support.DocumentContext;
import org.schemadepartemental.io.spi.support.DocumentFacts;
import org.schemadepartemental.io.spi.support.NoiseKind;
import org.schemadepartemental.io.spi.support.PageNoise;
import org.schemadepartemental.io.spi.support.PlacementTracker;
import org.schemadepartemental.io.spi.support.SourceLine;
import org.schemadepartemental.io.spi.support.TextDocument;
import org.schemadepartemental.io.spi.support.TextFolding;

/**
 * Reads layout 3, the review of a previous plan written for the next one: a table "Axe du
 * précédent schéma / Enjeux pour le prochain schéma" whose rows are the previous plan's axes
 * ("Axe 1 Actualiser la politique de prévention") each followed by its stakes as bullets. The
 * extraction may flatten everything into one line: the reader works on character spans.
 *
 * <p>General rules: the plan's title and period come from the first line naming a "schéma" or
 * "plan" with a period; the plan reviewed from the first other mention of a plan with another
 * period; every "Axe N" followed by a title starts an axis, whose stakes are the bullets up to the
 * next axis; the table header, printed again on each page, is placed once and is noise after; runs
 * of small numbers between structural parts are page numbers; footnotes "* Voir glossaire p. N"
 * are page footers; strings of encoded characters are stray; acronyms marked with an asterisk
 * ("ASE*") are linked to glossary entries, from the text's own definitions ("Relais Petite
 * Enfance (RPE)") or the core's built-in glossary; the plan's glossary holds both.
 */
final class PlanReviewReader extends AbstractDocumentReader {

  // Each scan pattern below starts with a lookahead of its first letters: the lines are thousands of
  // characters long, and a plain character test rejects a place faster than a case-insensitive
  // letter or a Unicode word boundary (the lookahead changes nothing else: only "a" and "A" match
  // "a" ignoring case, and every alternative of AXIS starts with A or O).
  private static final Pattern TABLE_HEADER = Pattern.compile(
      "(?iu)(?=[aA])axes?\\s+du\\s+pr[ée]c[ée]dent\\s+sch[ée]ma\\s+enjeux\\s+pour\\s+le\\s+(?:prochain|nouveau|futur)\\s+sch[ée]ma"
          + "(?:\\s*,\\s*soulev[ée]s\\s+dans\\s+le\\s+cadre\\s+du\\s+bilan\\s*/?\\s*[ée]tat\\s+des\\s+lieux)?");
  private static final Pattern AXIS = Pattern.compile("(?u)(?=[AO])\\b(?:Axe|AXE|Orientation|ORIENTATION)\\s+(\\d{1,2})(?:\\s*+[.:–—-]\\s++|\\s++)(?=\\p{Lu})");
  private static final Pattern FOOTNOTE = Pattern.compile("(?iu)\\*\\s*voir\\s+(?:le\\s+)?glossaire(?:\\s+(?:p\\.?|page)\\s*\\d{1,4})?");
  private static final Pattern PAGE_RUN = Pattern.compile("(?<![\\p{L}\\d,.])\\d{1,3}(?:\\s+\\d{1,3}){0,3}(?![\\p{L}\\d%])");
  private static final Pattern PLAN_MENTION = Pattern.compile(
      "(?iu)\\b(?:le\\s+|du\\s+|au\\s+)?(sch[ée]ma\\s+d[ée]partemental[^.•]{0,300}?|plan\\s+d[ée]partemental[^.•]{0,300}?)"
          + "((?:19|20)\\d{2}\\s*[-–/]\\s*(?:19|20)\\d{2})");
  private static final Pattern CHAPTER = Pattern.compile("(?iu)\\bchapitre\\s+(?:n\\s*°\\s*)?\\d{1,2}\\b");
  /** The page-noise scanner of this layout (the table header and the axes are never page headers), made once. */
  private static final PageNoise NOISE = PageNoise.scanner(3, 80, s -> TABLE_HEADER.matcher(s).find() || AXIS.matcher(s).find());
  private static final Pattern LEADING_ARTICLE = Pattern.compile("(?iu)^(le|du|au)\\s+");
  private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");

  @Override
  protected String expectedLayout() {
    return "a review of the previous plan (axes of the previous plan and stakes for the next one)";
  }

  @Override
  protected Schema read(DocumentContext context) {
    return new Pass(context).run();
  }

  private record Span(int line, int from, int to) {}

  /**
   * The text's own definitions laid over the built-in glossary, looking acronyms up as {@code
   * Glossary.of(defined).merge(builtIn).lookup} does: one defined or built in as written is found
   * in its map; only one that neither holds (then looked up ignoring case, over both in acronym
   * order) needs the two merged, which is done once. A review's marks are nearly always known as
   * written: the merge of the whole built-in glossary is not paid by every document. One per read.
   */
  private static final class KnownAcronyms {
    private final Map<String, GlossaryEntry> defined;
    private Glossary merged;

    KnownAcronyms(Map<String, GlossaryEntry> defined) {
      this.defined = defined;
    }

    Optional<GlossaryEntry> lookup(String acronym) {
      GlossaryEntry exact = defined.get(acronym);
      if (exact == null) {
        exact = BuiltInGlossary.glossary().entries().get(acronym);
      }
      if (exact != null) {
        return Optional.of(exact);
      }
      if (merged == null) {
        merged = defined.isEmpty() ? BuiltInGlossary.glossary() : Glossary.of(defined.values()).merge(BuiltInGlossary.glossary());
      }
      return merged.lookup(acronym);
    }
  }

  private static final class Pass {
    final DocumentContext ctx;
    final TextDocument doc;
    final PlacementTracker placement;
    final NoiseKind[] noise;
    String title;
    Optional<YearRange> period = Optional.empty();
    PlanReference previous;
    boolean headerSeen;
    final List<LineageAxis> axes = new ArrayList<>();
    final StringBuilder allText = new StringBuilder();

    Pass(DocumentContext ctx) {
      this.ctx = ctx;
      this.doc = ctx.document();
      this.placement = ctx.placement();
      this.noise = NOISE.scan(doc);
    }

    Schema run() {
      for (SourceLine line : doc.lines()) {
        ctx.at(line.number());
        if (line.isBlank()) {
          continue;
        }
        allText.append(line.text()).append('\n');
        if (noise[line.number()] != null && !AXIS.matcher(line.text()).find()) {
          placement.noise(line.number(), noise[line.number()]);
          continue;
        }
        readLine(line);
      }
      return build();
    }

    private Schema build() {
      String planTitle = title != null ? title : doc.source();
      Optional<Departement> d = ctx.departement(DocumentFacts.findDepartement(doc));
      Optional<YearRange> p = ctx.period(period);
      Schema.Builder b = Schema.builder(ctx.planId(d, p, planTitle), planTitle)
          .location(doc.sourceLocation(1, Math.max(1, doc.lineCount())));
      d.ifPresent(b::departement);
      p.ifPresent(b::period);
      if (previous == null && !axes.isEmpty()) {
        previous = new PlanReference("previous-plan", Optional.empty(), Optional.empty());
        ctx.warn("review.no-previous-plan", 1, "the plan reviewed is not named; lineage kept without its title");
      }
      if (previous != null) {
        String prefix = d.map(x -> org.schemadepartemental.core.Ids.slug(x.name()) + "-").orElse("");
        if (previous.id().equals("previous-plan") && previous.period().isPresent()) {
          YearRange r = previous.period().get();
          previous = new PlanReference(prefix + r.first() + "-" + r.last(), previous.title(), previous.period());
        }
        b.predecessor(previous);
        b.lineage(new Lineage(previous, axes));
      }
      b.glossary(glossary());
      if (axes.isEmpty()) {
        ctx.warn("review.no-axis", 1, "no axis of a previous plan was found");
      }
      return b.build();
    }

    /** Entries for the marked acronyms: the text's own definitions first. */
    private Glossary glossary() {
      String text = allText.toString();
      Map<String, GlossaryEntry> defined = new LinkedHashMap<>();
      for (GlossaryEntry e : Acronyms.definitions(text)) {
        defined.put(e.acronym(), e);
      }
      List<GlossaryEntry> entries = new ArrayList<>(defined.values());
      KnownAcronyms known = new KnownAcronyms(defined);
      // One scan of the marks (only found there, looked up below) gives both the linked entries and
      // the unknown acronyms.
      Map<String, GlossaryEntry> linked = new LinkedHashMap<>();
      Set<String> unknowns = new LinkedHashSet<>();
      for (GlossaryMarks.Mark mark : GlossaryMarks.find(text, Glossary.empty())) {
        Optional<GlossaryEntry> entry = known.lookup(mark.acronym());
        if (entry.isPresent()) {
          linked.putIfAbsent(mark.acronym(), entry.get());
        } else {
          unknowns.add(mark.acronym());
        }
      }
      for (String unknown : unknowns) {
        ctx.warn("review.glossary-unknown", 1, "glossary mark " + unknown + "* has no known expansion");
      }
      linked.values().stream().filter(e -> !defined.containsKey(e.acronym())).forEach(entries::add);
      return Glossary.of(entries);
    }

    /** Reads one line, which may hold the whole table flattened. */
    private void readLine(SourceLine line) {
      String text = line.text();
      int n = line.number();
      // Noise spans first: footnotes, repeated headers, encoded strings.
      List<int[]> structure = new ArrayList<>();
      Matcher foot = FOOTNOTE.matcher(text);
      while (foot.find()) {
        placement.noise(n, foot.start(), foot.end(), NoiseKind.PAGE_HEADER);
        structure.add(new int[] {foot.start(), foot.end()});
      }
      Matcher header = TABLE_HEADER.matcher(text);
      while (header.find()) {
        if (!headerSeen) {
          headerSeen = true;
          placement.placed(n, header.start(), header.end());
        } else {
          placement.noise(n, header.start(), header.end(), NoiseKind.PAGE_HEADER);
        }
        structure.add(new int[] {header.start(), header.end()});
      }
      if (PageNoise.isStrayEncoded(text)) {
        placement.noise(n, NoiseKind.STRAY);
        return;
      }
      // Plan mentions (title, plan reviewed) outside the axes.
      Matcher axis = AXIS.matcher(text);
      List<int[]> axisStarts = new ArrayList<>();
      while (axis.find()) {
        if (!insideAny(axis.start(), structure)) {
          axisStarts.add(new int[] {axis.start(), axis.end(), Integer.parseInt(axis.group(1))});
        }
      }
      int firstAxis = axisStarts.isEmpty() ? text.length() : axisStarts.get(0)[0];
      preamble(n, text, 0, firstAxis, structure);
      for (int i = 0; i < axisStarts.size(); i++) {
        int start = axisStarts.get(i)[0];
        int end = i + 1 < axisStarts.size() ? axisStarts.get(i + 1)[0] : text.length();
        axis(n, text, start, axisStarts.get(i)[1], end, "Axe " + axisStarts.get(i)[2], structure);
      }
    }

    private void preamble(int n, String text, int from, int to, List<int[]> structure) {
      String part = text.substring(from, to);
      if (part.isBlank()) {
        return;
      }
      Matcher plan = PLAN_MENTION.matcher(part);
      int consumed = from;
      while (plan.find()) {
        int absStart = from + plan.start();
        int absEnd = from + plan.end();
        if (insideAny(absStart, structure)) {
          continue;
        }
        Optional<YearRange> range = DocumentFacts.findPeriod(plan.group(2));
        String mention = TextFolding.collapseSpaces(part.substring(plan.start(), plan.end()))
            .transform(t -> LEADING_ARTICLE.matcher(t).replaceAll(""));
        mention = Character.toUpperCase(mention.charAt(0)) + mention.substring(1);
        if (title == null) {
          // The title line: the whole line from its start, when the plan is named at its start.
          String lineTitle = TextFolding.collapseSpaces(part.substring(0, plan.end()));
          title = lineTitle;
          period = range;
          placement.placed(n, from, absEnd);
        } else if (previous == null && range.isPresent() && !range.equals(period)) {
          previous = new PlanReference("previous-plan", Optional.of(mention), range);
          // The heading that introduces the review ("CHAPITRE N° 1 État des lieux et bilan du …").
          placement.placed(n, chapterStart(text, consumed, absStart), absEnd);
        } else {
          continue;
        }
        consumed = absEnd;
      }
      // What is left between structural parts: page numbers, or text left unplaced.
      Matcher pages = PAGE_RUN.matcher(text.substring(consumed, to));
      while (pages.find()) {
        int s = consumed + pages.start();
        int e = consumed + pages.end();
        if (!insideAny(s, structure) && onlyStructureAround(text, consumed, to, s, e, structure)) {
          placement.noise(n, s, e, NoiseKind.PAGE_NUMBER);
        }
      }
    }

    /** Where the heading introducing the plan reviewed starts ("CHAPITRE N° 1 …", "Bilan du …"). */
    private static int chapterStart(String text, int from, int mentionStart) {
      String before = text.substring(from, mentionStart);
      Matcher c = CHAPTER.matcher(before);
      if (c.find()) {
        return from + c.start();
      }
      String lead = before.strip();
      boolean shortHeading = !lead.isEmpty() && WHITE_SPACE_RUN.split(lead).length <= 8 && firstBullet(lead) < 0
          && !TextFolding.containsDigit(lead);
      return shortHeading ? from + before.indexOf(lead) : mentionStart;
    }

    /** Whether the number run stands alone between structural parts (no words of its own sentence). */
    private static boolean onlyStructureAround(String text, int from, int to, int s, int e, List<int[]> structure) {
      String before = text.substring(from, s).strip();
      String after = text.substring(e, to).strip();
      return before.isEmpty() && (after.isEmpty() || startsStructure(text, e, structure));
    }

    private static boolean startsStructure(String text, int at, List<int[]> structure) {
      int i = at;
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      for (int[] st : structure) {
        if (st[0] == i) {
          return true;
        }
      }
      return false;
    }

    private void axis(int n, String text, int start, int titleStart, int end, String code, List<int[]> structure) {
      // The axis ends where a structural span (a repeated header, a footnote) starts.
      int stop = end;
      for (int[] st : structure) {
        if (st[0] > start && st[0] < stop) {
          stop = st[0];
        }
      }
      String body = text.substring(titleStart, stop);
      int bullet = firstBullet(body);
      String axisTitle = TextFolding.collapseSpaces(bullet < 0 ? body : body.substring(0, bullet));
      List<ListItem> stakes = bullet < 0 ? List.of() : BulletLists.parse(body.substring(bullet));
      if (axisTitle.isEmpty()) {
        ctx.warn("review.axis-without-title", n, code + " has no title");
        return;
      }
      axes.add(new LineageAxis(code, axisTitle, stakes, Optional.of(doc.sourceLocation(n, n))));
      placement.placed(n, start, stop);
      // Between the end of this axis's stakes and the next axis: noise already marked, or page numbers.
      Matcher pages = PAGE_RUN.matcher(text.substring(stop, end));
      while (pages.find()) {
        int s = stop + pages.start();
        if (!insideAny(s, structure) && onlyStructureAround(text, stop, end, s, stop + pages.end(), structure)) {
          placement.noise(n, s, stop + pages.end(), NoiseKind.PAGE_NUMBER);
        }
      }
    }

    private static int firstBullet(String body) {
      for (int i = 0; i < body.length(); i++) {
        if (BulletLists.isStrongBullet(body.charAt(i))) {
          return i;
        }
      }
      return -1;
    }

    private static boolean insideAny(int at, List<int[]> spans) {
      for (int[] s : spans) {
        if (at >= s[0] && at < s[1]) {
          return true;
        }
      }
      return false;
    }
  }
}
