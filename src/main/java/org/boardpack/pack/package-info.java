/**
 * The board pack's content: composed once per run from the figures the domain packages
 * work out and store, and the only place that words the sentences the PDF and the tracker
 * show. Renderers lay it out; they work nothing out themselves.
 */
package org.boardpack.pack;
