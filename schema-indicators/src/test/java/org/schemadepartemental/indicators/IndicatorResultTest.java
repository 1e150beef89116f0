package org.schemadepartemental.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A result is a value, whether its explanation was given as text or written out when asked for. */
class IndicatorResultTest {
  private static final Scope PLAN = Scope.plan("p");

  private static IndicatorResult.Builder result() {
    return IndicatorResult.builder("trends", "change", PLAN).value(88).unit("EPP");
  }

  @Test
  void anExplanationGivenAsAFunctionIsWrittenOutOnceWhenFirstAskedFor() {
    AtomicInteger written = new AtomicInteger();
    IndicatorResult lazy = result().explanation(() -> {
      written.incrementAndGet();
      return "2011 vs 2010: 2204 − 2116 = +88";
    }).build();

    assertThat(written).as("not written out by building").hasValue(0);
    assertThat(lazy.explanation()).isEqualTo("2011 vs 2010: 2204 − 2116 = +88");
    assertThat(lazy.explanation()).isSameAs(lazy.explanation());
    assertThat(written).hasValue(1);
  }

  @Test
  void equalityAndHashCodeAreOnTheTextWhicheverWayItWasGiven() {
    IndicatorResult eager = result().explanation("2011 vs 2010: 2204 − 2116 = +88").build();
    IndicatorResult lazy = result().explanation(() -> "2011 vs 2010: " + "2204 − 2116 = +88").build();
    IndicatorResult other = result().explanation(() -> "2012 vs 2011: 2204 − 2116 = +88").build();

    assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).isNotEqualTo(other);
    assertThat(lazy.toString()).isEqualTo(eager.toString())
        .isEqualTo("IndicatorResult[calculatorId=trends, metric=change, scope=plan p, value=Decimal[amount=88], "
            + "unit=Optional[EPP], explanation=2011 vs 2010: 2204 − 2116 = +88]");
    assertThat(result().value(89).explanation("2011 vs 2010: 2204 − 2116 = +88").build()).isNotEqualTo(eager);
  }

  @Test
  void anExplanationIsTrimmedAndABlankOneRefusedWhenWrittenOut() {
    assertThat(result().explanation(() -> "  sum over 3 territories ").build().explanation())
        .isEqualTo("sum over 3 territories");
    assertThatThrownBy(() -> result().explanation(" ").build()).isInstanceOf(IllegalArgumentException.class);
    IndicatorResult blank = result().explanation(() -> " ").build();
    assertThatThrownBy(blank::explanation).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("trends change");
  }
}
