package fr.pasdecalais.schema;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import org.schemadepartemental.core.Departement;
import org.schemadepartemental.core.Glossary;
import org.schemadepartemental.core.Review;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.YearRange;
import org.schemadepartemental.core.glossary.BuiltInGlossary;
import org.schemadepartemental.io.spi.support.AbstractDocumentReader;
import org.schemadepartemental.io.spi.support.Acronyms;
import org.schemadepartemental.io.spi.support.DocumentContext;
import org.schemadepartemental.io.spi.support.DocumentFacts;
import org.schemadepartemental.io.spi.support.PageNoise;
import org.schemadepartemental.io.spi.support.TextDocument;

/**
 * Reads the Pas-de-Calais review of its plan, in four parts found by their headings: the front
 * matter (preamble, committee table, list of axes: {@link FrontMatter}), the territorial axes
 * from the first "AXE 1" ({@link TerritorialPart}), the department-wide fiches from "2. les
 * fiches actions" ({@link FichePart}, {@link NewFiche}), and the page footer naming the review
 * ("Bilan 2012 du Schéma…"). Every line lands in the model (the preamble and introductions as
 * the review's notes) or is classified as noise (separators, pictures, repeated page elements).
 */
final class PasDeCalaisReviewReader extends AbstractDocumentReader {

  @Override
  protected String expectedLayout() {
    return "a review in the Pas-de-Calais layout: territorial committees, 'AXE n' with working groups per"
        + " territory, fiches with 'Point bilan' and 'Perspectives'";
  }

  @Override
  protected Schema read(DocumentContext ctx) {
    TextDocument doc = ctx.document();
    String text = doc.text();
    ReviewDraft draft = new ReviewDraft(ctx);
    FrontMatter.Noise noise = new FrontMatter.Noise(ctx,
        PageNoise.scanner(3, 80, PasDeCalaisReviewReader::isStructural).scan(doc));
    Optional<LocalDate> reviewDate = ReviewFacts.reviewDate(text);
    Optional<LocalDate> adoption = ReviewFacts.adoption(text);
    Glossary glossary = BuiltInGlossary.glossary();

    int end = doc.lineCount();
    int footer = footerStart(doc);
    int axes = firstStandaloneAxis(doc, footer - 1);
    int fiches = fichesHeading(doc, Math.max(1, axes), footer - 1);
    int frontEnd = (axes > 0 ? axes : fiches > 0 ? fiches : footer) - 1;
    new FrontMatter(draft, noise).read(1, frontEnd);
    if (axes > 0) {
      new TerritorialPart(draft, noise).read(axes, (fiches > 0 ? fiches : footer) - 1);
    }
    if (fiches > 0) {
      StringBuilder partTitle = new StringBuilder();
      int body = partHeading(ctx, fiches, footer - 1, partTitle);
      NewFiche newFiche = new NewFiche(draft, noise, glossary, reviewDate.or(() -> adoption).map(LocalDate::getYear));
      new FichePart(draft, noise, newFiche).read(body, footer - 1, partTitle.toString());
    }
    readFooter(draft, noise, footer, end);

    if (draft.orientations.isEmpty() && !draft.knowsTerritories()) {
      throw ctx.failure(0, "no territorial axis, committee or fiche review found", expectedLayout());
    }
    Optional<Departement> departement = ctx.departement(DocumentFacts.findDepartement(doc));
    Optional<YearRange> period = ctx.period(ReviewFacts.period(text));
    String title = ReviewFacts.planTitle(text).orElse(doc.source());
    Schema.Builder plan = Schema.builder(ctx.planId(departement, period, title), title)
        .orientations(draft.buildOrientations())
        .territories(draft.buildTerritories())
        .glossary(Glossary.of(Acronyms.definitions(text)))
        .location(doc.sourceLocation(1, Math.max(1, end)));
    departement.ifPresent(plan::departement);
    period.ifPresent(plan::period);
    adoption.ifPresent(plan::adoptionDate);
    if (reviewDate.isEmpty()) {
      if (!draft.entries.isEmpty()) {
        throw ctx.failure(0, "the date of the review is not stated",
            "'bilan consolidé à la date du 31 décembre 2012' or a footer 'Bilan 2012 du Schéma…'");
      }
      draft.reviewNotes.items().forEach(plan::addNote);
      return plan.build();
    }
    plan.addReview(new Review("bilan-" + reviewDate.get(), reviewDate.get(), draft.reviewTitle, Optional.empty(),
        draft.entries.stream().map(ReviewEntry.Builder::build).toList(), draft.reviewNotes.items(),
        Optional.of(doc.sourceLocation(1, Math.max(1, end)))));
    return plan.build();
  }

  /** Labels, axis headings, bullets and lines in capitals are the layout's, however often they repeat. */
  private static boolean isStructural(String line) {
    String s = ReviewText.clean(line);
    return ReviewText.isFixedLabel(s) || ReviewText.AXIS.matcher(s).matches() || ReviewText.isBullet(s)
        || LabelledLine.of(TerritorialPart.LABELS, s).isPresent() || LabelledLine.of(NewFiche.LABELS, s).isPresent()
        || ReviewText.isAllCaps(s) && s.split(" ").length <= 6;
  }

  /**
   * The page footer at the end ("Direction de l'Enfance et de la Famille – …", "Bilan 2012 du
   * Schéma…"): the last title-like lines, at most three, when one names the review. The line
   * after the document when there is none.
   */
  private static int footerStart(TextDocument doc) {
    int n = doc.lineCount();
    while (n >= 1 && ReviewText.clean(doc.line(n).text()).isEmpty()) {
      n--;
    }
    int start = doc.lineCount() + 1;
    boolean named = false;
    for (int k = n, taken = 0; k >= 1 && taken < 3; k--) {
      String text = doc.line(k).text();
      if (ReviewText.clean(text).isEmpty()) {
        continue;
      }
      if (!ReviewText.isTitleLike(text)) {
        break;
      }
      taken++;
      named |= ReviewFacts.REVIEW_TITLE.matcher(ReviewText.clean(text)).matches();
      if (named) {
        start = k;
      }
    }
    return start;
  }

  private static void readFooter(ReviewDraft draft, FrontMatter.Noise noise, int from, int to) {
    draft.reviewNotes.endSection();
    for (int n = from; n <= to; n++) {
      String text = draft.context.document().line(n).text();
      String s = ReviewText.clean(text);
      if (s.isEmpty() || noise.skip(n)) {
        continue;
      }
      draft.context.placement().placed(n);
      if (ReviewFacts.REVIEW_TITLE.matcher(s).matches() && draft.reviewTitle.isEmpty()) {
        draft.reviewTitle = Optional.of(s);
      } else {
        draft.reviewNotes.add(text);
      }
    }
  }

  /** The first "AXE 1" alone on its line (the list of axes in the introduction has titles on the same line). */
  private static int firstStandaloneAxis(TextDocument doc, int to) {
    for (int n = 1; n <= to; n++) {
      Matcher m = ReviewText.AXIS.matcher(ReviewText.clean(doc.line(n).text()));
      if (m.matches() && (m.group(2) == null || m.group(2).isBlank())) {
        return n;
      }
    }
    return 0;
  }

  private static int fichesHeading(TextDocument doc, int from, int to) {
    for (int n = from; n <= to; n++) {
      String s = ReviewText.clean(doc.line(n).text());
      if (ReviewText.FICHES_PART.matcher(s).matches() && !ReviewText.isBullet(s)) {
        return n;
      }
    }
    return 0;
  }

  /**
   * Places the heading of the fiche part and its continuation lines ("2. les fiches actions" /
   * "du Schéma de l'Enfance et de la Famille") into {@code title}; returns the line after them.
   */
  private static int partHeading(DocumentContext ctx, int heading, int to, StringBuilder title) {
    title.append(ReviewText.clean(ctx.document().line(heading).text()).replaceFirst("^\\d\\s*[.)]\\s*", ""));
    ctx.placement().placed(heading);
    int n = heading + 1;
    for (; n <= to; n++) {
      String s = ReviewText.clean(ctx.document().line(n).text());
      if (s.isEmpty()) {
        continue;
      }
      if (!Character.isLowerCase(s.charAt(0))) {
        break;
      }
      title.append(' ').append(s);
      ctx.placement().placed(n);
    }
    return n;
  }
}
