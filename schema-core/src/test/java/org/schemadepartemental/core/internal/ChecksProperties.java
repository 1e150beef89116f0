package org.schemadepartemental.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Decimals and texts are normalised as they always were, and a value already in its canonical
 * form is kept as it is, with its optional: the model's constructors run for every measurement read.
 */
class ChecksProperties {

  @Provide
  Arbitrary<BigDecimal> decimals() {
    return Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L)
        .flatMap(unscaled -> Arbitraries.integers().between(-6, 12).map(scale -> new BigDecimal(BigInteger.valueOf(unscaled), scale)));
  }

  @Property(tries = 300, seed = "20250111")
  void normalizesAsStrippingTrailingZerosWithoutAnExponent(@ForAll("decimals") BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    BigDecimal expected = stripped.scale() < 0 ? stripped.setScale(0) : stripped;

    BigDecimal normalized = Checks.normalize(value);

    assertThat(normalized.unscaledValue()).isEqualTo(expected.unscaledValue());
    assertThat(normalized.scale()).isEqualTo(expected.scale());
    if (value.scale() >= 0 && value.equals(expected)) {
      assertThat(normalized).isSameAs(value);
      Optional<BigDecimal> given = Optional.of(value);
      assertThat(Checks.normalize(given)).isSameAs(given);
    } else {
      assertThat(Checks.normalize(Optional.of(value))).contains(expected);
    }
  }

  @Test
  void anImmutableListIsKeptAsItIsAndAnyOtherCopied() {
    ImmutableList<String> read = ImmutableList.of("a", "b");
    List<String> mutable = new ArrayList<>(read);

    assertThat(Checks.list(read, "items")).isSameAs(read);
    ImmutableList<String> copy = Checks.list(mutable, "items");
    mutable.add("c");
    assertThat(copy).containsExactly("a", "b");
  }

  @Test
  void aTextWithoutSurroundingBlanksKeepsItsOptionalAndOthersAreStripped() {
    Optional<String> plain = Optional.of("SI ASE");
    assertThat(Checks.optionalText(plain)).isSameAs(plain);
    assertThat(Checks.optionalText(Optional.of("  SI ASE \n"))).contains("SI ASE");
    assertThat(Checks.optionalText(Optional.of(" \t"))).isEmpty();
    assertThat(Checks.optionalText(null)).isEmpty();
    assertThat(Checks.normalize((Optional<BigDecimal>) null)).isEmpty();
  }
}
