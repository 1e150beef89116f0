package org.schemadepartemental.io.internal;

import java.util.Arrays;
import java.util.List;
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

  /** The kebab spellings of {@code type}, for a reader that looks many values up. */
  public static <E extends Enum<E>> Lookup<E> lookup(Class<E> type) {
    return new Lookup<>(type);
  }

  /**
   * The constants of one enum with their kebab spellings, built once (an immutable constant of the
   * reader): looking a value up neither copies the constants ({@code getEnumConstants} clones them)
   * nor needs the value as a string.
   *
   * @param <E> the enum
   */
  public static final class Lookup<E extends Enum<E>> {
    private final List<E> constants;
    private final List<String> spellings;
    private final String choices;

    private Lookup(Class<E> type) {
      this.constants = List.of(type.getEnumConstants());
      this.spellings = constants.stream().map(EnumNames::toKebab).toList();
      this.choices = EnumNames.choices(type);
    }

    /**
     * The constant spelled by {@code length} characters of {@code chars} from {@code offset}
     * (exact spelling only, as {@link #fromKebab}), or null.
     */
    public E find(char[] chars, int offset, int length) {
      for (int i = 0; i < spellings.size(); i++) {
        if (spells(spellings.get(i), chars, offset, length)) {
          return constants.get(i);
        }
      }
      return null;
    }

    /** The accepted spellings, as {@link #choices(Class)}. */
    public String choices() {
      return choices;
    }

    private static boolean spells(String spelling, char[] chars, int offset, int length) {
      if (spelling.length() != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (spelling.charAt(i) != chars[offset + i]) {
          return false;
        }
      }
      return true;
    }
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
