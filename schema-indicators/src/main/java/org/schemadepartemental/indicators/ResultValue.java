package org.schemadepartemental.indicators;

import java.math.BigDecimal;
import java.util.Objects;
import org.schemadepartemental.indicators.internal.Values;

/**
 * The value of a result: a number, a code from a closed list (a schedule status), a text, nothing
 * (the value could not be defined, the explanation says why) or the failure of the calculator.
 *
 * @since 0.1
 */
public sealed interface ResultValue
    permits ResultValue.Decimal, ResultValue.Code, ResultValue.Text, ResultValue.Undefined, ResultValue.Failed {

  /** The kind, as written in the exports: {@code decimal}, {@code code}, {@code text}, {@code undefined}, {@code failed}. */
  String type();

  /** The value as a user reads it: {@code 62.5}, {@code en retard}, the text, {@code —} or {@code ÉCHEC}. */
  String display();

  /** A number. */
  static ResultValue decimal(BigDecimal amount) {
    return new Decimal(amount);
  }

  /** A number. */
  static ResultValue decimal(long amount) {
    return new Decimal(BigDecimal.valueOf(amount));
  }

  /** A code with its French label. */
  static ResultValue code(String code, String label) {
    return new Code(code, label);
  }

  /** A text. */
  static ResultValue text(String text) {
    return new Text(text);
  }

  /** No value: the explanation of the result says why. */
  static ResultValue undefined() {
    return Undefined.INSTANCE;
  }

  /**
   * A number, normalised ({@code 2.50} is read as {@code 2.5}) so that equal quantities compare
   * equal. The normal form is made when the number is read ({@link #amount()}): most of the
   * numbers a run computes are never read, and making it is a copy.
   *
   * @param amount the number
   */
  record Decimal(BigDecimal amount) implements ResultValue {
    /** Checks the number is given. */
    public Decimal {
      Objects.requireNonNull(amount, "amount");
    }

    /** The number, normalised: trailing zeros stripped, never in exponent form ({@code 2100}, {@code 2.5}). */
    @Override
    public BigDecimal amount() {
      return Values.normalize(amount);
    }

    @Override
    public String type() {
      return "decimal";
    }

    @Override
    public String display() {
      return amount().toPlainString();
    }

    /** Equal when the numbers are, whatever their scales: {@code 2.50} and {@code 2.5} are one quantity. */
    @Override
    public boolean equals(Object o) {
      return o instanceof Decimal d && amount.compareTo(d.amount) == 0;
    }

    @Override
    public int hashCode() {
      return amount().hashCode();
    }

    @Override
    public String toString() {
      return "Decimal[amount=" + amount() + "]";
    }
  }

  /**
   * A code from a closed list, such as a {@link ScheduleStatus} name, with the French label shown to users.
   *
   * @param code the stable code ({@code LATE})
   * @param label the label ({@code en retard})
   */
  record Code(String code, String label) implements ResultValue {
    /** Checks both are given. */
    public Code {
      code = Values.nonBlank(code, "code");
      label = Values.nonBlank(label, "label");
    }

    @Override
    public String type() {
      return "code";
    }

    @Override
    public String display() {
      return label;
    }
  }

  /**
   * A text (an actor's name, a change of status).
   *
   * @param text the text
   */
  record Text(String text) implements ResultValue {
    /** Checks the text is given. */
    public Text {
      text = Values.nonBlank(text, "text");
    }

    @Override
    public String type() {
      return "text";
    }

    @Override
    public String display() {
      return text;
    }
  }

  /** No value could be defined (no measurement, no baseline…): the result's explanation says why. */
  record Undefined() implements ResultValue {
    private static final Undefined INSTANCE = new Undefined();

    @Override
    public String type() {
      return "undefined";
    }

    @Override
    public String display() {
      return "—";
    }
  }

  /**
   * The calculator failed: it threw, or returned something invalid. The others still ran.
   *
   * @param errorType the class of the exception ({@code java.lang.IllegalStateException})
   * @param message its message
   */
  record Failed(String errorType, String message) implements ResultValue {
    /** Checks both are given. */
    public Failed {
      errorType = Values.nonBlank(errorType, "errorType");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String type() {
      return "failed";
    }

    @Override
    public String display() {
      return "ÉCHEC";
    }
  }
}
