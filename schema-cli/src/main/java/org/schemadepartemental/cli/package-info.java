/** The {@code schema} command line. */
package org.schemadepartemental.cli;
