/**
 * Reading and writing plans: options, results, problems, the placement report and the
 * exceptions. Formats are found by the format registry; see {@code org.schemadepartemental.io.spi}
 * to add one.
 */
package org.schemadepartemental.io;
