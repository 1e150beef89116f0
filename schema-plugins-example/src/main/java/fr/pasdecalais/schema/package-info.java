/**
 * The example département plugin: {@link fr.pasdecalais.schema.PasDeCalaisReviewFormat} reads
 * the Pas-de-Calais review of its 2011-2016 plan (territorial committees, working groups per
 * territorial axis, department-wide fiches with their review), and {@link
 * fr.pasdecalais.schema.TerritorialCoverageCalculator} tells, per territorial axis, which
 * territories have a piloted and dated working group. Both register through {@code
 * META-INF/services} and {@code module-info.java}.
 */
package fr.pasdecalais.schema;
