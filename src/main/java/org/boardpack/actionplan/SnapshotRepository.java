package org.boardpack.actionplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each period's snapshot of assessed actions and headline figures. Saving a period
 * replaces it.
 */
@Repository
public class SnapshotRepository {

	private static final String INSERT = """
			INSERT INTO action_snapshot (period, as_at, ref, section, section_title, description, owner, theme,
				start_date, due_date, revised_due_date, effective_due_date, first_due_date, status, owner_rag,
				derived_rag, rag_reason, challenge, percent_complete, last_updated, update_text, evidence, board_ask,
				board_decision, decided_on, days_overdue, days_overdue_original, slipped_days, date_moves, stale, days_since_update)
			VALUES (:period, :asAt, :ref, :section, :assessedSectionTitle, :description, :owner, :theme, :startDate,
				:dueDate, :revisedDueDate, :effectiveDueDate, :firstDueDate, :status, :ownerRag, :derivedRag,
				:ragReason, :challenge, :percentComplete, :lastUpdated, :update, :evidence, :boardAsk, :boardDecision,
				:decidedOn, :daysOverdue,
				:daysOverdueOriginal, :slippedDays, :dateMoves, :stale, :daysSinceUpdate)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcOperations batch;

	public SnapshotRepository(JdbcClient jdbc, NamedParameterJdbcOperations batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Replaces the period's snapshot and headline figures. */
	public void save(String period, LocalDate asAt, List<AssessedAction> assessed, Tally overall) {
		this.jdbc.sql("DELETE FROM action_snapshot WHERE period = :period").param("period", period).update();
		this.jdbc.sql("DELETE FROM period_summary WHERE period = :period").param("period", period).update();
		SqlParameterSource[] rows = new SqlParameterSource[assessed.size()];
		for (int i = 0; i < rows.length; i++) {
			AssessedAction s = assessed.get(i);
			rows[i] = ActionRepository.parameters(period, s.action())
				.addValue("asAt", asAt)
				.addValue("assessedSectionTitle", s.sectionTitle())
				.addValue("effectiveDueDate", s.effectiveDueDate())
				.addValue("firstDueDate", s.firstDueDate())
				.addValue("derivedRag", s.derivedRag().name())
				.addValue("ragReason", s.ragReason())
				.addValue("challenge", s.challenge())
				.addValue("daysOverdue", s.daysOverdue())
				.addValue("daysOverdueOriginal", s.daysOverdueOriginal())
				.addValue("slippedDays", s.slippedDays())
				.addValue("dateMoves", s.dateMoves())
				.addValue("stale", s.stale())
				.addValue("daysSinceUpdate", s.daysSinceUpdate());
		}
		this.batch.batchUpdate(INSERT, rows);
		this.jdbc.sql("""
				INSERT INTO period_summary (period, as_at, actions, done, embedded, blue, green, amber, red, overdue,
					slipped, stale, challenged)
				VALUES (:period, :asAt, :actions, :done, :embedded, :blue, :green, :amber, :red, :overdue, :slipped,
					:stale, :challenged)""")
			.param("period", period)
			.param("asAt", asAt)
			.param("actions", overall.actions())
			.param("done", overall.done())
			.param("embedded", overall.count(Status.EMBEDDED))
			.param("blue", overall.count(Rag.BLUE))
			.param("green", overall.count(Rag.GREEN))
			.param("amber", overall.count(Rag.AMBER))
			.param("red", overall.count(Rag.RED))
			.param("overdue", overall.overdue())
			.param("slipped", overall.slipped())
			.param("stale", overall.stale())
			.param("challenged", overall.challenged())
			.update();
	}

	/** A stored period's assessed actions, in plan order. */
	public List<AssessedAction> findByPeriod(String period) {
		List<AssessedAction> actions = new ArrayList<>(
				this.jdbc.sql("SELECT * FROM action_snapshot WHERE period = :period")
					.param("period", period)
					.query(SnapshotRepository::map)
					.list());
		actions.sort((a, b) -> ActionRepository.PLAN_ORDER.compare(a.action(), b.action()));
		return actions;
	}

	/** The latest period stored before this one: the last board's. */
	public Optional<String> previousPeriod(String period) {
		return this.jdbc.sql("SELECT MAX(period) FROM period_summary WHERE period < :period")
			.param("period", period)
			.query(String.class)
			.optional();
	}

	/** Whether the period is stored. */
	public boolean stored(String period) {
		return this.jdbc.sql("SELECT COUNT(*) FROM period_summary WHERE period = :period")
			.param("period", period)
			.query(Long.class)
			.single() > 0;
	}

	/** Every period stored, oldest first. */
	public List<String> periods() {
		return this.jdbc.sql("SELECT period FROM period_summary ORDER BY period").query(String.class).list();
	}

	/** The periods stored after this one, oldest first. */
	public List<String> laterPeriods(String period) {
		return this.jdbc.sql("SELECT period FROM period_summary WHERE period > :period ORDER BY period")
			.param("period", period)
			.query(String.class)
			.list();
	}

	/** For each ref, the due dates recorded by the months stored before this period. */
	public Map<String, DueDateHistory> dueDateHistory(String period) {
		Map<String, LocalDate> first = new HashMap<>();
		Map<String, List<LocalDate>> effective = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT ref, first_due_date, effective_due_date FROM action_snapshot
				WHERE period < :period ORDER BY ref, period""").param("period", period).query((ResultSet rs) -> {
			String ref = rs.getString("ref");
			first.putIfAbsent(ref, rs.getObject("first_due_date", LocalDate.class));
			effective.computeIfAbsent(ref, (r) -> new ArrayList<>())
				.add(rs.getObject("effective_due_date", LocalDate.class));
		});
		Map<String, DueDateHistory> history = new HashMap<>();
		effective.forEach((ref, dates) -> history.put(ref, new DueDateHistory(first.get(ref), dates)));
		return history;
	}

	/**
	 * For each action whose ask was open at the last board (asked, not decided), the
	 * first board of the unbroken run of months it has been open since: an ask this month
	 * that the board has seen before is carried from there.
	 */
	public Map<String, YearMonth> asksOpenSince(String period) {
		List<String> boards = this.jdbc.sql("SELECT period FROM period_summary WHERE period < :period ORDER BY period")
			.param("period", period)
			.query(String.class)
			.list();
		Map<String, String> openSince = new HashMap<>();
		Map<String, String> openAt = new HashMap<>();
		this.jdbc.sql("""
				SELECT period, ref FROM action_snapshot
				WHERE period < :period AND board_ask IS NOT NULL AND board_decision IS NULL ORDER BY period""")
			.param("period", period)
			.query((ResultSet rs) -> {
				String board = rs.getString("period");
				String ref = rs.getString("ref");
				String before = openAt.get(ref);
				boolean unbroken = before != null && boards.indexOf(before) == boards.indexOf(board) - 1;
				if (!unbroken) {
					openSince.put(ref, board);
				}
				openAt.put(ref, board);
			});
		Map<String, YearMonth> carried = new HashMap<>();
		String last = boards.isEmpty() ? null : boards.get(boards.size() - 1);
		openAt.forEach((ref, board) -> {
			if (board.equals(last)) {
				carried.put(ref, YearMonth.parse(openSince.get(ref)));
			}
		});
		return carried;
	}

	/**
	 * Headline figures of the stored months up to this one, oldest first, at most
	 * {@code months} of them.
	 */
	public List<PeriodSummary> trend(String period, int months) {
		List<PeriodSummary> newestFirst = this.jdbc.sql("""
				SELECT * FROM period_summary WHERE period <= :period ORDER BY period DESC""")
			.param("period", period)
			.query((rs, row) -> {
				Map<Rag, Integer> byRag = new EnumMap<>(Rag.class);
				for (Rag rag : Rag.values()) {
					byRag.put(rag, rs.getInt(rag.name()));
				}
				return new PeriodSummary(rs.getString("period"), rs.getObject("as_at", LocalDate.class),
						rs.getInt("actions"), rs.getInt("done"), rs.getInt("embedded"), byRag, rs.getInt("overdue"),
						rs.getInt("slipped"), rs.getInt("stale"), rs.getInt("challenged"));
			})
			.list();
		List<PeriodSummary> trend = new ArrayList<>(newestFirst.subList(0, Math.min(months, newestFirst.size())));
		java.util.Collections.reverse(trend);
		return trend;
	}

	/**
	 * Every stored month's state of every action up to this period, for officers to
	 * pivot.
	 */
	public List<HistoryRow> history(String period) {
		return this.jdbc.sql("""
				SELECT period, ref, section, description, owner, status, derived_rag, effective_due_date,
					percent_complete, last_updated, update_text
				FROM action_snapshot WHERE period <= :period ORDER BY period, section, ref""")
			.param("period", period)
			.query((rs, row) -> new HistoryRow(rs.getString("period"), rs.getString("ref"), rs.getInt("section"),
					rs.getString("description"), rs.getString("owner"), Status.valueOf(rs.getString("status")),
					Rag.valueOf(rs.getString("derived_rag")), rs.getObject("effective_due_date", LocalDate.class),
					(Integer) rs.getObject("percent_complete"), rs.getObject("last_updated", LocalDate.class),
					rs.getString("update_text")))
			.list();
	}

	private static AssessedAction map(ResultSet rs, int row) throws SQLException {
		String ownerRag = rs.getString("owner_rag");
		Action action = new Action(rs.getString("ref"), rs.getInt("section"), rs.getString("section_title"),
				rs.getString("description"), rs.getString("owner"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("due_date", LocalDate.class), rs.getObject("revised_due_date", LocalDate.class),
				Status.valueOf(rs.getString("status")), (ownerRag != null) ? Rag.valueOf(ownerRag) : null,
				(Integer) rs.getObject("percent_complete"), rs.getObject("last_updated", LocalDate.class),
				rs.getString("update_text"), rs.getString("evidence"), rs.getString("board_ask"), rs.getString("theme"),
				ActionRepository.decision(rs), 0);
		return new AssessedAction(action, rs.getString("section_title"),
				rs.getObject("effective_due_date", LocalDate.class), rs.getObject("first_due_date", LocalDate.class),
				rs.getInt("days_overdue"), rs.getInt("days_overdue_original"), rs.getInt("slipped_days"),
				rs.getInt("date_moves"), rs.getBoolean("stale"), (Integer) rs.getObject("days_since_update"),
				Rag.valueOf(rs.getString("derived_rag")), rs.getString("rag_reason"), rs.getString("challenge"));
	}

	/**
	 * One action in one stored month.
	 *
	 * @param period yyyy-mm
	 * @param description what the action is
	 * @param effectiveDueDate the due date that month
	 * @param lastUpdated the date of that month's update
	 * @param update that month's progress update, as the owner wrote it
	 */
	public record HistoryRow(String period, String ref, int section, String description, String owner, Status status,
			Rag derivedRag, LocalDate effectiveDueDate, Integer percentComplete, LocalDate lastUpdated, String update) {
	}

}
