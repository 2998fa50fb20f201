-- What the board decided on an action's ask, and when: recorded by officers in the tracker after the meeting and
-- kept in the history, so a decided ask is reported once and never asked again.
ALTER TABLE plan_action ADD COLUMN board_decision VARCHAR(32767);
ALTER TABLE plan_action ADD COLUMN decided_on DATE;
ALTER TABLE action_snapshot ADD COLUMN board_decision VARCHAR(32767);
ALTER TABLE action_snapshot ADD COLUMN decided_on DATE;
