/**
 * The JMH benchmarks, each measured against a Jackson baseline (or the library's own reading) in
 * the same run; they read the corpus from {@code schema-benchmarks/target/corpus} (or the
 * {@code SCHEMA_CORPUS} folder). Run them with {@code benchmarks/run}.
 */
package org.schemadepartemental.benchmarks.jmh;
