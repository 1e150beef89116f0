package org.schemadepartemental.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.core.CalendarForm;
import org.schemadepartemental.core.Direction;
import org.schemadepartemental.core.FicheStatus;
import org.schemadepartemental.core.IndicatorKind;
import org.schemadepartemental.core.MeasureType;
import org.schemadepartemental.core.StatusCategory;
import org.schemadepartemental.core.TargetType;

/** Every enum of the model reads back from its kebab spelling, and only from it. */
class EnumNamesTest {

  @Test
  void everyConstantReadsBackFromItsKebabSpelling() {
    for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(CalendarForm.class, Direction.class,
        FicheStatus.class, IndicatorKind.class, MeasureType.class, StatusCategory.class, TargetType.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(read(type, EnumNames.toKebab(constant))).as(constant.name()).isSameAs(constant);
      }
    }
    assertThat(EnumNames.fromKebab(CalendarForm.class, "to-be-defined")).contains(CalendarForm.TO_BE_DEFINED);
  }

  @Test
  void otherSpellingsAreNotRead() {
    for (String text : new String[] {"TO-BE-DEFINED", "to_be_defined", "to-be-define", "to-be-defined ", "", "tobedefined"}) {
      assertThat(EnumNames.fromKebab(CalendarForm.class, text)).as(text).isEmpty();
    }
    assertThat(EnumNames.fromKebab(CalendarForm.class, null)).isEmpty();
  }

  @Test
  void aLookupFindsWhatFromKebabFindsInTheParsersCharacters() {
    EnumNames.Lookup<CalendarForm> forms = EnumNames.lookup(CalendarForm.class);
    for (String text : new String[] {"to-be-defined", "grid", "point", "TO-BE-DEFINED", "to_be_defined", "to-be-define",
        "to-be-defined ", "", "tobedefined", "gri", "gridd"}) {
      char[] buffer = ("[\"" + text + "\"]").toCharArray();
      assertThat(Optional.ofNullable(forms.find(buffer, 2, text.length()))).as(text)
          .isEqualTo(EnumNames.fromKebab(CalendarForm.class, text));
    }
    assertThat(forms.choices()).isEqualTo(EnumNames.choices(CalendarForm.class));
  }

  @Test
  void choicesListEverySpelling() {
    assertThat(EnumNames.choices(TargetType.class)).isEqualTo("intermediate or final");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Enum<?> read(Class<? extends Enum<?>> type, String text) {
    return (Enum<?>) EnumNames.fromKebab((Class) type, text).orElse(null);
  }
}
