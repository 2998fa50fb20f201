-- Case transfers between teams: every transfer a period's run loaded, requested up to its as-at date. Keyed by the
-- run's period: rerunning a period replaces its rows. child_key is a keyed hash of the child's reference under a
-- secret of that one load, never stored: it tells the same child's transfers apart from others' and nothing more.
CREATE TABLE case_transfer (
	period VARCHAR(7) NOT NULL,
	transfer_id VARCHAR(100) NOT NULL,
	line BIGINT NOT NULL,
	child_key VARCHAR(64) NOT NULL,
	from_team VARCHAR(200) NOT NULL,
	to_team VARCHAR(200) NOT NULL,
	requested_date DATE NOT NULL,
	transferred_date DATE,
	status VARCHAR(20) NOT NULL,
	reason VARCHAR(32767),
	reviewed_date DATE,
	PRIMARY KEY (period, transfer_id)
);
