/**
 * The CSV format ({@code csv}) that spreadsheet users exchange: the {@code plan} layout (one
 * row per sous-action) and the {@code measurements} layout (one row per measured value), read
 * and written with Jackson's CSV dataformat. {@link
 * org.schemadepartemental.io.csv.MeasurementCsv} loads measurement rows with their line numbers.
 */
package org.schemadepartemental.io.csv;
