/**
 * Workspaces: a team's capability-linked list of assessments with search, filters,
 * sorting and paging, and the side-by-side comparison of two to four of them.
 */
package io.archfit.workspace;
