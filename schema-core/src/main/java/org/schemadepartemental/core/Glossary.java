package org.schemadepartemental.core;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A glossary: acronym → entry, sorted by acronym. A plan carries its own; {@link #merge} lays it
 * over the built-in glossary of the field (in {@code org.schemadepartemental.core.glossary}).
 *
 * @param entries the entries by acronym
 */
public record Glossary(SortedMap<String, GlossaryEntry> entries) {

  private static final Glossary EMPTY = new Glossary(ImmutableSortedMap.of());

  /** Copies the map and checks keys match their entries. */
  public Glossary {
    entries = ImmutableSortedMap.copyOfSorted(entries == null ? ImmutableSortedMap.of() : entries);
    for (Map.Entry<String, GlossaryEntry> e : entries.entrySet()) {
      if (!e.getKey().equals(e.getValue().acronym())) {
        throw new IllegalArgumentException("key " + e.getKey() + " does not match entry " + e.getValue().acronym());
      }
    }
  }

  /** The empty glossary. */
  public static Glossary empty() {
    return EMPTY;
  }

  /** A glossary of these entries; a later entry for the same acronym wins. */
  public static Glossary of(Collection<GlossaryEntry> list) {
    Map<String, GlossaryEntry> map = new LinkedHashMap<>();
    for (GlossaryEntry e : list) {
      map.put(e.acronym(), e);
    }
    return new Glossary(ImmutableSortedMap.copyOf(map));
  }

  /** The entry for an acronym, exact match first, then ignoring case. */
  public Optional<GlossaryEntry> lookup(String acronym) {
    GlossaryEntry exact = entries.get(acronym);
    if (exact != null) {
      return Optional.of(exact);
    }
    return entries.values().stream().filter(e -> e.acronym().equalsIgnoreCase(acronym)).findFirst();
  }

  /** This glossary laid over {@code base}: entries of this one win. */
  public Glossary merge(Glossary base) {
    Map<String, GlossaryEntry> map = new LinkedHashMap<>(base.entries);
    map.putAll(entries);
    return new Glossary(ImmutableSortedMap.copyOf(map));
  }

  /** The entries in acronym order. */
  public List<GlossaryEntry> list() {
    return List.copyOf(entries.values());
  }

  /** Number of entries. */
  public int size() {
    return entries.size();
  }
}
