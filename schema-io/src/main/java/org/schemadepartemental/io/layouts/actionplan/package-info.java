/**
 * A built-in document layout reader, found through {@link java.util.ServiceLoader}; built only on
 * {@code org.schemadepartemental.io.spi} and {@code org.schemadepartemental.io.spi.support}. Not
 * exported: use it by its format id.
 */
package org.schemadepartemental.io.layouts.actionplan;
