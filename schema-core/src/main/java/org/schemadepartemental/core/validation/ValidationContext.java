package org.schemadepartemental.core.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Ids;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.SousAction;

/**
 * What a {@link ValidationRule} works with during one validation: the plan, its fiches with
 * their paths, the ids it defines, and where to report problems. Made by {@link SchemaValidator}
 * for each validation and used by one thread.
 */
public final class ValidationContext {

  /**
   * A fiche and where it is.
   *
   * @param fiche the fiche
   * @param path its path ({@code orientations[1].fiches[2]})
   * @param orientation the orientation holding it
   */
  public record FicheAt(Fiche fiche, ModelPath path, Orientation orientation) {}

  private final Schema schema;
  private final ImmutableList<FicheAt> fiches;
  private final Map<String, FicheAt> fichesById = new LinkedHashMap<>();
  private final Map<String, FicheAt> fichesByNumber = new LinkedHashMap<>();
  private final ImmutableSet<String> sousActionIds;
  private final ImmutableSet<String> indicatorIds;
  private final List<ValidationProblem> problems = new ArrayList<>();

  /** Indexes the plan. */
  public ValidationContext(Schema schema) {
    this.schema = Objects.requireNonNull(schema, "schema");
    ImmutableList.Builder<FicheAt> list = ImmutableList.builder();
    ImmutableSet.Builder<String> sousActions = ImmutableSet.builder();
    ImmutableSet.Builder<String> indicators = ImmutableSet.builder();
    for (int o = 0; o < schema.orientations().size(); o++) {
      Orientation orientation = schema.orientations().get(o);
      for (int f = 0; f < orientation.fiches().size(); f++) {
        Fiche fiche = orientation.fiches().get(f);
        FicheAt at = new FicheAt(fiche, ModelPath.root().element("orientations", o).element("fiches", f), orientation);
        list.add(at);
        fichesById.putIfAbsent(fiche.id(), at);
        fichesByNumber.putIfAbsent(Ids.fiche(fiche.number()), at);
        fiche.sousActions().stream().map(SousAction::id).forEach(sousActions::add);
        fiche.indicators().stream().map(Indicator::id).forEach(indicators::add);
      }
    }
    this.fiches = list.build();
    this.sousActionIds = sousActions.build();
    this.indicatorIds = indicators.build();
  }

  /** The plan validated. */
  public Schema schema() {
    return schema;
  }

  /** Every fiche with its path, in document order. */
  public List<FicheAt> fiches() {
    return fiches;
  }

  /** The first fiche with this id. */
  public Optional<FicheAt> ficheById(String id) {
    return Optional.ofNullable(fichesById.get(id));
  }

  /** The first fiche printed with this number ("13" finds "FA 13"; see {@link Ids#fiche}). */
  public Optional<FicheAt> ficheByNumber(String number) {
    return Optional.ofNullable(fichesByNumber.get(Ids.fiche(number)));
  }

  /** The ids of every sous-action of the plan. */
  public Set<String> sousActionIds() {
    return sousActionIds;
  }

  /** The ids of every indicator of the plan. */
  public Set<String> indicatorIds() {
    return indicatorIds;
  }

  /** Records a problem; the message is a sentence, so its first letter is made a capital. */
  public void report(String code, Severity severity, ModelPath path, String message) {
    String sentence = message.isEmpty() ? message : message.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
        + message.substring(1);
    problems.add(new ValidationProblem(code, severity, path, sentence));
  }

  /** The problems reported so far, in order. */
  public List<ValidationProblem> problems() {
    return List.copyOf(problems);
  }

  private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");

  /**
   * A text quoted for a message: in double quotes, on one line, cut after 60 characters
   * ({@code "Développer l'accueil…"}).
   */
  public static String quote(String text) {
    String oneLine = WHITE_SPACE_RUN.matcher(text).replaceAll(" ").strip();
    int cut = oneLine.offsetByCodePoints(0, Math.min(60, oneLine.codePointCount(0, oneLine.length())));
    return "\"" + (cut < oneLine.length() ? oneLine.substring(0, cut) + "…" : oneLine) + "\"";
  }

  /** How a fiche is named in messages: {@code fiche "FA 6" ("Développer l'accueil…")}. */
  public static String describe(Fiche fiche) {
    return "fiche " + quote(fiche.number()) + " (" + quote(fiche.title()) + ")";
  }
}
