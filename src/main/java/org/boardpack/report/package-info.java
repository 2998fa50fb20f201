/**
 * The outputs of a run: renderers that lay a {@link org.boardpack.pack.BoardPack} out as
 * a file, and the period's output folder, where files are finished in a hidden partial
 * folder and then moved into place.
 */
package org.boardpack.report;
