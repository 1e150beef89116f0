/**
 * The monitoring committee's documents: a self-contained HTML dashboard of a plan (Gantt chart,
 * progress, indicator charts, coverage, validation, partners) and the annual review in Markdown
 * or HTML, both drawn from the indicator calculators' results.
 */
module org.schemadepartemental.report {
  requires transitive org.schemadepartemental.core;
  requires transitive org.schemadepartemental.io;
  requires transitive org.schemadepartemental.indicators;

  exports org.schemadepartemental.report;
}
