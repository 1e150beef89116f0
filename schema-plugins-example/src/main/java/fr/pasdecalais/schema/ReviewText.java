package fr.pasdecalais.schema;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadepartemental.io.spi.support.BulletLists;
import org.schemadepartemental.io.spi.support.PageNoise;
import org.schemadepartemental.io.spi.support.RunTogetherSplitter;
import org.schemadepartemental.io.spi.support.TextFolding;

/**
 * How lines of the Pas-de-Calais review read: bullets, headings, titles and the fixed labels of
 * the fiche part ("Cahier N°5 - Page 9", "Point bilan sur la fiche action :", "Perspectives
 * 2013 :", "Nouvelle fiche"). Stateless.
 */
final class ReviewText {

  /** "Cahier N°5 - Pages 15 ,16 et 17 (3 fiches regroupées)": volume, pages, how many fiches merged. */
  static final Pattern CAHIER = Pattern.compile(
      "(?iu)^(cahier\\s*n\\s*[°o]?\\s*\\d+)\\s*[-–—]?\\s*pages?\\s*([^()]*?)\\s*[,;]?\\s*"
          + "(?:\\(\\s*((\\d+)\\s+fiches?\\s+regroup[ée]+s?)\\s*\\))?\\s*$");
  /** "Point bilan sur la fiche action :", "Point bilan de la fiche action", "Point bilan". */
  static final Pattern POINT_BILAN = Pattern.compile(
      "(?iu)^point\\s+bilan(?:\\s+(?:sur|de)\\s+la\\s+fiches?\\s*[- ]?\\s*actions?)?\\s*:?\\s*(.*)$");
  /** "Perspectives 2013 :". */
  static final Pattern PERSPECTIVES = Pattern.compile("(?iu)^perspectives?(?:\\s+((?:19|20)\\d{2}))?\\s*:?\\s*(.*)$");
  /** "Nouvelle fiche": the replacement of the fiche just reviewed follows. */
  static final Pattern NEW_FICHE = Pattern.compile("(?iu)^nouvelle\\s+fiche(?:\\s*[- ]?\\s*action)?\\s*:?$");
  /** "AXE 1", "Axe 2 : Accompagnement des adolescents…": a territorial axis. */
  static final Pattern AXIS = Pattern.compile("(?iu)^axe\\s+(\\d{1,2})\\s*(?:[:.–—-]\\s*(.*))?$");
  /** "2. les fiches actions": the heading of the department-wide fiches. */
  static final Pattern FICHES_PART = Pattern.compile(
      "(?iu)^(?:\\d\\s*[.)]\\s*)?(?:les\\s+)?fiches?[\\s-]+actions?\\b.{0,60}$");
  /** "En 2011 :", "En  2010 :": the year the following figures are about. */
  static final Pattern YEAR_HEADING = Pattern.compile("(?iu)^en\\s+((?:19|20)\\d{2})\\s*:?$");
  /** "[image: image2.emf]": what the extraction left of a picture. */
  static final Pattern IMAGE = Pattern.compile("(?iu)^\\[image:[^\\]]*\\]$");

  private ReviewText() {}

  /** The line with runs of spaces (no-break ones too) made one space, stripped. */
  static String clean(String line) {
    return TextFolding.collapseSpaces(line);
  }

  /** The text after the bullet when the line is a bullet item ("· Faire…", "- Faire…", "• Faire…"). */
  static Optional<String> bulletText(String line) {
    String s = clean(line);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    char c = s.charAt(0);
    boolean strong = c == '·' || BulletLists.isStrongBullet(c);
    boolean weak = (c == '-' || c == '*') && s.length() > 1 && s.charAt(1) == ' ';
    if (!strong && !weak) {
      return Optional.empty();
    }
    return Optional.of(s.substring(1).strip());
  }

  /** Whether the line is a bullet item. */
  static boolean isBullet(String line) {
    return bulletText(line).isPresent();
  }

  /** Letters, none of them lower case ("POUR LES ETABLISSEMENTS", "ARRAGEOIS"). */
  static boolean isAllCaps(String text) {
    boolean letter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /**
   * A line that can be (part of) a title: short, no bullet, not a sentence (no final full stop,
   * colon or semicolon), not a web address, not one of the fixed labels.
   */
  static boolean isTitleLike(String line) {
    String s = clean(line);
    if (s.length() < 3 || s.length() > 130 || isBullet(s) || s.contains("www.") || s.contains("http")) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (last == '.' || last == ':' || last == ';' || last == '?' || last == '!' || last == ',') {
      return false;
    }
    return s.chars().anyMatch(Character::isLetter) && !isFixedLabel(s) && !PageNoise.isSeparator(s)
        && !IMAGE.matcher(s).matches();
  }

  /** Cahier reference, Point bilan, Perspectives or Nouvelle fiche. */
  static boolean isFixedLabel(String text) {
    String s = clean(text);
    return CAHIER.matcher(s).matches() || POINT_BILAN.matcher(s).matches() || PERSPECTIVES.matcher(s).matches()
        || NEW_FICHE.matcher(s).matches();
  }

  /**
   * Whether a title line starts a new title rather than continuing the previous one: it starts
   * with a capital (not a quote or parenthesis) after a line that does not end with an article
   * or preposition; or, as in "et Favoriser la formation…", with "et"/"ou" before an infinitive.
   */
  static boolean startsNewTitle(String previous, String line) {
    String s = clean(line);
    String[] words = s.split(" ");
    if (words.length > 1 && (words[0].equals("et") || words[0].equals("ou"))
        && RunTogetherSplitter.isCapitalisedInfinitive(words[1])) {
      return true;
    }
    if (previous != null && endsWithLinkWord(previous)) {
      return false;
    }
    return Character.isUpperCase(s.charAt(0));
  }

  private static final Pattern LINK_END = Pattern.compile(
      "(?iu).*\\b(?:de|du|des|de la|de l['’]|la|le|les|l['’]|et|ou|à|au|aux|en|pour|par|sur|avec|dans|d['’])$");

  private static boolean endsWithLinkWord(String line) {
    return LINK_END.matcher(clean(line)).matches();
  }

  /** The year of a line such as "En 2011 :", if it is one. */
  static Optional<Integer> yearHeading(String line) {
    Matcher m = YEAR_HEADING.matcher(clean(line));
    return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}
