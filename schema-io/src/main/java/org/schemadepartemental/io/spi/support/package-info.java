/**
 * Helpers for plugin authors who read a document layout: {@link
 * org.schemadepartemental.io.spi.support.AbstractDocumentReader} (decoding, size limit, exception
 * wrapping, placement report) and {@link
 * org.schemadepartemental.io.spi.support.DocumentFormatProvider}, the line model ({@link
 * org.schemadepartemental.io.spi.support.TextDocument}, {@link
 * org.schemadepartemental.io.spi.support.LineCursor}), the {@link
 * org.schemadepartemental.io.spi.support.PlacementTracker}, noise filters ({@link
 * org.schemadepartemental.io.spi.support.PageNoise}), labels matched by meaning ({@link
 * org.schemadepartemental.io.spi.support.LabelVocabulary}), lists, HTML fragments, Markdown rows,
 * calendar grids, actors and references. The built-in layout readers use exactly these; see
 * {@code docs/importing.md} for a complete plugin reader of a few dozen lines.
 *
 * @since 0.1
 */
package org.schemadepartemental.io.spi.support;
