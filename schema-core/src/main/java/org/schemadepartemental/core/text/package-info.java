/**
 * Reading the numbers and dates French documents print ("4 149", "87,5 %", "1er juin 2013",
 * "30/11/2012"), for importers. Every method is total: garbage gives an empty result, never an
 * exception.
 */
package org.schemadepartemental.core.text;
