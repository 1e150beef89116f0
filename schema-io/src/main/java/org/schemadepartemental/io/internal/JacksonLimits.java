package org.schemadepartemental.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.Optional;
import java.util.function.Function;
import org.schemadepartemental.io.InputLocation;
import org.schemadepartemental.io.LimitExceededException;
import org.schemadepartemental.io.ReadLimits;

/**
 * The {@link ReadLimits} as Jackson's stream constraints, the cache of the factories built with
 * them, and Jackson's constraint errors turned into {@link LimitExceededException}s.
 */
public final class JacksonLimits {

  /**
   * How many limit configurations keep their factory. Applications use one or two; a caller
   * building new limits for every read still gets bounded memory.
   */
  private static final int CACHED_CONFIGURATIONS = 16;

  private JacksonLimits() {}

  /** The read constraints of the limits. */
  public static StreamReadConstraints readConstraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxNameLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(limits.maxDocumentLength())
        .build();
  }

  /** The write constraints of the limits: what is written can be read back with the same limits. */
  public static StreamWriteConstraints writeConstraints(ReadLimits limits) {
    return StreamWriteConstraints.builder().maxNestingDepth(limits.maxNestingDepth()).build();
  }

  /**
   * A cache of factories by limits: building a factory is costly and a factory is thread-safe, so
   * one serves every read with the same limits. The cache is a memo of a pure function of its key,
   * bounded in size; it holds no state a caller can observe.
   */
  public static <F extends JsonFactory> Function<ReadLimits, F> factoryCache(Function<ReadLimits, F> build) {
    LoadingCache<ReadLimits, F> cache = CacheBuilder.newBuilder()
        .maximumSize(CACHED_CONFIGURATIONS)
        .build(CacheLoader.from(build::apply));
    F defaults = build.apply(ReadLimits.defaults());
    return limits -> limits.equals(ReadLimits.defaults()) ? defaults : cache.getUnchecked(limits);
  }

  /**
   * The limit a Jackson constraint error is about, as a {@link LimitExceededException} at the
   * location; empty for a constraint the limits do not set.
   */
  public static Optional<LimitExceededException> translate(StreamConstraintsException e, ReadLimits limits,
      InputLocation at) {
    String message = String.valueOf(e.getOriginalMessage());
    // Jackson names the getter of the constraint: "… (201, from `StreamReadConstraints.getMaxNestingDepth()`)".
    String[][] names = {
        {"getMaxNestingDepth", ReadLimits.MAX_NESTING_DEPTH, "nesting too deep", "levels of nested objects and arrays"},
        {"getMaxStringLength", ReadLimits.MAX_STRING_LENGTH, "string too long", "characters per string"},
        {"getMaxNameLength", ReadLimits.MAX_NAME_LENGTH, "field name too long", "characters per field name"},
        {"getMaxNumberLength", ReadLimits.MAX_NUMBER_LENGTH, "number too long", "characters per number"},
        {"getMaxDocumentLength", ReadLimits.MAX_DOCUMENT_LENGTH, "document too long", "bytes (or characters)"}};
    for (String[] n : names) {
      if (message.contains(n[0])) {
        return Optional.of(new LimitExceededException(at, n[1], limits.value(n[1]), n[2], n[3], e));
      }
    }
    return Optional.empty();
  }
}
