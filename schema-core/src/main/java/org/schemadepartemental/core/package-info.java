/**
 * The model of a departmental child and family plan: {@link org.schemadepartemental.core.Schema}
 * → {@link org.schemadepartemental.core.Orientation} → {@link org.schemadepartemental.core.Fiche}
 * → {@link org.schemadepartemental.core.SousAction}, with calendars, indicators, actors, reviews,
 * territories, glossary and lineage. Every type is an immutable value compared by value.
 */
package org.schemadepartemental.core;
