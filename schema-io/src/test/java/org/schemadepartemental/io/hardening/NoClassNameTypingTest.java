package org.schemadepartemental.io.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Schema;
import org.schemadepartemental.core.testing.NoClassNameTyping;
import org.schemadepartemental.io.ReadLimits;

/**
 * No class of schema-io or schema-core turns on Jackson's default typing or declares a subtype by
 * class name: a document can never name a Java class to instantiate. (The JSON reader is a
 * streaming parser into the model; it has no {@code ObjectMapper} at all.)
 */
class NoClassNameTypingTest {

  @Test
  void noPolymorphicTypingByClassNameInTheIoAndCoreClasses() {
    assertThat(NoClassNameTyping.problems(ReadLimits.class)).isEmpty();
    assertThat(NoClassNameTyping.problems(Schema.class)).isEmpty();
  }
}
