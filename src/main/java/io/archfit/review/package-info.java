/**
 * The team's review of an assessment: comments and votes under the view link, and the
 * pages and API through which the owner moves it through the decision workflow.
 */
package io.archfit.review;
