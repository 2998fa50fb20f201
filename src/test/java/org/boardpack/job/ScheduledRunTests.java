package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.internet.MimeMessage;
import org.boardpack.BoardpackApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * boardpack as a scheduler runs it, month after month with nobody watching: the period
 * from the board calendar (--period=auto, the day given by --today), the files from the
 * drop folder (--inbox), the outcome by e-mail to a real SMTP server on loopback
 * (GreenMail) and in OUTPUT/status.json; exit 0 done, 5 retry later, others alert.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScheduledRunTests {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@TempDir
	Path dir;

	@Test
	void theCalendarGivesTheMonthTheNextBoardReportsOnAndTheDayTheDataIsAsAt(CapturedOutput output) throws Exception {
		// Northmoor's calendar: 2020-12's board meets on 12/01/2021, 2021-01's on
		// 09/02/2021
		assertThat(run("--period=auto", "--today=2021-01-12", "--inbox=" + this.dir.resolve("inbox"))).isEqualTo(5);
		assertThat(status()).contains("\"period\": \"2020-12\"");
		assertThat(run("--period=auto", "--today=2021-01-13", "--inbox=" + this.dir.resolve("inbox"))).isEqualTo(5);
		assertThat(status()).contains("\"period\": \"2021-01\"");
		// on the meeting's own day the pack is still for it; a month after the period
		// the data is still as at that day
		assertThat(run("--period=auto", "--today=2021-02-09", "--inbox=" + this.dir.resolve("inbox"))).isEqualTo(5);
		assertThat(status()).contains("\"period\": \"2021-01\"");
		assertThat(run("--period=auto", "--today=2021-02-10", "--inbox=" + this.dir.resolve("inbox"))).isEqualTo(5);
		assertThat(status()).contains("\"period\": \"2021-02\"");

		assertThat(run("--period=auto", "--today=2021-03-10")).isEqualTo(2);
		assertThat(output.getErr()).contains("boardpack: --period=auto: the template's board calendar (meetings:) "
				+ "has no meeting on or after 10/03/2021; add the next meetings' dates to it");
		assertThat(run("--period=2021-01", "--today=2021-01-20")).isEqualTo(2);
		assertThat(output.getErr()).contains("--today is the day --period=auto looks for the next board from");
	}

	@Test
	void aMonthWhoseFilesAreNotAllInTheInboxIsNotReadyUntilTheyAreAndThenProducedOnce(CapturedOutput output)
			throws Exception {
		Path inbox = this.dir.resolve("inbox");
		Path month = Files.createDirectories(inbox.resolve("2021-01"));
		// as an officer saves it from Excel, with their own name for it
		Files.copy(Path.of("seeds/actions.csv"), month.resolve("Actions January 2021.csv"));
		settled(month);
		assertThat(run("--period=auto", "--today=2021-02-01", "--inbox=" + inbox)).isEqualTo(5);
		assertThat(output.getErr()).contains("boardpack: not ready: 2021-01's files are not all in the inbox (in "
				+ month + ", no file yet for audits (audits*.{csv,xlsx} or *case audit*.{csv,xlsx}), kpis");
		MimeMessage notReady = lastMail();
		assertThat(notReady.getSubject())
			.isEqualTo("OFFICIAL: Northmoor Metropolitan Borough Council board pack for January 2021 not ready");
		assertThat(GreenMailUtil.getBody(notReady)).contains("no file yet for audits");
		assertThat(status()).contains("\"outcome\": \"not ready\"", "\"exitCode\": 5");

		// the rest arrive; one is still being copied (changed seconds ago), and Excel's
		// owner file of an open workbook lies beside them
		for (String input : List.of("audits", "kpis", "transfers", "workforce")) {
			Files.copy(Path.of("seeds/" + input + ".csv"), month.resolve(input + ".csv"));
		}
		Files.writeString(month.resolve("~$actions.xlsx"), "owner");
		settled(month);
		Files.setLastModifiedTime(month.resolve("workforce.csv"), FileTime.from(Instant.now()));
		assertThat(run("--period=auto", "--today=2021-02-01", "--inbox=" + inbox)).isEqualTo(5);
		assertThat(output.getErr())
			.contains("workforce.csv changed in the last minute, so may still be being written); try again later");

		settled(month);
		assertThat(run("--period=auto", "--today=2021-02-01", "--inbox=" + inbox)).isZero();
		Path pack = this.dir.resolve("out/2021-01/board-pack-2021-01.pdf");
		String headline = headline(pack);
		MimeMessage done = lastMail();
		assertThat(done.getSubject())
			.isEqualTo("OFFICIAL: Northmoor Metropolitan Borough Council board pack for January 2021 done");
		assertThat(done.getAllRecipients()).extracting(Object::toString)
			.containsExactly("performance.team@northmoor.example");
		String body = GreenMailUtil.getBody(done).replace("\r\n", "\n");
		// the seeds' rejects, counted by hand: 2 audits, 2 transfers, 1 workforce row
		assertThat(body)
			.startsWith("The board pack for January 2021 is ready, for the Children's Services "
					+ "Improvement Board on 09/02/2021.\n\n" + headline + "\n\nThe files are in "
					+ this.dir.resolve("out/2021-01") + ":\n  board-pack-2021-01.pdf\n  manifest-2021-01.json\n"
					+ "  rejects-2021-01.csv\n  tracker-2021-01.xlsx\n\nRows read:\n  " + month
					+ "/Actions January 2021.csv: 52 rows read = 52 loaded + 0 rejected\n  " + month
					+ "/audits.csv: 355 rows read = 353 loaded + 2 rejected\n")
			.contains("5 rows were rejected: the rejects file lists each")
			.doesNotContain("NMB-");
		assertThat(page(pack, 1)).contains("Data as at", "01/02/2021");
		assertThat(status()).contains("\"outcome\": \"done\"", "\"exitCode\": 0", "\"rejected\": 5",
				"\"message\": \"" + headline + "\"", "\"notice\": \"sent to performance.team@northmoor.example\"");

		// the next day's run finds the same files: nothing to do, and it says so
		int mails = mail.getReceivedMessages().length;
		assertThat(run("--period=auto", "--today=2021-02-02", "--inbox=" + inbox)).isZero();
		assertThat(output.getOut()).contains("2021-01 was already produced from these same files, as at 01/02/2021");
		assertThat(mail.getReceivedMessages()).hasSize(mails + 1);
		assertThat(lastMail().getSubject()).endsWith("board pack for January 2021 already done");
		assertThat(status()).contains("\"outcome\": \"already done\"");
	}

	@Test
	void aRunThatFailsSaysWhatIsWrongByMailAndInTheStatusFile(CapturedOutput output) throws Exception {
		Path inbox = this.dir.resolve("inbox");
		Path month = Files.createDirectories(inbox.resolve("2021-01"));
		Files.copy(Path.of("seeds/actions.csv"), month.resolve("actions.csv"));
		for (String input : List.of("kpis", "transfers", "workforce")) {
			Files.copy(Path.of("seeds/" + input + ".csv"), month.resolve(input + ".csv"));
		}
		// an old Excel workbook saved under the audits' name
		Files.write(month.resolve("audits.xlsx"), new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 });
		settled(month);

		assertThat(run("--period=auto", "--today=2021-02-01", "--inbox=" + inbox)).isEqualTo(3);
		MimeMessage failed = lastMail();
		assertThat(failed.getSubject())
			.isEqualTo("OFFICIAL: Northmoor Metropolitan Borough Council board pack for January 2021 failed");
		String line = month.resolve("audits.xlsx") + ": is password-protected or an old .xls workbook; save it as an "
				+ "unprotected .xlsx or as CSV UTF-8";
		assertThat(output.getErr()).contains(line);
		assertThat(GreenMailUtil.getBody(failed).replace("\r\n", "\n"))
			.startsWith("The board pack for January 2021 was not produced.\n\n")
			.contains(line)
			.contains("The run's log is " + this.dir.resolve("out/boardpack.log"));
		assertThat(status()).contains("\"outcome\": \"failed\"", "\"exitCode\": 3");

		// two files that could each be the plan: which to use is for a person to say
		Files.copy(Path.of("seeds/actions.csv"), month.resolve("actions copy.csv"));
		settled(month);
		assertThat(run("--period=auto", "--today=2021-02-01", "--inbox=" + inbox)).isEqualTo(3);
		assertThat(output.getErr()).contains("the inbox " + month + " has 2 files that could be actions "
				+ "(actions copy.csv, actions.csv): leave only the one to use");
	}

	private int run(String... options) {
		List<String> args = new ArrayList<>(List.of(options));
		args.add("--output=" + this.dir.resolve("out"));
		args.add("--spring.mail.host=127.0.0.1");
		args.add("--spring.mail.port=" + mail.getSmtp().getPort());
		return BoardpackApplication.run(args.toArray(String[]::new));
	}

	private String status() throws IOException {
		return Files.readString(this.dir.resolve("out/status.json"));
	}

	private static MimeMessage lastMail() {
		MimeMessage[] received = mail.getReceivedMessages();
		assertThat(received).isNotEmpty();
		return received[received.length - 1];
	}

	/** Every file in the folder as if saved two minutes ago. */
	private static void settled(Path folder) throws IOException {
		FileTime before = FileTime.from(Instant.now().minus(Duration.ofMinutes(2)));
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.setLastModifiedTime(file, before);
			}
		}
	}

	/** The executive summary's headline, as the pack prints it. */
	private static String headline(Path pack) throws IOException {
		Matcher headline = Pattern.compile("\\d+ of \\d+ actions complete, \\d+ off track").matcher(page(pack, 2));
		assertThat(headline.find()).isTrue();
		return headline.group();
	}

	private static String page(Path pack, int page) throws IOException {
		try (PdfReader reader = new PdfReader(pack.toString())) {
			return new PdfTextExtractor(reader).getTextFromPage(page);
		}
	}

}
