package org.schemadepartemental.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.report.internal.French;
import org.schemadepartemental.report.internal.Html;
import org.schemadepartemental.report.internal.HtmlBuilder;
import org.schemadepartemental.report.internal.MarkdownWriter;

class EscapingTest {

  @Property(tries = 300, seed = "20261122")
  void escapedTextHasNoMarkupCharacterLeft(@ForAll String text) {
    String escaped = Html.escape(text);
    assertThat(escaped).doesNotContain("<", ">", "\"", "'");
    assertThat(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
    assertThat(escaped.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')).isEmpty();
  }

  @Property(tries = 300, seed = "20261122")
  void escapingThenUnescapingGivesTheTextBack(@ForAll("printable") String text) {
    String back = Html.escape(text).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
    assertThat(back).isEqualTo(text);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> printable() {
    return net.jqwik.api.Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\u00ff')
        .ofMaxLength(40);
  }

  @Test
  void attributesAndTextGoThroughTheSameEscaping() {
    String html = new HtmlBuilder().element("p", "<b>\"x\"</b>", "title", "\"><script>").toString();
    assertThat(html).isEqualTo("<p title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;&quot;x&quot;&lt;/b&gt;</p>");
  }

  @Test
  void tagAndAttributeNamesAreChecked() {
    assertThatThrownBy(() -> new HtmlBuilder().open("p onload=x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HtmlBuilder().open("p", "on load", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HtmlBuilder().open("p").close("div")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new HtmlBuilder().open("p").toString()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anHtmlElementThatIsNotVoidIsAlwaysClosed() {
    assertThat(new HtmlBuilder().empty("span", "class", "swatch").toString()).isEqualTo("<span class=\"swatch\"></span>");
    assertThat(new HtmlBuilder().empty("meta", "charset", "utf-8").toString()).isEqualTo("<meta charset=\"utf-8\">");
  }

  @Test
  void markdownEscapesPunctuationAndBlockStarts() {
    assertThat(MarkdownWriter.escape("a*b_c [d](e) `f` | g ~h~ <i> & j", false))
        .isEqualTo("a\\*b\\_c \\[d\\](e) \\`f\\` \\| g \\~h\\~ &lt;i&gt; &amp; j");
    assertThat(MarkdownWriter.escape("# pas un titre", true)).isEqualTo("\\# pas un titre");
    assertThat(MarkdownWriter.escape("- pas une liste", true)).isEqualTo("\\- pas une liste");
    assertThat(MarkdownWriter.escape("2019. une année", true)).isEqualTo("2019\\. une année");
    assertThat(MarkdownWriter.escape("+4", false)).isEqualTo("+4");
    assertThat(MarkdownWriter.escape("deux\nlignes", false)).isEqualTo("deux lignes");
  }

  @Test
  void numbersAreWrittenTheFrenchWay() {
    assertThat(French.number(new BigDecimal("2204"))).isEqualTo("2\u202F204");
    assertThat(French.number(new BigDecimal("62.5"))).isEqualTo("62,5");
    assertThat(French.number(new BigDecimal("0.73046875"))).isEqualTo("0,73");
    assertThat(French.number(new BigDecimal("-1234567.5"))).isEqualTo("−1\u202F234\u202F567,5");
    assertThat(French.number(new BigDecimal("1E+3"))).isEqualTo("1\u202F000");
    assertThat(French.signed(new BigDecimal("4"))).isEqualTo("+4");
    assertThat(French.percent(new BigDecimal("56.3"))).isEqualTo("56,3\u202F%");
  }
}
