-- One row per period, locked (SELECT ... FOR UPDATE) by the run producing it for as long as it runs. The lock
-- is the database server's: it goes when the run's connection does, so a killed run never holds it, and a
-- live one is never taken for killed.
CREATE TABLE run_lock (
	period VARCHAR(7) NOT NULL PRIMARY KEY
);
