package org.schemadepartemental.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.schemadepartemental.io.spi.ContentSample;
import org.schemadepartemental.io.spi.FormatProvider;

/**
 * The contract of every {@link FormatProvider}: a valid id and description, extensions written
 * as the registry matches them, a reader or a writer, a public no-argument constructor and a
 * {@code META-INF/services} entry, and a {@link FormatProvider#sniff sniff} that stays within
 * 0..1 and never throws, whatever the bytes and the file name.
 *
 * <p>Implement it in a test class by giving the provider; {@link SchemaReaderContract} and
 * {@link SchemaWriterContract} extend it:
 *
 * <pre>{@code
 * class MyLayoutConformanceTest implements SchemaReaderContract {
 *   public FormatProvider provider() { return new MyLayoutFormat(); }
 *   public List<ReaderSample> samples() { return List.of(ReaderSample.resource("samples/my-plan.txt")); }
 * }
 * }</pre>
 *
 * <p>The generated checks use fixed seeds and a few hundred tries, so the contract runs in a few
 * seconds and the same way on every machine.
 *
 * @since 0.1
 */
public interface FormatProviderContract {

  /** The provider under test: a new instance, or the same one every time. */
  FormatProvider provider();

  /** Id, description, media type, priority: stable, valid, and what listings can show. */
  @Test
  default void idAndDescriptionAreValid() {
    FormatProvider provider = provider();
    ProviderChecks.checkId(provider.id());
    assertThat(provider.id()).as("id() must not change between calls").isEqualTo(provider.id());
    ProviderChecks.checkDescription(provider.description());
    assertThat(provider.mediaType()).as("mediaType() such as text/plain").isNotNull().matches("[\\w.+-]+/[\\w.+-]+");
    assertThat(provider.priority()).as("priority() must not change between calls").isEqualTo(provider.priority());
  }

  /** Extensions are matched against lower-cased file names, without the dot. */
  @Test
  default void extensionsAreLowerCaseWithoutDot() {
    List<String> extensions = provider().extensions();
    assertThat(extensions).as("extensions()").isNotNull().doesNotContainNull();
    for (String extension : extensions) {
      assertThat(extension).as("extension '" + extension + "' must be lower case, without dot, such as 'txt'")
          .matches("[a-z0-9]+(?:[.-][a-z0-9]+)*")
          .doesNotStartWith(".");
    }
    assertThat(new HashSet<>(extensions)).as("extensions listed twice in " + extensions).hasSameSizeAs(extensions);
  }

  /** A format reads, writes or both; {@code reader()} and {@code writer()} never return null. */
  @Test
  default void readsOrWrites() {
    FormatProvider provider = provider();
    assertThat(provider.reader()).as("reader() must return an Optional, not null").isNotNull();
    assertThat(provider.writer()).as("writer() must return an Optional, not null").isNotNull();
    assertThat(provider.reader().isPresent() || provider.writer().isPresent())
        .as("a format provider gives a reader, a writer or both").isTrue();
  }

  /** ServiceLoader can create it: public class, public no-argument constructor. */
  @Test
  default void canBeInstantiatedByServiceLoader() {
    ProviderChecks.checkInstantiable(provider().getClass());
  }

  /** Its jar declares it: {@code META-INF/services} and, when it has one, {@code module-info}. */
  @Test
  default void isRegisteredAsAService() {
    ProviderChecks.checkRegisteredAsService(FormatProvider.class, provider().getClass());
    ProviderChecks.checkDeclaredInModule(FormatProvider.class, provider().getClass());
  }

  /** Detection asks every format about every file: sniffing must be total and within 0..1. */
  @Property(tries = 200, seed = "20121231")
  default void sniffStaysWithinZeroAndOne(
      @ForAll("contractFileNames") String fileName, @ForAll("contractHeads") byte[] head) {
    double score = provider().sniff(new ContentSample(fileName, head));
    assertThat(score).as("sniff of '" + fileName + "'").isBetween(0.0, 1.0);
  }

  /** File names as they come: any characters, paths, dots, known extensions or none. */
  @Provide
  default Arbitrary<String> contractFileNames() {
    Arbitrary<String> base = Arbitraries.strings().ofMaxLength(30);
    Arbitrary<String> extension = Arbitraries.oneOf(
        Arbitraries.of("", ".txt", ".TXT", ".json", ".csv", ".md", ".", ".tar.gz"),
        Arbitraries.of(provider().extensions().isEmpty() ? List.of("x") : provider().extensions()).map(e -> "." + e));
    Arbitrary<String> directory = Arbitraries.of("", "/", "dir/", "C:\\plans\\", "../");
    return net.jqwik.api.Combinators.combine(directory, base, extension).as((d, b, e) -> d + b + e);
  }

  /** Heads of files: arbitrary bytes, text in any script, and nothing. */
  @Provide
  default Arbitrary<byte[]> contractHeads() {
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(ContentSample.HEAD_SIZE);
    Arbitrary<byte[]> text = Arbitraries.strings().ofMaxLength(2000)
        .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return Arbitraries.oneOf(bytes, text, Arbitraries.just(new byte[0]));
  }
}
