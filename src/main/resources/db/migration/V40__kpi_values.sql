-- Performance measures: every month's figure of every measure as a period's run loaded it, so next month's
-- comparison reads what was stored, not what the file happens to repeat. Keyed by the run's period: rerunning a
-- period replaces its rows; the scorecard takes each measure's month from the latest run up to its period.
CREATE TABLE kpi_value (
	period VARCHAR(7) NOT NULL,
	value_month VARCHAR(7) NOT NULL,
	kpi_id VARCHAR(100) NOT NULL,
	line BIGINT NOT NULL,
	measure VARCHAR(32767) NOT NULL,
	kpi_domain VARCHAR(32767),
	kpi_value DECIMAL(30, 10) NOT NULL,
	numerator DECIMAL(30, 10),
	denominator DECIMAL(30, 10),
	unit VARCHAR(20) NOT NULL,
	polarity VARCHAR(10) NOT NULL,
	target DECIMAL(30, 10),
	target_low DECIMAL(30, 10),
	target_high DECIMAL(30, 10),
	tolerance DECIMAL(30, 10),
	stat_neighbours DECIMAL(30, 10),
	england DECIMAL(30, 10),
	benchmark_year VARCHAR(32767),
	owner VARCHAR(32767),
	commentary VARCHAR(32767),
	action_refs VARCHAR(32767),
	PRIMARY KEY (period, kpi_id, value_month)
);
CREATE INDEX kpi_value_month ON kpi_value (value_month, kpi_id);
