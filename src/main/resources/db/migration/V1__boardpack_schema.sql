-- V1: boardpack's own tables as the releases before Flyway created them; Spring Batch's follow in V1.1
-- (db/batch/VENDOR). Every later change is a new migration, never an edit here: councils keep this database for
-- years. Every table is keyed by the period (yyyy-mm) whose run wrote it, so rerunning a period replaces its rows
-- and leaves other months alone. Written for H2 and PostgreSQL.

-- The plan as loaded for a period.
CREATE TABLE plan_action (
	period VARCHAR(7) NOT NULL,
	ref VARCHAR(100) NOT NULL,
	line BIGINT NOT NULL,
	section INTEGER NOT NULL,
	section_title VARCHAR(32767),
	description VARCHAR(32767) NOT NULL,
	owner VARCHAR(32767) NOT NULL,
	start_date DATE,
	due_date DATE NOT NULL,
	revised_due_date DATE,
	status VARCHAR(20) NOT NULL,
	owner_rag VARCHAR(10),
	percent_complete INTEGER,
	last_updated DATE,
	update_text VARCHAR(32767),
	evidence VARCHAR(32767),
	board_ask VARCHAR(32767),
	theme VARCHAR(32767),
	PRIMARY KEY (period, ref)
);

-- Audits dated in the period itself, for the tracker's Audits sheet. Case references stay in this database.
CREATE TABLE audit_result (
	period VARCHAR(7) NOT NULL,
	audit_id VARCHAR(100) NOT NULL,
	line BIGINT NOT NULL,
	case_ref VARCHAR(200) NOT NULL,
	audit_date DATE NOT NULL,
	audit_type VARCHAR(32767) NOT NULL,
	team VARCHAR(32767) NOT NULL,
	auditor VARCHAR(32767),
	overall_grade VARCHAR(30) NOT NULL,
	moderated_grade VARCHAR(30),
	management_oversight VARCHAR(30),
	voice_of_child VARCHAR(30),
	planning VARCHAR(30),
	timeliness VARCHAR(30),
	drift_delay VARCHAR(20) NOT NULL,
	action_refs VARCHAR(32767),
	PRIMARY KEY (period, audit_id)
);

-- Every audit of the period's file, counted by month and the dimensions the board reads (no case references).
CREATE TABLE audit_cube (
	period VARCHAR(7) NOT NULL,
	audit_month VARCHAR(7) NOT NULL,
	team VARCHAR(32767) NOT NULL,
	audit_type VARCHAR(32767) NOT NULL,
	grade VARCHAR(30) NOT NULL,
	moderation VARCHAR(10) NOT NULL,
	drift_delay VARCHAR(20) NOT NULL,
	audits INTEGER NOT NULL
);
CREATE INDEX audit_cube_period_month ON audit_cube (period, audit_month);

-- Domain grades (management oversight, voice of the child, planning, timeliness) counted by month.
CREATE TABLE audit_domain_cube (
	period VARCHAR(7) NOT NULL,
	audit_month VARCHAR(7) NOT NULL,
	practice_domain VARCHAR(30) NOT NULL,
	grade VARCHAR(30) NOT NULL,
	audits INTEGER NOT NULL
);
CREATE INDEX audit_domain_cube_period_month ON audit_domain_cube (period, audit_month);

-- The period's snapshot: every action with what was derived for it. Next month's "since the last board"
-- compares against these rows.
CREATE TABLE action_snapshot (
	period VARCHAR(7) NOT NULL,
	as_at DATE NOT NULL,
	ref VARCHAR(100) NOT NULL,
	section INTEGER NOT NULL,
	section_title VARCHAR(32767) NOT NULL,
	description VARCHAR(32767) NOT NULL,
	owner VARCHAR(32767) NOT NULL,
	theme VARCHAR(32767),
	start_date DATE,
	due_date DATE NOT NULL,
	revised_due_date DATE,
	effective_due_date DATE NOT NULL,
	first_due_date DATE NOT NULL,
	status VARCHAR(20) NOT NULL,
	owner_rag VARCHAR(10),
	derived_rag VARCHAR(10) NOT NULL,
	rag_reason VARCHAR(32767) NOT NULL,
	challenge VARCHAR(32767),
	percent_complete INTEGER,
	last_updated DATE,
	update_text VARCHAR(32767),
	evidence VARCHAR(32767),
	board_ask VARCHAR(32767),
	days_overdue INTEGER NOT NULL,
	days_overdue_original INTEGER NOT NULL,
	slipped_days INTEGER NOT NULL,
	date_moves INTEGER NOT NULL,
	stale BOOLEAN NOT NULL,
	days_since_update INTEGER,
	PRIMARY KEY (period, ref)
);

-- The period's headline figures, one row per run period: the trend across stored months reads these.
CREATE TABLE period_summary (
	period VARCHAR(7) NOT NULL PRIMARY KEY,
	as_at DATE NOT NULL,
	actions INTEGER NOT NULL,
	done INTEGER NOT NULL,
	embedded INTEGER NOT NULL,
	blue INTEGER NOT NULL,
	green INTEGER NOT NULL,
	amber INTEGER NOT NULL,
	red INTEGER NOT NULL,
	overdue INTEGER NOT NULL,
	slipped INTEGER NOT NULL,
	stale INTEGER NOT NULL,
	challenged INTEGER NOT NULL
);

-- Each input file of a period's run: what it was and how its rows reconcile (read = loaded + rejected).
CREATE TABLE input_file (
	period VARCHAR(7) NOT NULL,
	role VARCHAR(20) NOT NULL,
	name VARCHAR(32767) NOT NULL,
	source VARCHAR(32767) NOT NULL,
	sha256 VARCHAR(64) NOT NULL,
	header_line BIGINT NOT NULL,
	rows_read BIGINT NOT NULL,
	loaded BIGINT NOT NULL,
	rejected BIGINT NOT NULL,
	blank_rows BIGINT NOT NULL,
	unknown_columns VARCHAR(32767) NOT NULL,
	recomputed_columns VARCHAR(32767) NOT NULL,
	after_as_at BIGINT NOT NULL,
	PRIMARY KEY (period, role)
);

-- Every problem of every rejected row. Keyed so that a skip recorded twice after a rollback is stored once.
CREATE TABLE reject_row (
	period VARCHAR(7) NOT NULL,
	role VARCHAR(20) NOT NULL,
	line BIGINT NOT NULL,
	seq INTEGER NOT NULL,
	file_name VARCHAR(32767) NOT NULL,
	record_id VARCHAR(100),
	column_name VARCHAR(32767) NOT NULL,
	kind VARCHAR(30) NOT NULL,
	reason VARCHAR(32767) NOT NULL,
	PRIMARY KEY (period, role, line, seq)
);
