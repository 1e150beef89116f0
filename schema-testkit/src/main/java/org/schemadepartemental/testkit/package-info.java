/**
 * The conformance kit: contract tests for the SPIs of the SDK, which a plugin author implements
 * in one test class, giving the provider under test (and, for readers, real sample inputs).
 *
 * <ul>
 *   <li>{@link org.schemadepartemental.testkit.FormatProviderContract}: id, description,
 *       extensions, service registration, and a total {@code sniff} within 0..1;
 *   <li>{@link org.schemadepartemental.testkit.SchemaReaderContract}: samples read, and on
 *       arbitrary and damaged input only a located {@code SchemaReadException} escapes, every
 *       problem is located, the placement report is consistent, each read is bounded in time;
 *   <li>{@link org.schemadepartemental.testkit.SchemaWriterContract}: write then read gives back
 *       what the format carries, over generated plans; deterministic; failures are
 *       {@code SchemaWriteException}s;
 *   <li>{@link org.schemadepartemental.testkit.CalculatorContract}: never throws on generated
 *       plans, results within the declared ranges and joined to the plan, thread-safe.
 * </ul>
 *
 * <p>The contracts are JUnit 5 test interfaces whose generated checks are jqwik properties with
 * fixed seeds: a test class implementing them runs under both engines, the same way on every
 * machine, in a few seconds.
 *
 * <pre>{@code
 * class PasDeCalaisFormatConformanceTest implements SchemaReaderContract {
 *   public FormatProvider provider() { return new PasDeCalaisReviewFormat(); }
 *   public List<ReaderSample> samples() {
 *     return List.of(ReaderSample.resource("samples/pas-de-calais-bilan-2012.txt"));
 *   }
 *   public double minimumAccountedRatio() { return 0.98; }
 * }
 * }</pre>
 */
package org.schemadepartemental.testkit;
