package org.boardpack.actionplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan as loaded for each period. */
@Repository
public class ActionRepository {

	/** Plan order: by section, then by ref as people read it. */
	public static final Comparator<Action> PLAN_ORDER = Comparator.comparingInt(Action::section)
		.thenComparing(Action::ref, RefOrder.INSTANCE);

	private static final String INSERT = """
			INSERT INTO plan_action (period, ref, line, section, section_title, description, owner, start_date,
				due_date, revised_due_date, status, owner_rag, percent_complete, last_updated, update_text, evidence,
				board_ask, board_decision, decided_on, theme)
			VALUES (:period, :ref, :line, :section, :sectionTitle, :description, :owner, :startDate, :dueDate,
				:revisedDueDate, :status, :ownerRag, :percentComplete, :lastUpdated, :update, :evidence, :boardAsk,
				:boardDecision, :decidedOn, :theme)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcOperations batch;

	public ActionRepository(JdbcClient jdbc, NamedParameterJdbcOperations batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	public void deletePeriod(String period) {
		this.jdbc.sql("DELETE FROM plan_action WHERE period = :period").param("period", period).update();
	}

	public void insert(String period, List<? extends Action> actions) {
		SqlParameterSource[] rows = new SqlParameterSource[actions.size()];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = parameters(period, actions.get(i));
		}
		this.batch.batchUpdate(INSERT, rows);
	}

	/** An action's columns by name, as the snapshot also stores them. */
	public static MapSqlParameterSource parameters(String period, Action a) {
		return new MapSqlParameterSource().addValue("period", period)
			.addValue("ref", a.ref())
			.addValue("line", a.line())
			.addValue("section", a.section())
			.addValue("sectionTitle", a.sectionTitle())
			.addValue("description", a.description())
			.addValue("owner", a.owner())
			.addValue("startDate", a.startDate())
			.addValue("dueDate", a.dueDate())
			.addValue("revisedDueDate", a.revisedDueDate())
			.addValue("status", a.status().name())
			.addValue("ownerRag", (a.ownerRag() != null) ? a.ownerRag().name() : null)
			.addValue("percentComplete", a.percentComplete())
			.addValue("lastUpdated", a.lastUpdated())
			.addValue("update", a.update())
			.addValue("evidence", a.evidence())
			.addValue("boardAsk", a.boardAsk())
			.addValue("boardDecision", (a.decision() != null) ? a.decision().decision() : null)
			.addValue("decidedOn", (a.decision() != null) ? a.decision().decidedOn() : null)
			.addValue("theme", a.theme());
	}

	/** The period's actions in plan order. */
	public List<Action> findByPeriod(String period) {
		List<Action> actions = new ArrayList<>(this.jdbc.sql("SELECT * FROM plan_action WHERE period = :period")
			.param("period", period)
			.query(ActionRepository::map)
			.list());
		actions.sort(PLAN_ORDER);
		return actions;
	}

	private static Action map(ResultSet rs, int row) throws SQLException {
		String ownerRag = rs.getString("owner_rag");
		int percent = rs.getInt("percent_complete");
		Integer percentComplete = rs.wasNull() ? null : percent;
		return new Action(rs.getString("ref"), rs.getInt("section"), rs.getString("section_title"),
				rs.getString("description"), rs.getString("owner"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("due_date", LocalDate.class), rs.getObject("revised_due_date", LocalDate.class),
				Status.valueOf(rs.getString("status")), (ownerRag != null) ? Rag.valueOf(ownerRag) : null,
				percentComplete, rs.getObject("last_updated", LocalDate.class), rs.getString("update_text"),
				rs.getString("evidence"), rs.getString("board_ask"), rs.getString("theme"), decision(rs),
				rs.getLong("line"));
	}

	/** The stored decision of a plan or snapshot row; null when none was recorded. */
	static BoardDecision decision(ResultSet rs) throws SQLException {
		String decision = rs.getString("board_decision");
		return (decision != null) ? new BoardDecision(decision, rs.getObject("decided_on", LocalDate.class)) : null;
	}

}
