package fr.pasdecalais.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schemadepartemental.core.CommitteeMeeting;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.OrientationKind;
import org.schemadepartemental.core.ReviewEntry;
import org.schemadepartemental.core.SourceLocation;
import org.schemadepartemental.core.Territory;
import org.schemadepartemental.core.TerritoryNote;
import org.schemadepartemental.core.WorkingGroup;
import org.schemadepartemental.io.spi.support.DocumentContext;
import org.schemadepartemental.io.spi.support.TextFolding;

/**
 * What one read of the review has gathered so far, filled by the parts of the reader in document
 * order and turned into the model at the end. One per read; not thread-safe.
 */
final class ReviewDraft {

  /** An orientation being read: its fiches are still builders (lifecycles are set later). */
  static final class OrientationDraft {
    final String code;
    String title;
    final OrientationKind kind;
    final List<Fiche.Builder> fiches = new ArrayList<>();
    int firstLine;
    int lastLine;

    OrientationDraft(String code, String title, OrientationKind kind, int line) {
      this.code = code;
      this.title = title;
      this.kind = kind;
      this.firstLine = line;
      this.lastLine = line;
    }

    void extendTo(int line) {
      lastLine = Math.max(lastLine, line);
    }
  }

  /** A territory being read. */
  static final class TerritoryDraft {
    final String name;
    final List<CommitteeMeeting> meetings = new ArrayList<>();
    final List<WorkingGroup> groups = new ArrayList<>();
    final List<TerritoryNote> notes = new ArrayList<>();
    int firstLine;
    int lastLine;

    TerritoryDraft(String name, int line) {
      this.name = name;
      this.firstLine = line;
      this.lastLine = line;
    }
  }

  final DocumentContext context;
  final List<OrientationDraft> orientations = new ArrayList<>();
  private final Map<String, TerritoryDraft> territories = new LinkedHashMap<>();
  final ItemTree reviewNotes = new ItemTree();
  final List<ReviewEntry.Builder> entries = new ArrayList<>();
  Optional<String> reviewTitle = Optional.empty();
  private int departmentOrientations;

  ReviewDraft(DocumentContext context) {
    this.context = context;
  }

  /** The territory of that name (compared ignoring case, accents and punctuation), if known. */
  Optional<TerritoryDraft> territory(String name) {
    return Optional.ofNullable(territories.get(key(name)));
  }

  /** The territory of that name, added when new. */
  TerritoryDraft territoryOrNew(String name, int line) {
    return territories.computeIfAbsent(key(name), k -> new TerritoryDraft(name, line));
  }

  /** Whether the committee table gave the territories. */
  boolean knowsTerritories() {
    return !territories.isEmpty();
  }

  /** The territorial axis with this number, added when new. */
  OrientationDraft territorialAxis(int number, String title, int line) {
    String code = "Axe " + number;
    for (OrientationDraft o : orientations) {
      if (o.code.equals(code)) {
        return o;
      }
    }
    OrientationDraft o = new OrientationDraft(code, title, OrientationKind.TERRITORIAL, line);
    orientations.add(o);
    return o;
  }

  /** A new department-wide orientation, coded D1, D2… in document order (the review prints no code). */
  OrientationDraft departmentOrientation(String title, int line) {
    OrientationDraft o = new OrientationDraft("D" + (++departmentOrientations), title, OrientationKind.UNSPECIFIED, line);
    orientations.add(o);
    return o;
  }

  /** The number the next fiche gets: the review prints none, so fiches are numbered in document order. */
  String nextFicheNumber() {
    return String.valueOf(orientations.stream().mapToInt(o -> o.fiches.size()).sum() + 1);
  }

  /** The model's location of lines of the document. */
  SourceLocation location(int first, int last) {
    return context.document().sourceLocation(first, last);
  }

  List<Orientation> buildOrientations() {
    List<Orientation> out = new ArrayList<>();
    for (OrientationDraft o : orientations) {
      out.add(Orientation.builder(o.code, o.title).kind(o.kind)
          .fiches(o.fiches.stream().map(Fiche.Builder::build).toList())
          .location(location(o.firstLine, o.lastLine)).build());
    }
    return out;
  }

  List<Territory> buildTerritories() {
    return territories.values().stream()
        .map(t -> new Territory(t.name, t.meetings, t.groups, t.notes, Optional.of(location(t.firstLine, t.lastLine))))
        .toList();
  }

  private static String key(String name) {
    return TextFolding.foldWords(name);
  }
}
