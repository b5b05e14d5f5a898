/**
 * An assessment as files: the Markdown ADR, JSON and CSV downloads, and the import of an
 * exported JSON document as a new assessment.
 */
package io.archfit.export;
