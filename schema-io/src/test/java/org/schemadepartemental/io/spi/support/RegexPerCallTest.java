package org.schemadepartemental.io.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The document readers and their support run on every line of a document: a regular expression
 * given to {@code String.matches}, {@code replaceAll}, {@code replaceFirst} or {@code split} is
 * compiled again on every call, so they use patterns compiled once instead. Only a one-character
 * split, which the JDK does without a pattern, is allowed.
 */
class RegexPerCallTest {
  private static final List<Path> SOURCES = List.of(
      Path.of("src/main/java/org/schemadepartemental/io/spi/support"),
      Path.of("src/main/java/org/schemadepartemental/io/layouts"),
      Path.of("src/main/java/org/schemadepartemental/io/markdown"));
  /** A string literal given as the regular expression (String.replaceAll and replaceFirst take a second argument). */
  private static final Pattern REGEX_CALL = Pattern.compile(
      "\\.(?:(matches|split)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"|(replaceAll|replaceFirst)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,)");

  /** Whether String.split takes this regex without compiling a pattern: one plain character, or one escaped. */
  private static boolean splitsWithoutPattern(String javaLiteral) {
    String regex = javaLiteral.translateEscapes();
    return regex.length() == 1 && ".$|()[{^?*+\\".indexOf(regex.charAt(0)) < 0
        || regex.length() == 2 && regex.charAt(0) == '\\' && !Character.isLetterOrDigit(regex.charAt(1));
  }

  @Test
  void noRegularExpressionIsCompiledPerCall() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path dir : SOURCES) {
      assertThat(dir).isDirectory();
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String[] lines = Files.readString(file).split("\n");
          for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("*") || lines[i].strip().startsWith("//")) {
              continue; // Javadoc and comments may quote the patterns they replace
            }
            Matcher m = REGEX_CALL.matcher(lines[i]);
            while (m.find()) {
              if (!("split".equals(m.group(1)) && splitsWithoutPattern(m.group(2)))) {
                found.add(file.getFileName() + ":" + (i + 1) + ": " + m.group());
              }
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
