package org.boardpack.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.boardpack.rejects.FileLoad;

/**
 * manifest-PERIOD.json beside the outputs: each input (the template too) and output with
 * its SHA-256, each input's rows read, loaded and rejected, and the job execution that
 * made them; so anyone can check what a pack was made from.
 */
public record Manifest(String period, String asAt, long jobExecutionId, List<FileLoad> inputs, Output template,
		List<Output> outputs) {

	public static String fileName(String period) {
		return "manifest-" + period + ".json";
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

	private static String quote(String text) {
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

}
