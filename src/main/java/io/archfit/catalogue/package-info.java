/**
 * ArchFit's knowledge as versioned data: the architectures, criteria, questions, rules,
 * hard limits, risks, cost-model wiring, price defaults and the references they rest on,
 * read and validated from catalogue documents, written back to them, and found by id and
 * version.
 */
package io.archfit.catalogue;
