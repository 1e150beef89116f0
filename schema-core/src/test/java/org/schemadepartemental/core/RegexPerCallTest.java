package org.schemadepartemental.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadepartemental.core.testing.RegexPerCall;

/**
 * The model's text helpers (ids, calendars, dates, numbers, actor keys) run for every fiche,
 * calendar and actor an importer reads: none compiles a regular expression per call.
 */
class RegexPerCallTest {

  @Test
  void noRegularExpressionIsCompiledPerCall() {
    assertThat(RegexPerCall.in(List.of(Path.of("src/main/java")))).isEmpty();
  }

  @Test
  void theScanFindsEachFormAndAllowsOneCharacterSplits(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("A.java"), String.join("\n",
        "class A {",
        "  String a(String s) { return s.replaceAll(\"\\\\s+\", \" \"); }",
        "  boolean b(String s) { return s.matches(\"\\\\d+\"); }",
        "  String[] c(String s) { return s.split(\"\\\\s*,\\\\s*\"); }",
        "  String d(String s) { return s.replaceFirst(\"^x\", \"\"); }",
        "  String[] e(String s) { return s.split(\",\"); }",
        "  String[] f(String s) { return s.split(\"\\\\.\", -1); }",
        "  // s.replaceAll(\"a+\", \"b\") quoted in a comment",
        "}"));
    assertThat(RegexPerCall.in(List.of(dir))).extracting(f -> f.substring(0, f.indexOf(':', 7)))
        .containsExactly("A.java:2", "A.java:3", "A.java:4", "A.java:5");
    assertThatThrownBy(() -> RegexPerCall.in(List.of(dir.resolve("moved")))).isInstanceOf(IllegalArgumentException.class);
  }
}
