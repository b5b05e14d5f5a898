/**
 * A workspace's own scoring catalogue: the draft its owner edits, the immutable versions
 * published from it, and how they are validated, found by id and version, and compared.
 */
package io.archfit.workspace.catalogue;
