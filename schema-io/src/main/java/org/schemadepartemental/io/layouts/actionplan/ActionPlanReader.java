package org.schemadepartemental.io.layouts.actionplan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.core.ActionCalendar;
import org.schemadepartemental.core.Actor;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.Departement;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.FicheReference;
import org.schemadepartemental.core.Glossary;
import org.schemadepartemental.core.Ids;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.IndicatorKind;
import org.schemadepartemental.core.ListItem;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.core.calendar.CalendarParser;
import org.schemadepartemental.io.spi.support.AbstractDocumentReader;
import org.schemadepartemental.io.spi.support.ActorNames;
import org.schemadepartemental.io.spi.support.BulletLists;
import org.schemadepartemental.io.spi.support.DocumentContext;
import org.schemadepartemental.io.spi.support.DocumentFacts;
import org.schemadepartemental.io.spi.support.FicheReferences;
import org.schemadepartemental.io.spi.support.HtmlFragments;
import org.schemadepartemental.io.spi.support.IndicatorTexts;
import org.schemadepartemental.io.spi.support.LabelVocabulary;
import org.schemadepartemental.io.spi.support.NoiseKind;
import org.schemadepartemental.io.spi.support.PageNoise;
import org.schemadepartemental.io.spi.support.PlacementTracker;
import org.schemadepartemental.io.spi.support.SeenTexts;
import org.schemadepartemental.io.spi.support.SemesterGrid;
import org.schemadepartemental.io.spi.support.SourceLine;
import org.schemadepartemental.io.spi.support.TextDocument;
import org.schemadepartemental.io.spi.support.TextFolding;

/**
 * Reads layout 2, the action-plan document: a title with the plan's period, a table of contents,
 * orientations each with its "PRINCIPE", then fiches whose sections ("Éléments de diagnostic",
 * "Objectifs", "Pilotage et suivi", "Déclinaison opérationnelle", "Calendrier prévisionnel",
 * "Indicateurs", "Points de vigilance") are table rows exported as tab-separated text, with HTML
 * fragments or plain bullets inside.
 *
 * <p>General rules: a line followed by a "PRINCIPE" label is an orientation (numbered or not; an
 * orientation restated later is matched by its title); a numbered line followed by a fiche
 * section is a fiche; a section label is the first non-blank cell of a line, and lines without
 * one continue the section (or start the usual next section when it is missing from the fiche);
 * semester grids are read wherever they are (tab rows, flattened rows, HTML tables) against the
 * fiche's year header (or the document's last one); a sous-action, indicator or block already
 * read in the fiche is a repeated block; short lines repeated through the document are page
 * headers, date lines are date stamps, separator lines and the table of contents are noise.
 */
final class ActionPlanReader extends AbstractDocumentReader {

  private static final Pattern EXPLICIT_ORIENTATION = Pattern.compile(
      "(?iu)^(?:[-*•➤]\\s*)?(?:orientation|axe)(?:\\s+(?:strat[ée]gique|transversale?|prioritaire))?\\s*(?:n\\s*°\\s*)?"
          + "(\\d{1,2}|[IVX]{1,4})(?:\\s*+[.):–—-]\\s*+|\\s++)(\\S.{2,})$");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})(?:\\s*+[.):–—-]\\s++|\\s++)(\\S.{2,})$");
  private static final Pattern EXPLICIT_FICHE = Pattern.compile(
      "(?iu)^(?:fiche(?:[- ]?action)?|FA)\\s*(?:n\\s*[°o]\\.?\\s*)?(\\d{1,3}(?:\\s*bis)?)(?:\\s*+[.):–—-]\\s*+|\\s++)(\\S.+)$");
  private static final Pattern NUMBERED_FICHE = Pattern.compile("^(\\d{1,3}(?:\\s*bis)?)\\s*[.)]\\s+(\\S.+)$");
  private static final Pattern PRINCIPLE = Pattern.compile("(?iu)^[^\\p{L}]*principes?\\s*(?::\\s*(.*))?$");
  private static final Pattern KIND_HEADING = Pattern.compile(
      "(?iu)(?:<p[^<>]*>\\s*)?\\b(?:indicateurs?\\s+(?:de\\s+|d['’]\\s*)?)?(r[ée]alisation|impact|r[ée]sultats?|effets?)\\s*:\\s*(?:</p>)?");
  private static final Pattern ROLE_PREFIX = Pattern.compile(
      "(?iu)^\\s*(co-?pilotes?|pilotes?|partenaires?(?:\\s+associ[ée]s)?)\\s*:?\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern PLAN_WORD = Pattern.compile("\\b(?:schema|plan)\\b");
  private static final Pattern TOC_TITLE = Pattern.compile("(?iu)^(sommaire|table des mati[èe]res|contents?)\\s*:?$");
  private static final Pattern VOLUME = Pattern.compile("(?iu)^(tome|volume|livret|partie|cahier)\\b.*");
  private static final Pattern TRANSVERSAL_HEADING = Pattern.compile("^(orientation|axe) transvers.*");
  private static final Pattern STRATEGIC_HEADING = Pattern.compile("^(orientation|axe) strateg.*");
  private static final Pattern YEAR = Pattern.compile("(?:19|20|21)\\d{2}");
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
  private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");
  private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)</p>");
  private static final Pattern PARAGRAPH_TAG = Pattern.compile("(?i)</p>|<p[^<>]*>");

  private enum Role { PILOT, PARTNER }

  private static final LabelVocabulary<Role> ROLES = LabelVocabulary.<Role>builder()
      .add(Role.PILOT, "pilote", "pilotes", "pilote de l action", "copilote", "co pilote", "porteur")
      .add(Role.PARTNER, "partenaires", "partenaire", "partenaires associes", "partenaire associe", "acteurs associes")
      .build();

  private enum Heading { ORIENTATION, FICHE, PRINCIPLE }

  /** The page-noise scanner of this layout (its labels are never page headers), made once. */
  private static final PageNoise NOISE = PageNoise.scanner(3, 80, ActionPlanReader::structural);

  @Override
  protected String expectedLayout() {
    return "an action-plan document (orientations, then fiches with their sections)";
  }

  @Override
  protected Schema read(DocumentContext context) {
    return new Pass(context).run();
  }

  private static final class Pass {
    final DocumentContext ctx;
    final TextDocument doc;
    final PlacementTracker placement;
    final NoiseKind[] noise;
    final Heading[] headings;
    final int[] nextMeaningful;
    final List<OrientationDraft> orientations = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final Glossary definedHere;
    final ActorNames actorNames;
    OrientationDraft orientation;
    FicheDraft fiche;
    OrientationDraft awaitingPrinciple;
    String title;
    int titleLine;
    final List<Integer> pendingCover = new ArrayList<>();
    boolean structureSeen;
    Optional<Departement> addressDepartement = Optional.empty();
    List<Integer> lastYears;
    boolean lastSemesterColumns = true;

    Pass(DocumentContext ctx) {
      this.ctx = ctx;
      this.doc = ctx.document();
      this.placement = ctx.placement();
      // The plan's own definitions ("CPO (Centre Psychothérapique de l'Orne)") win over the built-in glossary.
      this.definedHere = Glossary.of(org.schemadepartemental.io.spi.support.Acronyms.definitions(doc.text()));
      this.actorNames = ActorNames.builtIn().over(definedHere);
      this.noise = NOISE.scan(doc);
      markTableOfContents();
      this.nextMeaningful = new int[doc.lineCount() + 2];
      int next = 0;
      for (int n = doc.lineCount(); n >= 1; n--) {
        nextMeaningful[n] = next;
        if (!doc.line(n).isBlank() && noise[n] == null) {
          next = n;
        }
      }
      this.headings = new Heading[doc.lineCount() + 1];
      for (SourceLine l : doc.lines()) {
        headings[l.number()] = heading(l);
      }
    }


    private void markTableOfContents() {
      boolean inToc = false;
      for (SourceLine l : doc.lines()) {
        if (l.isBlank() || noise[l.number()] != null) {
          continue;
        }
        String s = l.stripped();
        if (TOC_TITLE.matcher(s).matches()) {
          noise[l.number()] = NoiseKind.TABLE_OF_CONTENTS;
          inToc = true;
        } else if (!s.contains("\t") && PageNoise.isTableOfContentsEntry(s.replace("**", " "))) {
          noise[l.number()] = NoiseKind.TABLE_OF_CONTENTS;
        } else {
          inToc = false;
        }
      }
    }

    private Heading heading(SourceLine l) {
      if (l.isBlank() || noise[l.number()] != null || l.text().contains("\t")) {
        return null;
      }
      String s = HtmlFragments.stripTags(l.stripped());
      if (PRINCIPLE.matcher(s).matches()) {
        return Heading.PRINCIPLE;
      }
      if (s.length() > 400) {
        return null;
      }
      int next = nextMeaningful[l.number()];
      boolean principleNext = next > 0 && PRINCIPLE.matcher(HtmlFragments.stripTags(doc.line(next).stripped())).matches();
      if (principleNext || EXPLICIT_ORIENTATION.matcher(s).matches() && !EXPLICIT_FICHE.matcher(s).matches()) {
        return Heading.ORIENTATION;
      }
      if (EXPLICIT_FICHE.matcher(s).matches()) {
        return Heading.FICHE;
      }
      if (NUMBERED_FICHE.matcher(s).matches() && next > 0 && startsWithSection(doc.line(next))) {
        return Heading.FICHE;
      }
      return null;
    }

    private static boolean startsWithSection(SourceLine l) {
      for (SourceLine.Cell c : l.cells()) {
        String s = HtmlFragments.stripTags(c.text());
        if (!s.isEmpty()) {
          return Section.LABELS.matchExactly(trimLabel(s)).isPresent()
              || Section.LABELS.matchStart(s).isPresent() && s.contains(":");
        }
      }
      return false;
    }

    Schema run() {
      for (SourceLine line : doc.lines()) {
        int n = line.number();
        ctx.at(n);
        if (line.isBlank()) {
          continue;
        }
        if (noise[n] != null) {
          placement.noise(n, noise[n]);
          if (fiche != null) {
            fiche.afterPageBreak = true; // plain lines after a page break no longer continue a lone label
          }
          continue;
        }
        Heading h = headings[n];
        if (h == Heading.ORIENTATION) {
          orientationHeading(line);
          continue;
        }
        if (h == Heading.PRINCIPLE) {
          principleLabel(line);
          continue;
        }
        if (h == Heading.FICHE) {
          ficheHeading(line);
          continue;
        }
        if (awaitingPrinciple != null && !line.text().contains("\t")) {
          principleText(line, HtmlFragments.stripTags(line.stripped()));
          continue;
        }
        if (fiche != null && fiche.accept(line)) {
          continue;
        }
        otherLine(line);
      }
      closeFiche();
      return build();
    }

    private Schema build() {
      String planTitle = title != null ? title : doc.source();
      Optional<Departement> d = ctx.departement(addressDepartement.or(() -> DocumentFacts.findDepartement(doc)));
      Optional<YearRange> p = ctx.period(DocumentFacts.findPeriod(planTitle));
      Schema.Builder b = Schema.builder(ctx.planId(d, p, planTitle), planTitle)
          .location(doc.sourceLocation(1, Math.max(1, doc.lineCount())));
      d.ifPresent(b::departement);
      p.ifPresent(b::period);
      notes.forEach(t -> b.addNote(ListItem.of(t)));
      b.glossary(definedHere);
      for (OrientationDraft o : orientations) {
        b.addOrientation(o.build());
      }
      if (orientations.isEmpty()) {
        ctx.warn("action-plan.no-fiche", 1, "no orientation or fiche was found");
      }
      return b.build();
    }

    private void otherLine(SourceLine line) {
      int n = line.number();
      String text = HtmlFragments.stripTags(line.stripped());
      Optional<Departement> address = DocumentFacts.departementOfAddress(text);
      if (address.isPresent()) {
        addressDepartement = addressDepartement.or(() -> address);
        placement.placed(n);
        return;
      }
      if (!structureSeen) {
        if (title == null && (DocumentFacts.findPeriod(text).isPresent()
            && PLAN_WORD.matcher(TextFolding.fold(text)).find() || WHITE_SPACE_RUN.split(text).length >= 4)) {
          title = text;
          titleLine = n;
          placement.placed(n);
          for (int cover : pendingCover) {
            String coverText = HtmlFragments.stripTags(doc.line(cover).stripped());
            if (TextFolding.fold(title).contains(TextFolding.fold(coverText))) {
              placement.noise(cover, NoiseKind.REPEATED_BLOCK);
            } else {
              notes.add(coverText);
              placement.placed(cover);
            }
          }
          return;
        }
        if (title != null && TextFolding.fold(title).contains(TextFolding.fold(text))) {
          placement.noise(n, NoiseKind.REPEATED_BLOCK);
          return;
        }
        if (VOLUME.matcher(text).matches() || title != null) {
          notes.add(text);
          placement.placed(n);
          return;
        }
        if (title == null) {
          pendingCover.add(n); // a cover word the title may repeat ("SCHÉMA"): decided once the title is known
          return;
        }
      }
      // Headings of the document's own parts and back matter: left unplaced and listed.
    }

    private void orientationHeading(SourceLine line) {
      closeFiche();
      structureSeen = true;
      String s = HtmlFragments.stripTags(line.stripped());
      String code = null;
      String orientationTitle = s;
      Matcher m = EXPLICIT_ORIENTATION.matcher(s);
      Matcher num = NUMBERED.matcher(s);
      if (m.matches()) {
        code = m.group(1);
        orientationTitle = m.group(2);
      } else if (num.matches()) {
        code = num.group(1);
        orientationTitle = num.group(2);
      }
      String folded = TextFolding.fold(s);
      OrientationKind kind = TRANSVERSAL_HEADING.matcher(folded).matches() ? OrientationKind.TRANSVERSAL
          : STRATEGIC_HEADING.matcher(folded).matches() ? OrientationKind.STRATEGIC : OrientationKind.UNSPECIFIED;
      OrientationDraft existing = find(code, orientationTitle);
      if (existing == null) {
        String taken = code;
        boolean clash = code == null || orientations.stream().anyMatch(o -> o.code.equals(taken));
        existing = new OrientationDraft(clash ? Integer.toString(orientations.size() + 1) : code,
            orientationTitle, kind, line.number());
        orientations.add(existing);
      }
      orientation = existing;
      awaitingPrinciple = null;
      placement.placed(line.number());
    }

    private List<Integer> firstYears;
    private boolean firstYearsSearched;

    /** The first year header of the document, for a grid printed before any header. */
    List<Integer> firstYearsInDocument() {
      if (!firstYearsSearched) {
        firstYearsSearched = true;
        for (SourceLine l : doc.lines()) {
          List<Integer> found = new ArrayList<>();
          for (String c : expandedCells(l)) {
            String t = HtmlFragments.stripTags(c);
            if (YEAR.matcher(t).matches()) {
              int y = Integer.parseInt(t);
              if (found.isEmpty() || y == found.get(found.size() - 1) + 1) {
                found.add(y);
              }
            }
          }
          if (found.size() >= 2) {
            firstYears = List.copyOf(found);
            break;
          }
        }
      }
      return firstYears;
    }

    private OrientationDraft find(String code, String orientationTitle) {
      String key = TextFolding.foldWords(orientationTitle);
      for (OrientationDraft o : orientations) {
        String k = TextFolding.foldWords(o.title);
        if (k.equals(key) || k.length() > 20 && key.length() > 20 && (k.contains(key) || key.contains(k))) {
          return o;
        }
      }
      return null;
    }

    private void principleLabel(SourceLine line) {
      placement.placed(line.number());
      if (orientation == null) {
        return;
      }
      Matcher m = PRINCIPLE.matcher(HtmlFragments.stripTags(line.stripped()));
      awaitingPrinciple = orientation;
      if (m.matches() && m.group(1) != null && !m.group(1).isBlank()) {
        principleText(line, m.group(1));
      }
    }

    private void principleText(SourceLine line, String text) {
      OrientationDraft o = awaitingPrinciple;
      awaitingPrinciple = null;
      if (o.principle == null) {
        o.principle = text;
        placement.placed(line.number());
      } else if (TextFolding.foldWords(o.principle).equals(TextFolding.foldWords(text))) {
        placement.noise(line.number(), NoiseKind.REPEATED_BLOCK);
      } else {
        ctx.warn("action-plan.principle-restated", line.number(),
            "orientation " + o.code + ": principle restated differently; the first one is kept");
      }
    }

    private void ficheHeading(SourceLine line) {
      closeFiche();
      structureSeen = true;
      awaitingPrinciple = null;
      String s = HtmlFragments.stripTags(line.stripped());
      Matcher m = EXPLICIT_FICHE.matcher(s);
      if (!m.matches()) {
        m = NUMBERED_FICHE.matcher(s);
        m.matches();
      }
      if (orientation == null) {
        orientation = new OrientationDraft("1", title != null ? title : "Plan d'actions", OrientationKind.UNSPECIFIED,
            line.number());
        orientations.add(orientation);
      }
      fiche = new FicheDraft(this, WHITE_SPACE_RUN.matcher(m.group(1)).replaceAll(" "), m.group(2).strip(), line.number(),
          labelsAhead(line.number()));
      placement.placed(line.number());
    }

    /** The section labels of the fiche starting at this line, up to the next heading. */
    private Set<Section> labelsAhead(int from) {
      Set<Section> found = EnumSet.noneOf(Section.class);
      for (int n = from + 1; n <= doc.lineCount(); n++) {
        if (headings[n] == Heading.FICHE || headings[n] == Heading.ORIENTATION) {
          break;
        }
        for (SourceLine.Cell c : doc.line(n).cells()) {
          String s = HtmlFragments.stripTags(c.text());
          if (!s.isEmpty()) {
            Section.LABELS.matchExactly(trimLabel(s)).ifPresent(found::add);
            break;
          }
        }
      }
      return found;
    }

    private void closeFiche() {
      if (fiche != null) {
        FicheDraft f = fiche;
        fiche = null;
        ctx.at(f.firstLine);
        orientation.fiches.add(f.build());
      }
    }
  }

  /** Whether a line is one of the layout's own labels or rows, which are never page noise. */
  private static boolean structural(String line) {
    if (line.contains("\t")) {
      return true; // table rows are content, however often they repeat
    }
    String s = HtmlFragments.stripTags(line);
    return PRINCIPLE.matcher(s).matches() || Section.LABELS.matchExactly(trimLabel(s)).isPresent()
        || s.contains(":") && (Section.LABELS.matchStart(s).isPresent() || ROLES.matchStart(s).isPresent());
  }

  /**
   * The label without its trailing colons, dots and spaces. A loop, not {@code replaceAll("[\\s:.]+$")}:
   * that pattern retries from every character of a long run of dots or spaces (quadratic).
   */
  static String trimLabel(String s) {
    int end = s.length();
    while (end > 0 && isLabelEnd(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end).strip();
  }

  private static boolean isLabelEnd(char c) {
    return c == ':' || c == '.' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** An orientation being read. */
  private static final class OrientationDraft {
    final String code;
    final String title;
    final OrientationKind kind;
    final int line;
    String principle;
    final List<Fiche> fiches = new ArrayList<>();

    OrientationDraft(String code, String title, OrientationKind kind, int line) {
      this.code = code;
      this.title = title;
      this.kind = kind;
      this.line = line;
    }

    Orientation build() {
      return Orientation.builder(code, title).kind(kind).principle(principle).fiches(fiches).build();
    }
  }

  private record Fragment(Section section, String text, int line, int lastLine) {}

  /** A fiche being read, line by line. */
  private static final class FicheDraft {
    final Pass pass;
    final String number;
    final String title;
    final int firstLine;
    int lastLine;
    final Set<Section> labels;
    Section section;
    boolean sectionHasInlineContent;
    boolean tabular;
    boolean plainBlock;
    boolean afterPageBreak;
    final List<Fragment> fragments = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final SeenTexts seenFragments = new SeenTexts();
    final Map<String, SousAction> sousActions = new LinkedHashMap<>();
    List<Integer> years;
    Boolean semesterColumns;
    ActionCalendar calendar = ActionCalendar.none();
    final String id;

    FicheDraft(Pass pass, String number, String title, int firstLine, Set<Section> labels) {
      this.pass = pass;
      this.number = number;
      this.title = title;
      this.firstLine = firstLine;
      this.lastLine = firstLine;
      this.labels = labels;
      this.id = Ids.fiche(number);
    }

    /** Reads a line of the fiche; false when the line is not part of it (back matter). */
    boolean accept(SourceLine line) {
      int n = line.number();
      String raw = line.text();
      boolean plain = !raw.contains("\t") && !HtmlFragments.hasTags(raw);
      if (DocumentFacts.departementOfAddress(raw).isPresent()) {
        return false;
      }
      if (plain || !raw.contains("\t") && afterPageBreak && section != null && !sectionHasInlineContent) {
        if (afterPageBreak && !plain) {
          return false;
        }
        String s = line.stripped();
        Optional<Map.Entry<Section, Integer>> start = Section.LABELS.matchStart(s);
        if (start.isPresent() && (s.contains(":") || Section.LABELS.matchExactly(trimLabel(s)).isPresent())) {
          int colon = s.indexOf(':');
          String rest = colon >= 0 ? s.substring(colon + 1).strip() : "";
          if (start.get().getKey() == Section.PILOTAGE && ROLES.matchStart(s).isPresent() && section == Section.PILOTAGE) {
            rest = s; // "Pilotes : …", "Partenaires : …": the role is part of the content
          }
          section = start.get().getKey();
          sectionHasInlineContent = !rest.isEmpty();
          afterPageBreak = false;
          lastLine = n;
          if (!rest.isEmpty()) {
            addContent(List.of(rest), List.of(HtmlFragments.stripTags(rest)), n, section);
          }
          pass.placement.placed(n);
          return true;
        }
        if (section != null && !sectionHasInlineContent && !afterPageBreak || !tabular && section == null) {
          lastLine = n;
          if (section == null) {
            notes.add(s);
            pass.placement.placed(n);
          } else {
            appendLine(s, n);
            pass.placement.placed(n);
          }
          return true;
        }
        return false;
      }
      tabular = true;
      lastLine = n;
      List<String> cells = expandedCells(line);
      // Each cell's text without tags, worked out once for all the tests below (there were five).
      List<String> plainCells = new ArrayList<>(cells.size());
      for (String c : cells) {
        plainCells.add(HtmlFragments.stripTags(c));
      }
      int labelIndex = -1;
      for (int i = 0; i < cells.size(); i++) {
        if (!plainCells.get(i).isEmpty()) {
          labelIndex = i;
          break;
        }
      }
      int contentStart = 0;
      Section lineSection = section;
      boolean labelled = false;
      if (labelIndex >= 0) {
        String first = plainCells.get(labelIndex);
        Optional<Section> label = Section.LABELS.matchExactly(trimLabel(first));
        if (label.isPresent()) {
          lineSection = label.get();
          contentStart = labelIndex + 1;
          labelled = true;
        } else if (section != null && sectionHasInlineContent && section.successor() != null
            && !labels.contains(section.successor()) && looksLikeList(cells.get(labelIndex))
            && section != Section.PILOTAGE && section != Section.CALENDAR) {
          lineSection = section.successor();
          pass.ctx.info("action-plan.unlabelled-section", n,
              "fiche " + number + ": unlabelled block after " + section + " read as " + lineSection);
          labels.add(lineSection);
        }
      }
      int gridStart = gridStart(cells, plainCells, contentStart, lineSection);
      boolean fresh = labelled;
      List<String> content = new ArrayList<>();
      List<String> plainContent = new ArrayList<>();
      for (int i = contentStart; i < gridStart; i++) {
        if (!plainCells.get(i).isEmpty()) {
          content.add(cells.get(i));
          plainContent.add(plainCells.get(i));
        }
      }
      if (lineSection == null) {
        for (String c : plainContent) {
          notes.add(c);
          fresh = true;
        }
      } else {
        fresh |= addContent(content, plainContent, n, lineSection);
        if (labelled) {
          sectionHasInlineContent = !content.isEmpty();
        }
      }
      boolean anyGrid = false;
      if (gridStart < cells.size()) {
        GridOutcome g = grid(cells.subList(gridStart, cells.size()), plainCells.subList(gridStart, cells.size()), n);
        fresh |= g.fresh;
        anyGrid = g.any;
      }
      section = lineSection;
      if (fresh) {
        pass.placement.placed(n);
      } else if (anyGrid || !content.isEmpty()) {
        pass.placement.noise(n, NoiseKind.REPEATED_BLOCK);
      }
      return true;
    }

    /** A plain line under a label alone: joined to the previous line of the same block, so lists nest. */
    private void appendLine(String text, int n) {
      if (!fragments.isEmpty()) {
        Fragment last = fragments.get(fragments.size() - 1);
        if (last.section == section && last.lastLine == n - 1 && plainBlock) {
          fragments.set(fragments.size() - 1, new Fragment(section, last.text + "\n" + text, last.line, n));
          return;
        }
      }
      fragments.add(new Fragment(section, text, n, n));
      plainBlock = true;
    }

    /** Adds the content cells not read yet in the fiche ({@code plainContent}: the same without tags). */
    private boolean addContent(List<String> content, List<String> plainContent, int n, Section s) {
      plainBlock = false;
      boolean fresh = false;
      for (int i = 0; i < content.size(); i++) {
        String c = content.get(i);
        if (seenFragments.firstTime(s + " " + plainContent.get(i))) {
          fragments.add(new Fragment(s, c, n, n));
          fresh = true;
        }
      }
      return fresh;
    }

    private record GridOutcome(boolean fresh, boolean any) {}

    private GridOutcome grid(List<String> cells, List<String> plainCells, int n) {
      boolean fresh = false;
      boolean any = false;
      List<Integer> foundYears = new ArrayList<>();
      int lastYearIndex = -2;
      boolean gaps = false;
      boolean semesterCells = false;
      for (int i = 0; i < cells.size(); i++) {
        String s = plainCells.get(i);
        if (YEAR.matcher(s).matches() && (foundYears.isEmpty() || Integer.parseInt(s) == foundYears.get(foundYears.size() - 1) + 1)) {
          if (foundYears.size() == 1 && i - lastYearIndex == 2) {
            gaps = true;
          }
          foundYears.add(Integer.parseInt(s));
          lastYearIndex = i;
        } else if (SemesterGrid.isHeaderCell(s) && !FOUR_DIGITS.matcher(s).matches()) {
          semesterCells = true;
        }
      }
      if (foundYears.size() >= 2) {
        any = true;
        if (years == null) {
          years = List.copyOf(foundYears);
          fresh = true;
          if (semesterColumns == null && !semesterCells) {
            semesterColumns = gaps; // "2018 _ 2019 _": two columns a year; "2018 2019": one
          }
        }
      }
      if (semesterCells) {
        any = true;
        if (semesterColumns == null || years == null && pass.lastYears == null) {
          fresh = semesterColumns == null;
          semesterColumns = Boolean.TRUE;
        }
      }
      List<SemesterGrid.Row> rows = SemesterGrid.rows(cells,
          s -> Section.LABELS.matchExactly(trimLabel(s)).isPresent() || YEAR.matcher(s).matches());
      for (SemesterGrid.Row row : rows) {
        any = true;
        if (row.marks().stream().noneMatch(b -> b)) {
          ActionCalendar parsed = CalendarParser.standard().parse(row.label());
          if (parsed.form() != CalendarForm.UNPARSED && parsed.form() != CalendarForm.NONE) {
            if (calendar.form() == CalendarForm.NONE) {
              calendar = parsed;
              fresh = true;
            }
            continue;
          }
        }
        String key = TextFolding.foldWords(row.label());
        SemesterGrid grid = currentGrid();
        ActionCalendar cal = grid == null ? ActionCalendar.none() : grid.calendar(row);
        if (grid == null && row.marks().stream().anyMatch(b -> b)) {
          pass.ctx.warn("action-plan.grid-without-header", n,
              "fiche " + number + ": calendar row '" + row.label() + "' has marks but no year header was found");
          cal = ActionCalendar.state(row.marks().toString(), CalendarForm.UNPARSED);
        }
        SousAction previous = sousActions.get(key);
        if (previous == null) {
          sousActions.put(key, new SousAction(Ids.sousAction(id, sousActions.size() + 1), row.label(), cal,
              Optional.empty(), Optional.of(pass.doc.sourceLocation(n, n))));
          fresh = true;
        } else if (!previous.calendar().semesters().equals(cal.semesters())) {
          pass.ctx.warn("action-plan.repeated-grid-differs", n,
              "fiche " + number + ": calendar row '" + row.label() + "' printed again with other marks; the first is kept");
        }
      }
      return new GridOutcome(fresh, any);
    }

    private SemesterGrid currentGrid() {
      List<Integer> y = years != null ? years : pass.lastYears;
      if (y == null) {
        y = pass.firstYearsInDocument();
      }
      if (y == null) {
        return null;
      }
      boolean semesters = semesterColumns != null ? semesterColumns : pass.lastSemesterColumns;
      return SemesterGrid.of(y, semesters);
    }

    private static int gridStart(List<String> cells, List<String> plainCells, int from, Section section) {
      for (int k = from; k < cells.size(); k++) {
        String s = plainCells.get(k);
        if (s.isEmpty()) {
          continue;
        }
        if (section == Section.CALENDAR) {
          return k;
        }
        if (SemesterGrid.isHeaderCell(s) && nextNonEmpty(plainCells, k + 1, 3).map(SemesterGrid::isHeaderCell).orElse(false)) {
          return k;
        }
        if (Section.LABELS.matchExactly(trimLabel(s)).filter(x -> x == Section.CALENDAR).isPresent()) {
          return k;
        }
        if (s.length() <= 200 && !hasBullet(cells.get(k)) && !SemesterGrid.isMark(s)
            && nextNonEmpty(plainCells, k + 1, 10).map(SemesterGrid::isMark).orElse(false)) {
          return k;
        }
      }
      return cells.size();
    }

    /** The next cell without tags that is not empty, within {@code within} cells of {@code from}. */
    private static Optional<String> nextNonEmpty(List<String> plainCells, int from, int within) {
      for (int k = from; k < plainCells.size() && k < from + within; k++) {
        String s = plainCells.get(k);
        if (!s.isEmpty()) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }

    Fiche build() {
      if (years != null) {
        pass.lastYears = years;
        pass.lastSemesterColumns = semesterColumns == null || semesterColumns;
      }
      Fiche.Builder b = Fiche.builder(number, title).id(id)
          .location(pass.doc.sourceLocation(firstLine, Math.max(firstLine, lastLine)))
          .calendar(calendar);
      List<FicheReference> refs = new ArrayList<>();
      Map<Section, List<ListItem>> lists = new EnumMap<>(Section.class);
      List<Fragment> pilotage = new ArrayList<>();
      List<Fragment> indicators = new ArrayList<>();
      for (Fragment f : fragments) {
        switch (f.section) {
          case PILOTAGE -> pilotage.add(f);
          case INDICATORS -> indicators.add(f);
          case CALENDAR -> {
            if (calendar.form() == CalendarForm.NONE && sousActions.isEmpty()) {
              b.calendar(CalendarParser.standard().parse(HtmlFragments.stripTags(f.text)));
            }
          }
          default -> lists.computeIfAbsent(f.section, k -> new ArrayList<>()).addAll(BulletLists.parse(f.text));
        }
      }
      lists.getOrDefault(Section.DIAGNOSTIC, List.of()).forEach(b::addDiagnostic);
      lists.getOrDefault(Section.OBJECTIVES, List.of()).forEach(b::addObjective);
      lists.getOrDefault(Section.OPERATIONAL_OBJECTIVES, List.of()).forEach(b::addOperationalObjective);
      lists.getOrDefault(Section.BREAKDOWN, List.of()).forEach(b::addBreakdown);
      lists.getOrDefault(Section.VIGILANCE, List.of()).forEach(b::addVigilance);
      for (List<ListItem> items : lists.values()) {
        for (FicheReference r : FicheReferences.find(items)) {
          if (!refs.contains(r)) {
            refs.add(r);
          }
        }
      }
      for (String note : notes) {
        b.addNote(note);
        FicheReferences.find(note).stream().filter(r -> !refs.contains(r)).forEach(refs::add);
      }
      refs.forEach(b::addCrossReference);
      actors(pilotage, b);
      sousActions.values().forEach(b::addSousAction);
      indicators(indicators, b);
      return b.build();
    }

    private void actors(List<Fragment> pilotage, Fiche.Builder b) {
      Map<Integer, Role> columns = new LinkedHashMap<>();
      List<String> seen = new ArrayList<>();
      int unassigned = 0;
      for (Fragment f : pilotage) {
        String text = f.text;
        Optional<Role> header = ROLES.matchExactly(trimLabel(HtmlFragments.stripTags(text)));
        int column = columnOf(f);
        if (header.isPresent()) {
          columns.put(column, header.get());
          continue;
        }
        Role role = columns.get(column);
        Matcher prefix = ROLE_PREFIX.matcher(HtmlFragments.stripTags(PARAGRAPH_END.matcher(text).replaceAll(" : ")));
        String body = text;
        if (prefix.matches() && ROLES.match(prefix.group(1)).isPresent()) {
          role = ROLES.match(prefix.group(1)).get();
          body = afterRoleLabel(text);
        }
        if (role == null) {
          role = unassigned++ == 0 ? Role.PILOT : Role.PARTNER;
        }
        for (Actor a : actorsOf(body)) {
          if (seen.contains(role + a.key())) {
            continue;
          }
          seen.add(role + a.key());
          if (role == Role.PILOT) {
            b.addPilot(a);
          } else {
            b.addPartner(a);
          }
        }
      }
    }

    /** The column of a fragment in its line, to pair value rows with a header row of roles. */
    private int columnOf(Fragment f) {
      SourceLine line = pass.doc.line(f.line);
      List<SourceLine.Cell> cells = line.cells();
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).text().equals(f.text)) {
          return i;
        }
      }
      return -1;
    }

    private static String afterRoleLabel(String html) {
      Matcher m = HtmlFragments.TAG.matcher(html);
      String plain = html;
      // Drop the label paragraph: everything up to the end of the first paragraph or the colon.
      int close = html.toLowerCase(java.util.Locale.ROOT).indexOf("</p>");
      if (close >= 0) {
        return html.substring(close + 4);
      }
      Matcher p = ROLE_PREFIX.matcher(HtmlFragments.stripTags(plain));
      return p.matches() ? p.group(2) : plain;
    }

    private List<Actor> actorsOf(String html) {
      List<String> names = new ArrayList<>();
      if (hasBullet(html) || html.toLowerCase(java.util.Locale.ROOT).contains("<li")) {
        for (ListItem item : BulletLists.parse(html)) {
          item.flatten().forEach(t -> names.addAll(ActorNames.split(t)));
        }
      } else {
        for (String para : HtmlFragments.toTextWithBreaks(PARAGRAPH_TAG.matcher(html).replaceAll("<br>")).split("\n")) {
          names.addAll(ActorNames.split(para));
        }
      }
      return names.stream().filter(s -> !s.isBlank()).map(s -> pass.actorNames.actor(s)).toList();
    }

    private void indicators(List<Fragment> fragments, Fiche.Builder b) {
      IndicatorKind kind = IndicatorKind.UNSPECIFIED;
      SeenTexts labels = new SeenTexts();
      int count = 0;
      for (Fragment f : fragments) {
        Matcher m = KIND_HEADING.matcher(f.text);
        int last = 0;
        List<Map.Entry<IndicatorKind, String>> segments = new ArrayList<>();
        IndicatorKind current = kind;
        while (m.find()) {
          segments.add(Map.entry(current, f.text.substring(last, m.start())));
          current = IndicatorTexts.kindOfHeading(m.group(1)).orElse(IndicatorKind.UNSPECIFIED);
          last = m.end();
        }
        segments.add(Map.entry(current, f.text.substring(last)));
        kind = current;
        for (Map.Entry<IndicatorKind, String> seg : segments) {
          for (ListItem item : BulletLists.parse(seg.getValue())) {
            for (String label : item.flatten()) {
              if (!labels.firstTime(label)) {
                continue;
              }
              b.addIndicator(Indicator.builder(Ids.indicator(id, ++count), label)
                  .kind(seg.getKey())
                  .measureType(IndicatorTexts.measureType(label))
                  .direction(IndicatorTexts.direction(label))
                  .location(pass.doc.sourceLocation(f.line, f.line))
                  .build());
            }
          }
        }
      }
    }
  }

  /** Tab cells, with HTML tables expanded into their cells, row after row. */
  static List<String> expandedCells(SourceLine line) {
    List<String> out = new ArrayList<>();
    for (SourceLine.Cell c : line.cells()) {
      String t = c.text();
      int table = t.toLowerCase(java.util.Locale.ROOT).indexOf("<table");
      if (table < 0) {
        out.add(t);
        continue;
      }
      if (table > 0 && !HtmlFragments.stripTags(t.substring(0, table)).isEmpty()) {
        out.add(t.substring(0, table));
      }
      int end = t.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</table>");
      String html = end >= 0 ? t.substring(table, end + 8) : t.substring(table);
      for (List<String> row : HtmlFragments.tableRows(html)) {
        out.addAll(row);
      }
      if (end >= 0 && end + 8 < t.length()) {
        out.add(t.substring(end + 8));
      }
    }
    return out;
  }

  static boolean hasBullet(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (BulletLists.isStrongBullet(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean looksLikeList(String cell) {
    String s = cell.strip().toLowerCase(java.util.Locale.ROOT);
    return s.startsWith("<ul") || s.startsWith("<ol") || s.startsWith("<li") || hasBullet(s.substring(0, Math.min(3, s.length())))
        || s.startsWith("<p");
  }
}
