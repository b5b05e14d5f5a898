/**
 * Saved assessments: the {@code Assessment} with its answers, priorities, revisions,
 * status, decision and capability links, and the wizard, report, what-if, cost and
 * revision pages and the API that create, read and change them.
 */
package io.archfit.assessment;
