/**
 * Mechanisms shared by the formats of this module (atomic file writing, text decoding): not
 * exported, not an API.
 */
package org.schemadepartemental.io.internal;
