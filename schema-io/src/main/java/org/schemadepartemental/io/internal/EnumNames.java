package org.schemadepartemental.io.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The public spelling of the model's enums in every format: lower-case kebab
 * ({@code TO_BE_DEFINED} ↔ {@code to-be-defined}).
 */
public final class EnumNames {
  private EnumNames() {}

  /** {@code TO_BE_DEFINED} → {@code to-be-defined}. */
  public static String toKebab(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant spelled {@code text} in kebab case, if any (exact spelling only). */
  public static <E extends Enum<E>> Optional<E> fromKebab(Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (isKebabOf(e.name(), text)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code text} is {@link #toKebab} of {@code name}, compared in place: enums are read for every indicator. */
  private static boolean isKebabOf(String name, String text) {
    if (text == null || name.length() != text.length()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (text.charAt(i) != (c == '_' ? '-' : Character.toLowerCase(c))) {
        return false;
      }
    }
    return true;
  }

  /** The accepted spellings, for error messages: {@code output, outcome or unspecified}. */
  public static String choices(Class<? extends Enum<?>> type) {
    String[] names = Arrays.stream(type.getEnumConstants()).map(EnumNames::toKebab).toArray(String[]::new);
    if (names.length == 1) {
      return names[0];
    }
    return Arrays.stream(names, 0, names.length - 1).collect(Collectors.joining(", "))
        + " or " + names[names.length - 1];
  }
}
