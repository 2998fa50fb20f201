package org.boardpack.input;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Files written the way officers' tools write them: text re-encoded by iconv as Excel
 * saves it, and CSV exported by LibreOffice itself where it is installed (tests that need
 * it are skipped, saying so, where it is not).
 */
public final class OfficeFiles {

	private OfficeFiles() {
	}

	/** UTF-8 text re-encoded with iconv, e.g. to WINDOWS-1252 or UTF-16LE. */
	public static Path iconv(String utf8, String encoding, Path out) throws Exception {
		Path source = Files.writeString(out.resolveSibling(out.getFileName() + ".utf8"), utf8);
		run(List.of("iconv", "-f", "UTF-8", "-t", encoding, source.toString()), out);
		return out;
	}

	/** Excel's "Unicode text": UTF-16 little-endian with its byte-order mark. */
	public static Path unicodeText(String utf8, Path out) throws Exception {
		iconv(utf8, "UTF-16LE", out);
		byte[] body = Files.readAllBytes(out);
		byte[] withMark = new byte[body.length + 2];
		withMark[0] = (byte) 0xFF;
		withMark[1] = (byte) 0xFE;
		System.arraycopy(body, 0, withMark, 2, body.length);
		return Files.write(out, withMark);
	}

	public static boolean hasLibreOffice() {
		try {
			Process process = new ProcessBuilder("soffice", "--version").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Converts a workbook with LibreOffice, skipping the test when it is not installed.
	 * @param filter e.g. {@code csv:Text - txt - csv (StarCalc):59,34,1} (semicolons,
	 * double quotes, Windows-1252)
	 * @return the converted file
	 */
	public static Path libreOffice(Path workbook, String filter, String extension) throws Exception {
		return libreOffice(workbook, filter, extension, null);
	}

	/**
	 * Converts a workbook with LibreOffice set to a locale, as an officer's LibreOffice
	 * in that country is.
	 * @param locale e.g. {@code en-US}; null for LibreOffice's own default
	 */
	public static Path libreOffice(Path workbook, String filter, String extension, String locale) throws Exception {
		assumeTrue(hasLibreOffice(), "LibreOffice (soffice) is not installed: skipped; .ci/run installs it");
		Path dir = workbook.resolveSibling("converted-" + System.nanoTime());
		Files.createDirectories(dir);
		if (locale != null) {
			// The profile's locale setting, which decides how LibreOffice reads and shows
			// dates; its default follows the environment, which a build machine may not
			// have.
			Path user = Files.createDirectories(dir.resolve("profile/user"));
			Files.writeString(user.resolve("registrymodifications.xcu"), """
					<?xml version="1.0" encoding="UTF-8"?>
					<oor:items xmlns:oor="http://openoffice.org/2001/registry">
					<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">\
					<value>%s</value></prop></item>
					</oor:items>
					""".formatted(locale));
		}
		List<String> command = new ArrayList<>(
				List.of("soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless",
						"--convert-to", filter, "--outdir", dir.toString(), workbook.toString()));
		run(command, null);
		String name = workbook.getFileName().toString();
		return dir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
	}

	private static void run(List<String> command, Path stdout) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command);
		if (stdout != null) {
			builder.redirectOutput(stdout.toFile());
		}
		else {
			builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
		}
		Process process;
		try {
			process = builder.redirectError(ProcessBuilder.Redirect.PIPE).start();
		}
		catch (IOException ex) {
			assumeTrue(false, command.get(0) + " is not installed: skipped");
			return;
		}
		String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " failed: " + errors);
		}
	}

}
