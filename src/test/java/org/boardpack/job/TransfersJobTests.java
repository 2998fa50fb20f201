package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.BoardpackApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The case transfers loaded by the real job, as an analyst runs it: from seeds/ with the
 * other samples, from a file named with --transfers, or left out when the run names other
 * inputs but not this one. No child's reference reaches an output.
 */
@ExtendWith(OutputCaptureExtension.class)
class TransfersJobTests {

	private static final String HEADER = "transfer_id,child_ref,from_team,to_team,requested_date,transferred_date,"
			+ "status,reason,reviewed_date\n";

	private static final Pattern CHILD_REF = Pattern.compile("NMB-\\d{6}");

	@TempDir
	Path dir;

	@Test
	void theSampleTransfersAreReconciledAndTheirTwoBadRowsRejectedWithoutNamingAChild(CapturedOutput output)
			throws Exception {
		Path out = this.dir.resolve("out");
		assertThat(BoardpackApplication.run("--output=" + out)).isZero();
		// seeds/transfers.csv: 481 transfers, two typed wrong (seeds/README.md)
		assertThat(output.getOut()).contains("seeds/transfers.csv: 481 rows read = 479 loaded + 2 rejected");
		String rejects = Files.readString(out.resolve("2021-01/rejects-2021-01.csv"), StandardCharsets.UTF_8);
		assertThat(rejects).contains("seeds/transfers.csv,152,TR-2020-0151,transferred_date")
			.contains("seeds/transfers.csv,301,TR-2020-0300,to_team");
		Set<String> children = childRefs(Path.of("seeds/transfers.csv"));
		assertThat(children).hasSizeGreaterThan(400);
		String everything = output.getAll() + rejects
				+ Files.readString(out.resolve("2021-01/manifest-2021-01.json"), StandardCharsets.UTF_8)
				+ BoardPackJobTests.pdfText(out.resolve("2021-01/board-pack-2021-01.pdf"));
		assertThat(children).noneMatch(everything::contains);
	}

	@Test
	void aNamedTransfersFileIsReconciledAndALaterRequestCountedNotStored(CapturedOutput output) throws Exception {
		Path transfers = Files.writeString(this.dir.resolve("transfers.csv"),
				HEADER + "TR-1,NMB-400001,Duty,Assessment,04/01/2021,05/01/2021,,,\n"
						+ "TR-2,NMB-400002,Duty,Assessment,04/01/2021,,Moved,,\n"
						+ "TR-1,NMB-400003,Duty,Early Help,04/01/2021,,,,\n"
						+ "TR-3,NMB-400004,Duty,Assessment,01/02/2021,,,,\n",
				StandardCharsets.UTF_8);
		Path out = this.dir.resolve("out");
		assertThat(
				BoardpackApplication.run("--actions=seeds/actions.csv", "--transfers=" + transfers, "--output=" + out))
			.isZero();
		assertThat(output.getOut()).contains(transfers + ": 4 rows read = 2 loaded + 2 rejected");
		String rejects = Files.readString(out.resolve("2021-01/rejects-2021-01.csv"), StandardCharsets.UTF_8);
		assertThat(rejects).contains(transfers + ",3,TR-2,status").contains("Moved").contains(transfers + ",4,TR-1,");
		assertThat(Files.readString(out.resolve("2021-01/manifest-2021-01.json")))
			.contains("{\"input\": \"transfers\", \"supplied\": true");
		assertThat(output.getAll() + rejects).doesNotContain("NMB-40000");
	}

	private static Set<String> childRefs(Path file) throws Exception {
		Set<String> refs = new TreeSet<>();
		Matcher matcher = CHILD_REF.matcher(Files.readString(file, StandardCharsets.UTF_8));
		while (matcher.find()) {
			refs.add(matcher.group());
		}
		return refs;
	}

}
