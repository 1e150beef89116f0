package org.schemadepartemental.io.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry's rules on manually registered providers: order, duplicates, ids, lookups. */
class ProviderRegistryTest {

  /** A minimal SPI, to show the registry knows nothing of formats. */
  interface Greeter {
    String name();

    int rank();
  }

  record SimpleGreeter(String name, int rank) implements Greeter {}

  /** Same id and priority as a SimpleGreeter, but another class. */
  record OtherGreeter(String name, int rank) implements Greeter {}

  private static ProviderRegistry.Builder<Greeter> builder() {
    return ProviderRegistry.builder(Greeter.class, Greeter::name, Greeter::rank).discovery(false);
  }

  @Test
  void ordersByPriorityDescendingThenIdWhateverTheRegistrationOrder() {
    ProviderRegistry<Greeter> registry = builder()
        .register(new SimpleGreeter("zeta", 0))
        .register(new SimpleGreeter("alpha", 0))
        .register(new SimpleGreeter("plugin", 10))
        .register(new SimpleGreeter("low", -5))
        .build();

    assertThat(registry.ids()).containsExactly("plugin", "alpha", "zeta", "low");
    assertThat(registry.loadReport().isClean()).isTrue();
    assertThat(registry.entry("alpha").orElseThrow().origin().isManual()).isTrue();
  }

  @Test
  void higherPriorityWinsADuplicateIdAndTheDuplicateNamesBothClasses() {
    ProviderRegistry<Greeter> registry = builder()
        .register(new SimpleGreeter("json", 0))
        .register(new OtherGreeter("json", 5))
        .build();

    assertThat(registry.get("json")).isInstanceOf(OtherGreeter.class);
    DuplicateProvider duplicate = registry.loadReport().duplicates().get(0);
    assertThat(duplicate.tie()).isFalse();
    assertThat(duplicate.toString()).contains(OtherGreeter.class.getName(), SimpleGreeter.class.getName());
    assertThat(registry.loadReport().hasErrors()).isFalse();
  }

  @Test
  void equalPrioritiesFailInStrictModeAndPickDeterministicallyOtherwise() {
    List<Greeter> both = List.of(new SimpleGreeter("json", 0), new OtherGreeter("json", 0));

    assertThatThrownBy(() -> builder().strict(true).registerAll(both).build())
        .isInstanceOf(ProviderLoadException.class)
        .hasMessageContaining(SimpleGreeter.class.getName())
        .hasMessageContaining(OtherGreeter.class.getName());

    // The class whose name sorts first wins, in either registration order.
    String expected = OtherGreeter.class.getName();
    assertThat(builder().registerAll(both).build().get("json").getClass().getName()).isEqualTo(expected);
    assertThat(builder().registerAll(List.of(both.get(1), both.get(0))).build().get("json").getClass().getName())
        .isEqualTo(expected);
  }

  @Test
  void aBlankIdRegisteredByHandIsRejected() {
    assertThatThrownBy(() -> builder().register(new SimpleGreeter(" ", 0)).build())
        .isInstanceOf(ProviderLoadException.class)
        .hasMessageContaining("blank id")
        .hasMessageContaining(SimpleGreeter.class.getName());
  }

  @Test
  void anUnknownIdListsTheAvailableOnes() {
    ProviderRegistry<Greeter> registry = builder()
        .register(new SimpleGreeter("json", 0))
        .register(new SimpleGreeter("csv", 0))
        .build();

    assertThatThrownBy(() -> registry.get("xml"))
        .isInstanceOfSatisfying(UnknownProviderException.class, e -> {
          assertThat(e.requestedId()).isEqualTo("xml");
          assertThat(e.availableIds()).containsExactly("csv", "json");
        })
        .hasMessageContaining("'xml'")
        .hasMessageContaining("available: csv, json");
  }
}
