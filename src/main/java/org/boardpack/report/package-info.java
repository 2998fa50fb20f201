/**
 * The outputs of a run, render only: renderers that lay a
 * {@link org.boardpack.pack.BoardPack} out as a file, the rejects CSV, the manifest, and
 * the period's output folder, where files are finished in a hidden partial folder and
 * then moved into place.
 */
package org.boardpack.report;
