package org.boardpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.util.TempFile;
import org.boardpack.pack.BoardPackFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tracker's temporary files (the unzipped workbook, the streamed sheets) are made in
 * the scratch folder it is given, under the output folder, and none is left there once it
 * is written: a run killed part way leaves them where the next run clears them, not in
 * the system's temporary folder.
 */
class TrackerScratchTest {

	@TempDir
	Path scratch;

	@Test
	void temporaryFilesAreMadeInTheScratchFolderAndRemovedOnceWritten() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ExcelTracker().render(BoardPackFixtures.small(), out, this.scratch);

		assertThat(out.size()).isPositive();
		try (Stream<Path> left = Files.walk(this.scratch)) {
			assertThat(left.filter(Files::isRegularFile)).isEmpty();
		}
		// POI's streamed sheets ask TempFile for their files: it now makes them here
		File probe = TempFile.createTempFile("probe", ".xml");
		try {
			assertThat(probe.toPath().toAbsolutePath().startsWith(this.scratch.toAbsolutePath())).isTrue();
		}
		finally {
			Files.delete(probe.toPath());
		}
	}

}
