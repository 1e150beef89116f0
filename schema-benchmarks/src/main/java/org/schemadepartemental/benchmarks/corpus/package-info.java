/**
 * The national corpus: a seeded generator of one plan per département ({@link
 * org.schemadepartemental.benchmarks.corpus.NationalCorpus}), its files in every format ({@link
 * org.schemadepartemental.benchmarks.corpus.CorpusFiles}) and the layout samples made 10 and 100
 * times as long ({@link org.schemadepartemental.benchmarks.corpus.LayoutSample}).
 */
package org.schemadepartemental.benchmarks.corpus;
