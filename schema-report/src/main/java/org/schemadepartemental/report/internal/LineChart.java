package org.schemadepartemental.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Target;
import org.schemadepartemental.core.TargetType;
import org.schemadepartemental.indicators.support.PeriodValue;

/**
 * A small line chart of an indicator as inline SVG: its values period by period (as the
 * calculators see them), a dashed line at its baseline and one at each target, each labelled.
 */
public final class LineChart {
  static final double WIDTH = 380;
  static final double HEIGHT = 190;
  static final double LEFT = 52;
  static final double RIGHT = 100;
  static final double TOP = 14;
  static final double BOTTOM = 30;

  private LineChart() {}

  /** Writes the chart of an indicator's defined values. */
  public static void render(HtmlBuilder h, Indicator indicator, List<PeriodValue> values, String idPrefix) {
    List<PeriodValue> points = values.stream().filter(PeriodValue::isDefined).toList();
    List<Double> all = new ArrayList<>();
    points.forEach(p -> all.add(p.value().orElseThrow().doubleValue()));
    indicator.baseline().ifPresent(b -> all.add(b.value().doubleValue()));
    indicator.targets().forEach(t -> all.add(t.value().doubleValue()));
    double lo = all.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double hi = all.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    if (lo >= 0 && lo <= hi * 0.6) {
      lo = 0;
    }
    if (hi == lo) {
      // A flat series: show it against zero rather than against an empty range.
      if (lo > 0) {
        lo = 0;
      } else if (lo < 0) {
        hi = 0;
      } else {
        hi = 1;
      }
    }
    double[] ticks = ticks(lo, hi);
    lo = Math.min(lo, ticks[0]);
    hi = Math.max(hi, ticks[ticks.length - 1]);
    Scale y = new Scale(lo, hi, HEIGHT - BOTTOM, TOP);
    double x0 = LEFT;
    double x1 = WIDTH - RIGHT;
    int n = points.size();
    String title = indicator.id() + " : " + indicator.label();
    String desc = points.stream().map(p -> French.period(p.period()) + " : " + French.number(p.value().orElseThrow()))
        .reduce((a, b) -> a + " ; " + b).orElse("aucune valeur")
        + indicator.baseline().map(b -> " ; référence " + French.number(b.value())).orElse("")
        + indicator.targets().stream().map(t -> " ; cible " + French.number(t.value())).reduce("", String::concat);
    h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "linechart",
        "viewBox", "0 0 " + HtmlBuilder.num(WIDTH) + " " + HtmlBuilder.num(HEIGHT),
        "role", "img", "aria-labelledby", idPrefix + "-t " + idPrefix + "-d");
    h.element("title", title, "id", idPrefix + "-t");
    h.element("desc", desc, "id", idPrefix + "-d");
    for (double t : ticks) {
      double ty = y.at(t);
      h.empty("line", "x1", HtmlBuilder.num(x0), "x2", HtmlBuilder.num(x1), "y1", HtmlBuilder.num(ty),
          "y2", HtmlBuilder.num(ty), "class", "tick");
      h.element("text", French.number(BigDecimal.valueOf(t)), "x", HtmlBuilder.num(x0 - 5),
          "y", HtmlBuilder.num(ty + 4), "class", "tick-label", "text-anchor", "end");
    }
    h.empty("line", "x1", HtmlBuilder.num(x0), "x2", HtmlBuilder.num(x0), "y1", HtmlBuilder.num(TOP),
        "y2", HtmlBuilder.num(HEIGHT - BOTTOM), "class", "axis-line");
    List<Label> labels = new ArrayList<>();
    indicator.baseline().ifPresent(b -> labels.add(new Label("réf. " + French.number(b.value()),
        y.at(b.value().doubleValue()), "ref")));
    for (Target t : indicator.targets()) {
      String due = t.due().map(p -> " " + French.period(p)).orElse("");
      labels.add(new Label((t.type() == TargetType.FINAL ? "cible" : "étape") + due + " : " + French.number(t.value()),
          y.at(t.value().doubleValue()), t.type() == TargetType.FINAL ? "target" : "milestone"));
    }
    for (Label l : labels) {
      h.empty("line", "x1", HtmlBuilder.num(x0), "x2", HtmlBuilder.num(x1), "y1", HtmlBuilder.num(l.y),
          "y2", HtmlBuilder.num(l.y), "class", "guide guide-" + l.kind);
    }
    spread(labels);
    for (Label l : labels) {
      h.element("text", l.text, "x", HtmlBuilder.num(x1 + 4), "y", HtmlBuilder.num(l.textY + 4),
          "class", "guide-label guide-label-" + l.kind);
    }
    double step = n > 1 ? (x1 - x0 - 24) / (n - 1) : 0;
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double px = n > 1 ? x0 + 12 + i * step : (x0 + x1) / 2;
      double py = y.at(points.get(i).value().orElseThrow().doubleValue());
      line.append(i == 0 ? "" : " ").append(HtmlBuilder.num(px)).append(',').append(HtmlBuilder.num(py));
    }
    if (n > 1) {
      h.empty("polyline", "points", line.toString(), "class", "series");
    }
    int every = Math.max(1, (int) Math.ceil(n / 6.0));
    for (int i = 0; i < n; i++) {
      PeriodValue p = points.get(i);
      double px = n > 1 ? x0 + 12 + i * step : (x0 + x1) / 2;
      double py = y.at(p.value().orElseThrow().doubleValue());
      h.open("circle", "cx", HtmlBuilder.num(px), "cy", HtmlBuilder.num(py), "r", "3.5", "class", "point");
      h.element("title", French.period(p.period()) + " : " + French.value(p.value().orElseThrow(), indicator.measureType()));
      h.close("circle");
      if (i % every == 0 || i == n - 1) {
        h.element("text", French.period(p.period()), "x", HtmlBuilder.num(px), "y", HtmlBuilder.num(HEIGHT - BOTTOM + 16),
            "class", "x-label", "text-anchor", "middle");
      }
    }
    h.close("svg");
  }

  /** Moves labels apart vertically so that none overlaps another. */
  private static void spread(List<Label> labels) {
    labels.sort((a, b) -> Double.compare(a.y, b.y));
    double previous = Double.NEGATIVE_INFINITY;
    for (Label l : labels) {
      l.textY = Math.max(l.y, previous + 12);
      previous = l.textY;
    }
    double overflow = previous - (HEIGHT - 8);
    if (overflow > 0) {
      for (Label l : labels) {
        l.textY -= overflow;
      }
    }
  }

  /** Three to six round values covering lo..hi. */
  static double[] ticks(double lo, double hi) {
    double span = hi - lo;
    double raw = span / 4;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = mag;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (raw <= m * mag) {
        step = m * mag;
        break;
      }
    }
    double first = Math.floor(lo / step) * step;
    double last = Math.ceil(hi / step) * step;
    int count = (int) Math.round((last - first) / step) + 1;
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      out[i] = BigDecimal.valueOf(first + i * step).setScale(6, java.math.RoundingMode.HALF_UP).doubleValue();
    }
    return out;
  }

  private record Scale(double lo, double hi, double bottom, double top) {
    double at(double v) {
      return bottom - (v - lo) / (hi - lo) * (bottom - top);
    }
  }

  private static final class Label {
    final String text;
    final double y;
    final String kind;
    double textY;

    Label(String text, double y, String kind) {
      this.text = text;
      this.y = y;
      this.kind = kind;
    }
  }
}
