/**
 * The pure domain model of departmental child and family plans: immutable values, the French
 * calendar parser and the validator. Knows nothing of files, JSON, logging or plugins.
 */
module org.schemadepartemental.core {
  requires transitive com.google.common;

  exports org.schemadepartemental.core;
  exports org.schemadepartemental.core.calendar;
  exports org.schemadepartemental.core.validation;
  exports org.schemadepartemental.core.glossary;
  exports org.schemadepartemental.core.text;
}
