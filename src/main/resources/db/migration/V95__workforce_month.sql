-- Workforce and caseloads: every team's figures for every month as a period's run loaded them, so turnover over
-- twelve months and the trend read what was stored, not what the file happens to repeat. Keyed by the run's period:
-- rerunning a period replaces its rows; the figures take each team's month from the latest run up to its period.
-- A figure not given is NULL, never 0.
CREATE TABLE workforce_month (
	period VARCHAR(7) NOT NULL,
	team_month VARCHAR(7) NOT NULL,
	team VARCHAR(200) NOT NULL,
	line BIGINT NOT NULL,
	case_holding_fte DECIMAL(30, 10) NOT NULL,
	allocated_cases BIGINT NOT NULL,
	unallocated_cases BIGINT,
	established_fte DECIMAL(30, 10),
	vacant_fte DECIMAL(30, 10),
	agency_fte DECIMAL(30, 10),
	leavers BIGINT,
	supervisions_due BIGINT,
	supervisions_on_time BIGINT,
	PRIMARY KEY (period, team, team_month)
);
CREATE INDEX workforce_month_month ON workforce_month (team_month, team);
