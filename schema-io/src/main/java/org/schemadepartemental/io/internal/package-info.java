/**
 * Mechanisms shared by the formats of this module (input limits, enum spellings, the periods of a
 * read, text decoding): not exported, not an API.
 */
package org.schemadepartemental.io.internal;
