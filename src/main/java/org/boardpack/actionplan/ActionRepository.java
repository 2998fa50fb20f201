package org.boardpack.actionplan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
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
				board_ask, theme)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	public ActionRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void deletePeriod(String period) {
		this.jdbc.update("DELETE FROM plan_action WHERE period = ?", period);
	}

	public void insert(String period, List<? extends Action> actions) {
		List<Object[]> rows = new ArrayList<>(actions.size());
		for (Action a : actions) {
			rows.add(new Object[] { period, a.ref(), a.line(), a.section(), a.sectionTitle(), a.description(),
					a.owner(), a.startDate(), a.dueDate(), a.revisedDueDate(), a.status().name(),
					(a.ownerRag() != null) ? a.ownerRag().name() : null, a.percentComplete(), a.lastUpdated(),
					a.update(), a.evidence(), a.boardAsk(), a.theme() });
		}
		this.jdbc.batchUpdate(INSERT, rows);
	}

	/** The period's actions in plan order. */
	public List<Action> findByPeriod(String period) {
		List<Action> actions = new ArrayList<>(
				this.jdbc.query("SELECT * FROM plan_action WHERE period = ?", ActionRepository::map, period));
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
				rs.getString("evidence"), rs.getString("board_ask"), rs.getString("theme"), rs.getLong("line"));
	}

}
