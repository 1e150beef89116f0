package org.schemadepartemental.report.internal;

import java.util.List;

/** Renders a {@link Doc} as a self-contained HTML page, every text escaped by {@link HtmlBuilder}. */
public final class HtmlDocWriter {
  private HtmlDocWriter() {}

  /** The page, titled {@code title}. */
  public static String write(String title, List<Doc> blocks) {
    HtmlBuilder h = new HtmlBuilder();
    h.markup("<!DOCTYPE html>\n");
    h.open("html", "lang", "fr").newline().open("head").newline();
    h.empty("meta", "charset", "utf-8").newline();
    h.empty("meta", "http-equiv", "Content-Security-Policy",
        "content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:").newline();
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
    h.element("title", title).newline();
    h.open("style").markup(Css.review()).close("style").newline();
    h.close("head").newline().open("body").open("main", "class", "page").newline();
    for (Doc b : blocks) {
      if (b instanceof Doc.Heading x) {
        h.element("h" + x.level(), x.text());
      } else if (b instanceof Doc.Paragraph p) {
        h.open("p");
        runs(h, p.runs());
        h.close("p");
      } else if (b instanceof Doc.Bullets l) {
        items(h, l.items());
      } else if (b instanceof Doc.Table t) {
        table(h, t);
      } else if (b instanceof Doc.Notice n) {
        h.open("p", "class", "banner", "role", "note").element("strong", n.lead()).text(" — " + n.text()).close("p");
      }
      h.newline();
    }
    h.close("main").close("body").newline().close("html").newline();
    return h.toString();
  }

  private static void runs(HtmlBuilder h, List<Doc.Run> runs) {
    for (Doc.Run r : runs) {
      if (r.bold()) {
        h.element("strong", r.text());
      } else {
        h.text(r.text());
      }
    }
  }

  private static void items(HtmlBuilder h, List<Doc.Item> items) {
    h.open("ul");
    for (Doc.Item i : items) {
      h.open("li");
      if (!i.lead().isEmpty()) {
        h.element("strong", i.lead()).text(i.text().isEmpty() ? "" : " : ");
      }
      h.text(i.text());
      if (!i.children().isEmpty()) {
        items(h, i.children());
      }
      h.close("li");
    }
    h.close("ul");
  }

  private static void table(HtmlBuilder h, Doc.Table t) {
    h.open("table").element("caption", t.caption()).open("thead").open("tr");
    for (int i = 0; i < t.header().size(); i++) {
      h.element("th", t.header().get(i), "scope", "col", "class", t.numeric().get(i) ? "num" : null);
    }
    h.close("tr").close("thead").open("tbody");
    for (List<String> row : t.rows()) {
      h.open("tr");
      for (int i = 0; i < row.size(); i++) {
        if (i == 0) {
          h.element("th", row.get(i), "scope", "row");
        } else {
          h.element("td", row.get(i), "class", t.numeric().get(i) ? "num" : null);
        }
      }
      h.close("tr");
    }
    h.close("tbody").close("table");
  }
}
