package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.BoardpackApplication;
import org.boardpack.input.InputFile;
import org.boardpack.report.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The same command run again, as a scheduler or an analyst fixing a file would: a period
 * is declined as already produced only when its files' content is what it was produced
 * from and its outputs are where they were asked for; a month produced after later ones
 * says which to produce again and how. On each kind of history database, a new one for
 * each test.
 */
@ParameterizedClass
@EnumSource(HistoryDatabase.class)
@ExtendWith(OutputCaptureExtension.class)
class RerunTests {

	@Parameter
	HistoryDatabase database;

	@TempDir
	Path dir;

	private List<String> history;

	@BeforeEach
	void newHistory() {
		this.history = this.database.options(this.dir);
	}

	@Test
	void aCorrectedFileOfTheSameSizeAndTimeOfChangeIsProducedAgain(CapturedOutput output) throws IOException {
		Path actions = Files.copy(JobTestSupport.SEED_ACTIONS, this.dir.resolve("actions.csv"));
		Path out = this.dir.resolve("out");
		assertThat(run("--actions=" + actions, "--output=" + out)).isZero();
		// an officer corrects one letter: same size, and the time of change put back
		FileTime changed = Files.getLastModifiedTime(actions);
		String plan = Files.readString(actions, StandardCharsets.UTF_8);
		Files.writeString(actions,
				plan.replaceFirst("Director of Children's Services", "Director of Children's Servicez"),
				StandardCharsets.UTF_8);
		Files.setLastModifiedTime(actions, changed);
		assertThat(Files.readString(actions)).isNotEqualTo(plan).hasSameSizeAs(plan);

		assertThat(run("--actions=" + actions, "--output=" + out)).isZero();
		assertThat(output.getOut()).contains(actions + " has the size and time of change of a file 2021-01 was "
				+ "produced from, but not the same content: producing 2021-01 again");
		assertThat(manifest(out).inputs()).containsEntry("actions", new InputFile(actions, null).sha256());
		// the same corrected file again: now it is declined
		int before = output.getOut().length();
		assertThat(run("--actions=" + actions, "--output=" + out)).isZero();
		assertThat(output.getOut().substring(before)).contains("2021-01 was already produced from these same inputs");
	}

	@Test
	void outputsThatAreNotWhereTheyWereAskedForAreProducedThere(CapturedOutput output) throws IOException {
		Path first = this.dir.resolve("first");
		Path second = this.dir.resolve("second");
		assertThat(run("--output=" + first)).isZero();
		assertThat(run("--output=" + second)).isZero();
		assertThat(output.getOut())
			.contains("the outputs of 2021-01 are not in " + second.resolve("2021-01") + ": producing them there");
		assertThat(second.resolve("2021-01/board-pack-2021-01.pdf"))
			.hasSameBinaryContentAs(first.resolve("2021-01/board-pack-2021-01.pdf"));
		// the pack deleted from the first folder: produced there again
		Files.delete(first.resolve("2021-01/board-pack-2021-01.pdf"));
		assertThat(run("--output=" + first)).isZero();
		assertThat(first.resolve("2021-01/board-pack-2021-01.pdf"))
			.hasSameBinaryContentAs(second.resolve("2021-01/board-pack-2021-01.pdf"));
		// both in place: declined, pointing at a folder that exists
		int before = output.getOut().length();
		assertThat(run("--output=" + first)).isZero();
		assertThat(output.getOut().substring(before)).contains("2021-01 was already produced from these same inputs")
			.contains("see " + first.resolve("2021-01"));
	}

	@Test
	void anEarlierMonthProducedAfterALaterOneSaysToProduceTheLaterAgainAndHow(CapturedOutput output)
			throws IOException {
		Path out = this.dir.resolve("out");
		assertThat(run("--output=" + out)).isZero();
		assertThat(run("--period=2020-12", "--actions=seeds/history/actions-2020-12.csv", "--output=" + out)).isZero();
		Matcher advice = Pattern
			.compile("2021-01 was produced before this run of 2020-12, so its pack does not compare with 2020-12 as "
					+ "it is now; produce it again with: (\\./boardpack .*)")
			.matcher(output.getOut());
		assertThat(advice.find()).as(output.getOut()).isTrue();
		String command = advice.group(1);
		assertThat(command).isEqualTo("./boardpack --period=2021-01 --actions=seeds/actions.csv --audits="
				+ "seeds/audits.csv --kpis=seeds/kpis.csv --transfers=seeds/transfers.csv --workforce=seeds/workforce.csv --output="
				+ out + " --template=templates/northmoor.yml --rerun");
		byte[] januaryBefore = Files.readAllBytes(out.resolve("2021-01/board-pack-2021-01.pdf"));

		// the command it gave, run as given, produces January again comparing with
		// December
		int before = output.getOut().length();
		List<String> args = new ArrayList<>(List.of(command.substring("./boardpack ".length()).split(" ")));
		assertThat(run(args.toArray(String[]::new))).isZero();
		assertThat(output.getOut().substring(before)).doesNotContain("already produced")
			.doesNotContain("produce it again");
		// produced first with no earlier month, now with December to compare with
		assertThat(Files.readAllBytes(out.resolve("2021-01/board-pack-2021-01.pdf"))).isNotEqualTo(januaryBefore);
	}

	private static Manifest.Recorded manifest(Path out) throws IOException {
		return Manifest.read(out.resolve("2021-01/manifest-2021-01.json"));
	}

	private int run(String... args) {
		List<String> all = new ArrayList<>(this.history);
		all.addAll(List.of(args));
		return BoardpackApplication.run(all.toArray(String[]::new));
	}

}
