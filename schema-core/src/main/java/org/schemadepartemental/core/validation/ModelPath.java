package org.schemadepartemental.core.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a plan something is, written as the accessors lead there:
 * {@code orientations[2].fiches[0].sousActions[3].calendar}. Indexes are 0-based.
 *
 * @param segments the steps from the plan, each a field name with an optional index
 */
public record ModelPath(List<Segment> segments) {

  private static final ModelPath ROOT = new ModelPath(List.of());
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d+)])?");

  /**
   * One step of a path.
   *
   * @param name the field name ({@code fiches})
   * @param index the 0-based index into that list, or -1 for a plain field
   */
  public record Segment(String name, int index) {

    /** Checks the name and the index. */
    public Segment {
      Objects.requireNonNull(name, "name");
      if (!SEGMENT.matcher(name).matches() || name.contains("[")) {
        throw new IllegalArgumentException("not a field name: '" + name + "'");
      }
      if (index < -1) {
        throw new IllegalArgumentException("index must be -1 (none) or at least 0, got " + index);
      }
    }

    @Override
    public String toString() {
      return index < 0 ? name : name + "[" + index + "]";
    }
  }

  /** Copies the segments. */
  public ModelPath {
    segments = ImmutableList.copyOf(segments);
  }

  /** The plan itself (the empty path, written {@code ""}). */
  public static ModelPath root() {
    return ROOT;
  }

  /**
   * Reads a path as {@link #toString()} writes it.
   *
   * @throws IllegalArgumentException when the text is not a path
   */
  public static ModelPath parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return ROOT;
    }
    ImmutableList.Builder<Segment> out = ImmutableList.builder();
    for (String part : text.split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException("not a model path: '" + text + "' (bad step '" + part + "')");
      }
      out.add(new Segment(m.group(1), m.group(2) == null ? -1 : Integer.parseInt(m.group(2))));
    }
    return new ModelPath(out.build());
  }

  /** This path followed by a field. */
  public ModelPath field(String name) {
    return append(new Segment(name, -1));
  }

  /** This path followed by an element of a list field. */
  public ModelPath element(String listName, int index) {
    return append(new Segment(listName, index));
  }

  private ModelPath append(Segment segment) {
    return new ModelPath(ImmutableList.<Segment>builder().addAll(segments).add(segment).build());
  }

  /** Whether this path is {@code other} or lies below it. */
  public boolean startsWith(ModelPath other) {
    return segments.size() >= other.segments.size()
        && segments.subList(0, other.segments.size()).equals(other.segments);
  }

  /** {@code orientations[2].fiches[0].calendar}; the root is the empty string. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(s);
    }
    return sb.toString();
  }
}
