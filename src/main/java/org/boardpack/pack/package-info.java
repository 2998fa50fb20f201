/**
 * The board pack's content: every figure, list and sentence the PDF and the tracker show,
 * assembled once per run from what the job stored. Renderers lay it out; they work
 * nothing out themselves.
 */
package org.boardpack.pack;
