package org.schemadepartemental.benchmarks.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.schemadepartemental.benchmarks.corpus.CorpusFiles;

/**
 * Where the benchmarks find the corpus: the system property {@code schema.corpus}, else the
 * environment variable {@code SCHEMA_CORPUS} (inherited by JMH's forked JVMs), else {@code
 * schema-benchmarks/target/corpus} or {@code target/corpus} under the working directory.
 */
final class CorpusLocation {

  private CorpusLocation() {}

  static CorpusFiles corpus() {
    String configured = System.getProperty("schema.corpus", System.getenv("SCHEMA_CORPUS"));
    if (configured != null && !configured.isBlank()) {
      return CorpusFiles.at(Path.of(configured));
    }
    Path inRepository = Path.of("schema-benchmarks", "target", "corpus");
    return CorpusFiles.at(Files.isDirectory(inRepository) ? inRepository : Path.of("target", "corpus"));
  }

  /** The bytes of the first {@code count} files of a corpus folder, in plan order. */
  static List<byte[]> read(String folder, int count) {
    List<byte[]> documents = new ArrayList<>();
    for (Path file : corpus().files(folder, count)) {
      try {
        documents.add(Files.readAllBytes(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(documents);
  }
}
