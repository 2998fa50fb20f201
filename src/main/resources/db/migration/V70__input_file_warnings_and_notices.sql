-- Rows loaded with an optional cell left blank are counted beside the rejects (their warnings are in reject_row,
-- kind WARNING), and how a file was read (its encoding, separator, rows passed over) is kept with it.
ALTER TABLE input_file ADD COLUMN warnings BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE input_file ADD COLUMN notices VARCHAR(32767) DEFAULT '' NOT NULL;
