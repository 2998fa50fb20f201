package org.boardpack.report.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Copies a finished .xlsx so that the same content gives the same bytes: POI stamps every
 * zip entry with the clock of the run. Each entry is copied raw (never recompressed) in
 * the same order under a fresh header that carries a fixed time and no extra fields.
 * Zip64 records (POI writes them for every entry of a streamed workbook) are written only
 * where a file needs them, which a tracker never does, so the file stays a plain zip that
 * any reader opens.
 */
final class ReproducibleZip {

	private ReproducibleZip() {
	}

	/**
	 * Copies the zip at {@code from} to {@code to}.
	 * @param entryTime the time every entry shows; a zip entry's time has no zone, so it
	 * is the same wall-clock time wherever the copy is made
	 */
	static void copy(Path from, OutputStream to, LocalDateTime entryTime) throws IOException {
		long time = entryTime.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
		try (ZipFile zip = ZipFile.builder().setPath(from).get();
				ZipArchiveOutputStream out = new ZipArchiveOutputStream(to)) {
			out.setUseZip64(Zip64Mode.AsNeeded);
			for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
				ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
				copy.setMethod(entry.getMethod());
				copy.setCrc(entry.getCrc());
				copy.setSize(entry.getSize());
				copy.setCompressedSize(entry.getCompressedSize());
				copy.setTime(time);
				try (InputStream raw = zip.getRawInputStream(entry)) {
					out.addRawArchiveEntry(copy, raw);
				}
			}
			out.finish();
		}
	}

}
