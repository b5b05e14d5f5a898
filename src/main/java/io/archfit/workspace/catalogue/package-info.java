/**
 * A workspace's own scoring catalogue: the draft its owner edits, the immutable versions
 * published from it, and how they are validated, found by id and version, compared, and
 * carried in a workspace archive.
 */
@NamedInterface("catalogue")
package io.archfit.workspace.catalogue;

import org.springframework.modulith.NamedInterface;
