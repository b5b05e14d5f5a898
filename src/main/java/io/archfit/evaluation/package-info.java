/**
 * The plain-Java engine: a compiled catalogue turns answers into an explained evaluation
 * (ranking, criteria with their reasons, the two leaders compared, hard limits, risks,
 * confidence, tipping points) and the cost model into monthly estimates and a break-even.
 */
package io.archfit.evaluation;
