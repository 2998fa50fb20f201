package org.boardpack.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.rejects.FileLoad;

/**
 * manifest-PERIOD.json beside the outputs: each input (the template too) and output with
 * its SHA-256, each input's rows read, loaded and rejected, and the job execution that
 * made them; so anyone can check what a pack was made from.
 */
public record Manifest(String period, String asAt, long jobExecutionId, List<FileLoad> inputs, Output template,
		List<Output> outputs) {

	private static final String QUOTED = "\"((?:[^\"\\\\]|\\\\.)*)\"";

	private static final Pattern INPUT = Pattern.compile("\\{\"input\": " + QUOTED
			+ ", \"supplied\": (?:true|false), \"file\": " + QUOTED + ", \"sha256\": \"([0-9a-f]{64})\"");

	private static final Pattern OUTPUT = Pattern
		.compile("\\{\"file\": " + QUOTED + ", \"sha256\": \"([0-9a-f]{64})\"\\}");

	public static String fileName(String period) {
		return "manifest-" + period + ".json";
	}

	/**
	 * What a manifest written by {@link #write} records: each input's SHA-256 by role,
	 * and the outputs. Only this class's own layout is read back, so a pattern does.
	 * @param file the manifest
	 * @return what it records
	 */
	public static Recorded read(Path file) throws IOException {
		String json = Files.readString(file, StandardCharsets.UTF_8);
		int outputsAt = json.indexOf("\"outputs\": [");
		Map<String, String> inputs = new LinkedHashMap<>();
		Matcher input = INPUT.matcher(json);
		while (input.find()) {
			inputs.put(unquote(input.group(1)), input.group(3));
		}
		List<Output> outputs = new ArrayList<>();
		Matcher output = OUTPUT.matcher(json);
		while (outputsAt >= 0 && output.find(outputsAt)) {
			outputs.add(new Output(unquote(output.group(1)), output.group(2)));
			outputsAt = output.end();
		}
		return new Recorded(inputs, outputs);
	}

	private static String unquote(String quoted) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < quoted.length(); i++) {
			char c = quoted.charAt(i);
			if (c != '\\' || i + 1 == quoted.length()) {
				text.append(c);
				continue;
			}
			char escaped = quoted.charAt(++i);
			switch (escaped) {
				case 'n' -> text.append('\n');
				case 'r' -> text.append('\r');
				case 't' -> text.append('\t');
				case 'u' -> {
					text.append((char) Integer.parseInt(quoted.substring(i + 1, i + 5), 16));
					i += 4;
				}
				default -> text.append(escaped);
			}
		}
		return text.toString();
	}

	public void write(OutputStream out) throws IOException {
		StringBuilder json = new StringBuilder();
		json.append("{\n  \"period\": ").append(quote(this.period));
		json.append(",\n  \"asAt\": ").append(quote(this.asAt));
		json.append(",\n  \"jobExecutionId\": ").append(this.jobExecutionId);
		json.append(",\n  \"inputs\": [");
		for (int i = 0; i < this.inputs.size(); i++) {
			FileLoad in = this.inputs.get(i);
			json.append((i == 0) ? "\n" : ",\n")
				.append("    {\"input\": ")
				.append(quote(in.role()))
				.append(", \"supplied\": ")
				.append(in.supplied())
				.append(", \"file\": ")
				.append(quote(in.name()))
				.append(", \"sha256\": ")
				.append(quote(in.sha256()))
				.append(", \"rowsRead\": ")
				.append(in.rowsRead())
				.append(", \"loaded\": ")
				.append(in.loaded())
				.append(", \"rejected\": ")
				.append(in.rejected())
				.append('}');
		}
		json.append("\n  ],\n  \"template\": {\"file\": ")
			.append(quote(this.template.file()))
			.append(", \"sha256\": ")
			.append(quote(this.template.sha256()))
			.append("},\n  \"outputs\": [");
		for (int i = 0; i < this.outputs.size(); i++) {
			Output o = this.outputs.get(i);
			json.append((i == 0) ? "\n" : ",\n")
				.append("    {\"file\": ")
				.append(quote(o.file()))
				.append(", \"sha256\": ")
				.append(quote(o.sha256()))
				.append('}');
		}
		json.append("\n  ]\n}\n");
		out.write(json.toString().getBytes(StandardCharsets.UTF_8));
	}

	static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

	/** A file and its SHA-256. */
	public record Output(String file, String sha256) {
	}

	/**
	 * A manifest read back.
	 *
	 * @param inputs each input's SHA-256 by role (actions, audits)
	 * @param outputs the outputs beside it
	 */
	public record Recorded(Map<String, String> inputs, List<Output> outputs) {
	}

}
