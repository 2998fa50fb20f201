package org.boardpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice run headless, as a real client: converts a tracker to PDF (as it prints) or
 * saves it again as .xlsx (as an officer's LibreOffice would). Tests that need it skip,
 * saying why, where it is not installed; CI installs it (.ci/run).
 */
final class LibreOffice {

	private static final List<String> PLACES = List.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
			"/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice");

	private static final long TIMEOUT_SECONDS = 180;

	private LibreOffice() {
	}

	/** Skips the calling test, with the reason, where LibreOffice is absent. */
	static Path require() {
		Optional<Path> soffice = find();
		Assumptions.assumeTrue(soffice.isPresent(),
				"LibreOffice (soffice) is not installed, so the checks in a real client are skipped: "
						+ "apt-get install libreoffice-calc-nogui (.ci/run does) to run them");
		return soffice.get();
	}

	/**
	 * Converts the file into the folder, as {@code soffice --headless --convert-to}.
	 * @param format pdf, or xlsx for the same workbook saved again by LibreOffice
	 * @return the file written
	 */
	static Path convert(Path file, String format, Path folder) throws IOException, InterruptedException {
		Path soffice = require();
		Path profile = Files.createTempDirectory("soffice-profile-");
		try {
			Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
					"--headless", "--norestore", "--convert-to", format, "--outdir", folder.toString(), file.toString())
				.redirectErrorStream(true)
				.redirectOutput(folder.resolve("soffice.log").toFile())
				.start();
			assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("soffice finished").isTrue();
			String name = file.getFileName().toString();
			Path written = folder.resolve(name.substring(0, name.lastIndexOf('.') + 1) + format);
			assertThat(written).as(Files.readString(folder.resolve("soffice.log"))).exists();
			return written;
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted((a, b) -> b.compareTo(a)).forEach((p) -> p.toFile().delete());
			}
		}
	}

	private static Optional<Path> find() {
		Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
			.filter((dir) -> !dir.isEmpty())
			.map((dir) -> Path.of(dir, "soffice"));
		return Stream.concat(onPath, PLACES.stream().map(Path::of)).filter(Files::isExecutable).findFirst();
	}

}
