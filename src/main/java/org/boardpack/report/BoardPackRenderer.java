package org.boardpack.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;

import org.boardpack.pack.BoardPack;

/**
 * Lays a board pack out as one file. Renderers show the pack's figures; they work none
 * out.
 */
public interface BoardPackRenderer {

	/** The file's name for a period, e.g. board-pack-2021-01.pdf. */
	String fileName(YearMonth period);

	/**
	 * @param scratch the folder for any temporary file rendering needs: under the output
	 * folder, never the system's temporary folder, so a run killed part way leaves
	 * nothing behind that the next run does not clear
	 */
	void render(BoardPack pack, OutputStream out, Path scratch) throws IOException;

}
