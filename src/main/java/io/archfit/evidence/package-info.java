/**
 * The evidence the advice is checked against: a cited corpus of public cases with the
 * architecture their authors concluded, and the search for the cases nearest to a set of
 * answers ("teams like yours").
 */
package io.archfit.evidence;
