/**
 * The evidence the advice is checked against: a cited corpus of public cases with the
 * architecture their authors concluded, the search for the cases nearest to a set of
 * answers ("teams like yours"), and each built-in catalogue version's track record on it
 * at each confidence level.
 */
package io.archfit.evidence;
