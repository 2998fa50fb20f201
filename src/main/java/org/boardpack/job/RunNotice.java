package org.boardpack.job;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.boardpack.BoardPackException;
import org.boardpack.input.CaseReferences;
import org.boardpack.input.Dates;
import org.boardpack.report.RunStatus;
import org.boardpack.template.Template;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The e-mail that tells the people who run boardpack how a run went, so a scheduled run
 * needs nobody to watch its console: done (the headline, rows rejected, where the files
 * are), not ready, or failed (the one line saying what is wrong and what to do). Sent
 * through the council's mail server (spring.mail.*) to the template's notice addresses;
 * it never holds a row's contents, and any text that looks like a case reference is
 * masked.
 */
@Component
class RunNotice {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private final ObjectProvider<JavaMailSender> mail;

	private final Template template;

	private final String mailUser;

	RunNotice(ObjectProvider<JavaMailSender> mail, Template template, Environment environment) {
		this.mail = mail;
		this.template = template;
		this.mailUser = environment.getProperty("spring.mail.username");
	}

	/**
	 * Sends the notice of a run.
	 * @param status how the run went
	 * @param reconciliation each input's reconciliation line, when the pack was produced
	 * @param log the run's log file
	 * @return what became of the notice, for the status file
	 */
	String send(RunStatus status, List<String> reconciliation, String log) {
		List<String> to = this.template.notice().to();
		if (to.isEmpty()) {
			return "none: the template lists nobody under notice.to";
		}
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return "none: no mail server is set (spring.mail.host)";
		}
		SimpleMailMessage message = new SimpleMailMessage();
		String from = (this.template.notice().from() != null) ? this.template.notice().from() : this.mailUser;
		if (from != null) {
			message.setFrom(from);
		}
		message.setTo(to.toArray(String[]::new));
		message.setSubject(CaseReferences.mask(subject(status)));
		message.setText(CaseReferences.mask(body(status, reconciliation, log)));
		try {
			sender.send(message);
			return "sent to " + String.join(", ", to);
		}
		catch (MailException ex) {
			return "could not be sent to " + String.join(", ", to) + ": " + BoardPackException.rootMessage(ex);
		}
	}

	String subject(RunStatus status) {
		String pack = (status.period() != null) ? "board pack for " + month(status.period()) : "board pack";
		return this.template.protectiveMarking() + ": " + this.template.authority() + " " + pack + " "
				+ status.outcome().word();
	}

	String body(RunStatus status, List<String> reconciliation, String log) {
		List<String> lines = new ArrayList<>();
		String month = (status.period() != null) ? " for " + month(status.period()) : "";
		String board = this.template.board();
		switch (status.outcome()) {
			case DONE, ALREADY_DONE -> {
				LocalDate meeting = this.template.meetings().get(status.period());
				lines.add(((status.outcome() == RunStatus.Outcome.DONE) ? "The board pack" + month + " is ready"
						: "The board pack" + month + " was already produced from these same files, so this run "
								+ "left it as it was")
						+ ((meeting != null) ? ", for the " + board + " on " + Dates.uk(meeting) + "." : "."));
				lines.add("");
				lines.add(status.message());
				lines.add("");
				lines.add("The files are in " + status.folder() + ":");
				status.files().forEach((file) -> lines.add("  " + file));
				lines.add("");
				lines.add("Rows read:");
				reconciliation.forEach((line) -> lines.add("  " + line));
				lines.add("");
				lines.add((status.rejected() == 0) ? "No row was rejected."
						: ((status.rejected() == 1) ? "1 row was" : status.rejected() + " rows were")
								+ " rejected: the rejects file lists each with its file, line and reason, "
								+ "for the owners to correct before next month.");
			}
			case NOT_READY -> {
				lines.add("The board pack" + month + " is not made yet: its files are not all in.");
				lines.add("");
				lines.add(status.message());
				lines.add("");
				lines.add("The scheduler tries again at its next run; nothing needs doing unless a file is late.");
			}
			case FAILED -> {
				lines.add("The board pack" + month + " was not produced.");
				lines.add("");
				lines.add(status.message());
				lines.add("");
				lines.add("Once this is put right, run it again (or let the scheduler): a run that failed part way "
						+ "resumes where it stopped. The run's log is " + log + ".");
			}
		}
		lines.add("");
		lines.add("(exit code " + status.exitCode() + "; the last run's outcome is also in " + RunStatus.FILE_NAME
				+ " in the output folder)");
		return String.join("\n", lines) + "\n";
	}

	private static String month(String period) {
		return YearMonth.parse(period).format(MONTH);
	}

}
