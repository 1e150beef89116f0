package org.schemadepartemental.report.internal;

import org.schemadepartemental.indicators.ScheduleStatus;

/** The style sheets of the documents: static text, with no plan text in it. */
public final class Css {
  private Css() {}

  /** The colours of the statuses, as classes {@code st-late}…, for HTML swatches and SVG fills. */
  private static String statusColours() {
    StringBuilder sb = new StringBuilder();
    for (ScheduleStatus s : ScheduleStatus.values()) {
      sb.append(".st-").append(Labels.css(s)).append("{fill:").append(Labels.colour(s))
          .append(";background:").append(Labels.colour(s)).append("}\n");
    }
    return sb.toString();
  }

  /** The dashboard's style sheet: screen and A4 print. */
  public static String dashboard() {
    return COMMON + statusColours() + DASHBOARD;
  }

  /** The annual review's style sheet. */
  public static String review() {
    return COMMON + REVIEW;
  }

  private static final String COMMON = """
      :root{--ink:#1d2733;--muted:#5a6675;--line:#d5dbe3;--soft:#f3f5f8;--accent:#1f4e79;}
      *{box-sizing:border-box}
      html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;
        color:var(--ink);background:#fff;line-height:1.45;font-size:15px}
      .page{max-width:1120px;margin:0 auto;padding:24px 32px 48px}
      h1{font-size:1.75rem;line-height:1.2;margin:.2em 0 .4em;color:var(--accent);overflow-wrap:break-word}
      h2{font-size:1.3rem;margin:1.6em 0 .6em;padding-bottom:.25em;border-bottom:2px solid var(--accent);color:var(--accent)}
      h3{font-size:1.05rem;margin:1.2em 0 .4em;overflow-wrap:break-word}
      table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.9rem}
      caption{text-align:left;font-weight:600;padding:.3em 0;color:var(--muted)}
      th,td{border:1px solid var(--line);padding:.3em .5em;vertical-align:top;text-align:left;overflow-wrap:break-word}
      thead th{background:var(--soft)}
      td.num,th.num{text-align:right;white-space:nowrap}
      .banner{border:2px solid #b26a00;background:#fff4e0;color:#5c3700;padding:.6em .9em;border-radius:6px;margin:0 0 1em}
      .banner strong{text-transform:uppercase;letter-spacing:.03em}
      .muted{color:var(--muted)}
      .small{font-size:.85rem}
      ul.notes{margin:.4em 0;padding-left:1.2em;color:var(--muted);font-size:.88rem}
      @page{size:A4;margin:14mm 12mm}
      @media print{
        body{font-size:10pt}
        .page{max-width:none;padding:0}
        a{color:inherit;text-decoration:none}
        thead{display:table-header-group}
        tr,li{break-inside:avoid}
        h2,h3{break-after:avoid}
      }
      """;

  private static final String DASHBOARD = """
      .kicker{margin:0;color:var(--muted);text-transform:uppercase;letter-spacing:.06em;font-size:.8rem}
      dl.facts{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:.5em 1em;margin:.6em 0 1em}
      dl.facts div{background:var(--soft);border-radius:6px;padding:.5em .7em}
      dl.facts dt{font-size:.78rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
      dl.facts dd{margin:0;font-weight:600;font-size:1.05rem}
      .big{font-size:1.6rem;color:var(--accent)}
      ul.chips{list-style:none;padding:0;margin:.4em 0;display:flex;flex-wrap:wrap;gap:.4em;align-items:center}
      ul.chips li.chips-head{border:0;padding-left:0;color:var(--muted)}
      ul.chips li{border:1px solid var(--line);border-radius:999px;padding:.15em .7em;font-size:.85rem;background:#fff}
      nav.toc{background:var(--soft);border-radius:6px;padding:.4em 1em .6em;margin:1em 0}
      nav.toc h2{border:0;margin:.4em 0;font-size:1.05rem}
      nav.toc ol{margin:0;padding-left:1.4em;columns:2}
      ul.legend{list-style:none;padding:0;margin:.4em 0 .8em;display:flex;flex-wrap:wrap;gap:.3em 1.1em;font-size:.85rem}
      .swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:.35em;vertical-align:-.1em;
        border:1px solid rgba(0,0,0,.25)}
      svg{display:block;max-width:100%;height:auto}
      svg.gantt{width:100%;margin:.2em 0 1.2em;font-family:inherit}
      svg.gantt text{font-size:11px;fill:#1d2733}
      svg.gantt .axis-bg{fill:#eef1f5}
      svg.gantt .axis-year{font-weight:700;text-anchor:middle;font-size:12px}
      svg.gantt .axis-sem{text-anchor:middle;font-size:10px;fill:#5a6675}
      svg.gantt .axis-head{font-size:10px;fill:#5a6675;text-transform:uppercase;letter-spacing:.05em}
      svg.gantt .grid-year{stroke:#aab4c0;stroke-width:1}
      svg.gantt .grid-sem{stroke:#dde2e8;stroke-width:1}
      svg.gantt .band{fill:#f7f8fa}
      svg.gantt .band-o{fill:#e3ebf4}
      svg.gantt .lvl-o .lbl{font-weight:700;font-size:12px}
      svg.gantt .lvl-f .lbl{font-weight:600}
      svg.gantt .lvl-s .lbl{fill:#36414d}
      svg.gantt .bar{stroke:rgba(0,0,0,.35);stroke-width:.6}
      svg.gantt .gantt-summary .bar{opacity:.75}
      svg.gantt .st-text-late{font-weight:700;fill:#a5281b}
      svg.gantt .asof-line{stroke:#7a1f1f;stroke-width:1.6;stroke-dasharray:5 3}
      svg.gantt .asof-label{font-size:10.5px;font-weight:700;fill:#7a1f1f}
      .pbar{display:inline-block;width:9em;height:.8em;background:#e6eaef;border-radius:3px;overflow:hidden;
        vertical-align:middle;margin-right:.5em;border:1px solid #c9d1db}
      .pbar span{display:block;height:100%;background:var(--accent)}
      .pbar.big-bar{width:100%;height:1.1em;margin:.3em 0 0}
      tr.orientation-row th{background:#e3ebf4}
      tr.fiche-row th{font-weight:400;padding-left:1.2em}
      td.status,td.progress-cell{white-space:nowrap}
      table.progress-table{table-layout:fixed}
      table.progress-table th:nth-child(1){width:33%}
      table.progress-table th:nth-child(2){width:17%}
      table.progress-table th:nth-child(3){width:14%}
      table.progress-table th.num,table.progress-table td.missing{white-space:normal}
      table.coverage-indicators{table-layout:fixed}
      .pbar{width:7em}
      .unit{font-size:.78em;color:var(--muted)}
      td ul{margin:0;padding-left:1.1em}
      table.coverage-indicators th:first-child{width:32%}
      table.coverage-indicators th[scope=row]{font-weight:500}
      td.late-count.nonzero{color:#a5281b;font-weight:700}
      .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(460px,1fr));gap:1em}
      .card{border:1px solid var(--line);border-radius:8px;padding:.6em .9em .8em;break-inside:avoid;background:#fff}
      .card h3{margin:.1em 0 .3em;font-size:1rem}
      .card .meta{margin:0 0 .3em;font-size:.8rem;color:var(--muted)}
      .card dl{display:grid;grid-template-columns:auto 1fr;gap:.15em .8em;margin:.4em 0 0;font-size:.88rem}
      .card dt{color:var(--muted)}
      .card dd{margin:0}
      .card .how{font-size:.78rem;color:var(--muted)}
      svg.linechart{width:100%;max-width:440px}
      svg.linechart text{font-size:10px;fill:#36414d}
      svg.linechart .tick{stroke:#e3e7ec}
      svg.linechart .axis-line{stroke:#aab4c0}
      svg.linechart .series{fill:none;stroke:#1f4e79;stroke-width:2}
      svg.linechart .point{fill:#1f4e79;stroke:#fff;stroke-width:1}
      svg.linechart .guide{stroke-width:1.4;stroke-dasharray:5 3}
      svg.linechart .guide-ref{stroke:#6b6b6b}
      svg.linechart .guide-target{stroke:#00795a}
      svg.linechart .guide-milestone{stroke:#b26a00}
      svg.linechart .guide-label-ref{fill:#4d4d4d}
      svg.linechart .guide-label-target{fill:#00664c;font-weight:700}
      svg.linechart .guide-label-milestone{fill:#8a5200}
      table.matrix{width:auto;font-size:.8rem}
      .matrix th,.matrix td{padding:.2em .35em}
      .matrix td.cell{text-align:center;font-weight:700;min-width:2.1em}
      .matrix td.num{min-width:2.4em}
      .matrix thead th{white-space:nowrap}
      .matrix td.pilot{background:#1f4e79;color:#fff}
      .matrix td.partner{background:#cfe0f1;color:#1f3d5c}
      .matrix th[scope=row]{font-weight:500;white-space:nowrap}
      .matrix-wrap{overflow-x:auto}
      .sev-error{color:#a5281b;font-weight:700}
      .sev-warning{color:#8a5200;font-weight:600}
      .illustrative-tag{display:inline-block;font-size:.75rem;color:#5c3700;background:#fff4e0;border:1px solid #e0b46a;
        border-radius:4px;padding:0 .5em;margin:0 0 .5em}
      footer{margin-top:2.5em;border-top:1px solid var(--line);padding-top:.6em;font-size:.8rem;color:var(--muted)}
      @media print{
        main section{break-before:page}
        nav.toc ol{columns:1}
        dl.facts{grid-template-columns:repeat(4,1fr)}
        .cards{grid-template-columns:1fr 1fr}
        .card{padding:.4em .6em}
        svg.gantt{break-inside:avoid}
        .matrix{font-size:7.5pt}
        .pbar{width:4em}
        table{font-size:8.5pt}
      }
      """;

  private static final String REVIEW = """
      .page{max-width:900px}
      h2{margin-top:1.8em}
      h4{margin:.9em 0 .3em;font-size:.95rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
      @media print{h2{break-before:page}}
      """;
}
