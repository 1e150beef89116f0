/**
 * The canonical JSON format ({@code json}): the lossless, versioned exchange format of plans,
 * read and written with Jackson's streaming API. {@link
 * org.schemadepartemental.io.json.PlanJson} gives its version and JSON Schema.
 */
package org.schemadepartemental.io.json;
