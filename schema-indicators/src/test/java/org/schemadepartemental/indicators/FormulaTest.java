package org.schemadepartemental.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.schemadepartemental.indicators.Plans.dec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.Fiche;
import org.schemadepartemental.core.Indicator;
import org.schemadepartemental.core.Orientation;
import org.schemadepartemental.core.Schema;

class FormulaTest {

  private static BigDecimal eval(String formula, Map<String, BigDecimal> values) {
    return Formula.parse(formula).evaluate(id -> Optional.ofNullable(values.get(id)));
  }

  @Test
  void usualPrecedenceParenthesesUnaryMinusAndDecimalCommas() {
    assertThat(eval("2 + 3 * 4", Map.of())).isEqualByComparingTo("14");
    assertThat(eval("(2 + 3) * 4", Map.of())).isEqualByComparingTo("20");
    assertThat(eval("10 - 4 - 3", Map.of())).isEqualByComparingTo("3");
    assertThat(eval("12 / 4 / 3", Map.of())).isEqualByComparingTo("1");
    assertThat(eval("-fa-1.i1 + 1", Map.of("fa-1.i1", dec("5")))).isEqualByComparingTo("-4");
    assertThat(eval("0,5 * 4 + 1.25", Map.of())).isEqualByComparingTo("3.25");
    assertThat(eval("fa-6.i1 / fa-6.i2 * 100", Map.of("fa-6.i1", dec("1"), "fa-6.i2", dec("3"))))
        .isEqualByComparingTo("33.33333333333333");
    assertThat(eval("fa-6.i1 - fa-6.i2", Map.of("fa-6.i1", dec("10"), "fa-6.i2", dec("4")))).isEqualByComparingTo("6");
  }

  @Test
  void referencesAreListedInOrderOnce() {
    assertThat(Formula.parse("(fa-4.i2 + fa-4.i1) / fa-4.i2").references()).containsExactly("fa-4.i2", "fa-4.i1");
    assertThat(Formula.parse("3 * 2").references()).isEmpty();
  }

  @Test
  void syntaxErrorsNameThePositionAndWhatWasExpected() {
    assertThatThrownBy(() -> Formula.parse("2 + ")).isInstanceOf(FormulaException.class)
        .hasMessage("unexpected end, expected a number, an indicator id or '(' at position 5 of '2 + '");
    assertThatThrownBy(() -> Formula.parse("(2 + 3")).hasMessage("expected ')' to close the '(' opened at position 1 at position 7 of '(2 + 3'");
    FormulaException e = org.junit.jupiter.api.Assertions.assertThrows(FormulaException.class, () -> Formula.parse("2 $ 3"));
    assertThat(e.position()).isEqualTo(2);
    assertThat(e.getMessage()).startsWith("unexpected '$', expected an operator (+ - * /) or the end");
    assertThatThrownBy(() -> Formula.parse("  ")).hasMessage("empty formula in '  '");
    assertThatThrownBy(() -> Formula.parse("2 3")).hasMessageStartingWith("unexpected '3'");
  }

  @Test
  void evaluationFailsOnDivisionByZeroAndMissingOperands() {
    assertThatThrownBy(() -> eval("fa-1.i1 / fa-1.i2", Map.of("fa-1.i1", dec("1"), "fa-1.i2", dec("0"))))
        .isInstanceOf(FormulaException.class).hasMessage("division by zero at position 9 of 'fa-1.i1 / fa-1.i2'");
    assertThatThrownBy(() -> eval("fa-1.i1 + 1", Map.of())).hasMessage("no value for fa-1.i1 at position 1 of 'fa-1.i1 + 1'");
  }

  @Test
  void validationOfAPlanSaysHowToWriteASubtraction() {
    Indicator a = Indicator.builder("fa-1.i1", "A").build();
    Indicator b = Indicator.builder("fa-1.i2", "B").build();
    Indicator diff = Indicator.builder("fa-1.i3", "Différence").formula("fa-1.i1-fa-1.i2").build();
    Schema plan = Schema.builder("p", "Plan").addOrientation(Orientation.builder("1", "Axe")
        .addFiche(Fiche.builder("1", "F").addIndicator(a).addIndicator(b).addIndicator(diff).build()).build()).build();
    List<FormulaProblem> problems = Formulas.validate(plan);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.indicatorId()).isEqualTo("fa-1.i3");
      assertThat(p.position()).isZero();
      assertThat(p.message()).isEqualTo("unknown indicator fa-1.i1-fa-1.i2 (to subtract, put spaces around '-': "
          + "'fa-1.i1 - fa-1.i2') in 'fa-1.i1-fa-1.i2'");
    });
    assertThat(Formulas.of(plan).formula("fa-1.i3")).isEmpty();
  }
}
