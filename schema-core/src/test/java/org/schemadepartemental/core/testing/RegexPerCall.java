package org.schemadepartemental.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds, in a module's sources, the regular expressions compiled again on every call: a string
 * literal given to {@code String.matches}, {@code replaceAll}, {@code replaceFirst} or {@code
 * split}. Code that runs on every line, fiche or calendar of a document uses patterns compiled
 * once instead. Only a one-character split, which the JDK does without a pattern, is allowed;
 * Javadoc and comments may quote the patterns they replace.
 */
public final class RegexPerCall {
  /** A string literal given as the regular expression (String.replaceAll and replaceFirst take a second argument). */
  private static final Pattern REGEX_CALL = Pattern.compile(
      "\\.(?:(matches|split)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"|(replaceAll|replaceFirst)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,)");

  private RegexPerCall() {}

  /**
   * The calls found under these source folders, as {@code File.java:line: call}; empty when none.
   *
   * @throws IllegalArgumentException when a folder does not exist (a moved package would pass unseen)
   */
  public static List<String> in(List<Path> sourceFolders) {
    List<String> found = new ArrayList<>();
    for (Path dir : sourceFolders) {
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException("no source folder " + dir.toAbsolutePath());
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String[] lines = Files.readString(file).split("\n");
          for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("*") || line.startsWith("//")) {
              continue;
            }
            Matcher m = REGEX_CALL.matcher(lines[i]);
            while (m.find()) {
              if (!("split".equals(m.group(1)) && splitsWithoutPattern(m.group(2)))) {
                found.add(file.getFileName() + ":" + (i + 1) + ": " + m.group());
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }

  /** Whether String.split takes this regex without compiling a pattern: one plain character, or one escaped. */
  static boolean splitsWithoutPattern(String javaLiteral) {
    String regex = javaLiteral.translateEscapes();
    return regex.length() == 1 && ".$|()[{^?*+\\".indexOf(regex.charAt(0)) < 0
        || regex.length() == 2 && regex.charAt(0) == '\\' && !Character.isLetterOrDigit(regex.charAt(1));
  }
}
