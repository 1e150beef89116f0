/**
 * Checking a plan: {@link org.schemadepartemental.core.validation.SchemaValidator} runs {@link
 * org.schemadepartemental.core.validation.ValidationRule}s (the {@link
 * org.schemadepartemental.core.validation.StandardRule}s by default) and returns every problem
 * found in a {@link org.schemadepartemental.core.validation.ValidationReport}, each with a code, a
 * severity, a path into the model and a message.
 */
package org.schemadepartemental.core.validation;
