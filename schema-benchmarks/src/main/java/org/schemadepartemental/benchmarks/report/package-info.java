/** The writer of {@code docs/performance.md} from the figures of a run. */
package org.schemadepartemental.benchmarks.report;
