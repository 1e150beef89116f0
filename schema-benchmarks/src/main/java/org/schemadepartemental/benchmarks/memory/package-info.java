/** The retained heap of the loaded corpus, measured in a JVM of its own. */
package org.schemadepartemental.benchmarks.memory;
