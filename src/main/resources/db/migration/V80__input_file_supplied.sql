-- Whether a period's run had the input at all: a run that names some inputs leaves the others out of its pack.
-- Every input stored before this migration was supplied.
ALTER TABLE input_file ADD COLUMN supplied BOOLEAN DEFAULT TRUE NOT NULL;
