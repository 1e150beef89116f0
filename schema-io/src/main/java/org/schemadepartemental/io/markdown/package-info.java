/**
 * The Markdown format: a readable plan whose summary table the layout-1 reader reads back. Found
 * through {@link java.util.ServiceLoader} as {@code markdown}; not exported.
 */
package org.schemadepartemental.io.markdown;
