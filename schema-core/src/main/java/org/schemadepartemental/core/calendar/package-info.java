/** Reading and writing the French calendar forms plans use ("Démarrage en 2019", semester grids…). */
package org.schemadepartemental.core.calendar;
