/**
 * The field's acronyms: {@link org.schemadepartemental.core.glossary.BuiltInGlossary} (each
 * expansion with a public source to check it) and {@link
 * org.schemadepartemental.core.glossary.GlossaryMarks}, which finds the acronyms a plan marks
 * with an asterisk ("ASE*", "* Voir glossaire").
 */
package org.schemadepartemental.core.glossary;
