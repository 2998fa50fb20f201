package org.boardpack.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a source's rows on a thread of its own, a batch at a time, so parsing a large
 * file (a third of loading it) runs on the second core while the step validates and
 * counts on the first. Rows arrive in file order; a failure to read arrives where it
 * happened.
 */
final class ReadAhead implements TabularSource {

	private static final int BATCH = 1024;

	private static final int BATCHES_AHEAD = 8;

	private final TabularSource source;

	private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);

	private final Thread reader;

	private volatile boolean closed;

	private Batch current = new Batch(List.of(), null, false);

	private int next;

	ReadAhead(TabularSource source) {
		this.source = source;
		this.reader = new Thread(this::readAll, "boardpack-read-ahead");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	private void readAll() {
		try {
			List<Record> records = new ArrayList<>(BATCH);
			for (Record record; (record = this.source.next()) != null;) {
				records.add(record);
				if (records.size() == BATCH) {
					if (!put(new Batch(records, null, false))) {
						return;
					}
					records = new ArrayList<>(BATCH);
				}
			}
			put(new Batch(records, null, true));
		}
		catch (RuntimeException ex) {
			put(new Batch(List.of(), ex, true));
		}
	}

	/** Hands a batch over, giving up when the reader has been closed. */
	private boolean put(Batch batch) {
		try {
			while (!this.closed) {
				if (this.batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public Record next() {
		while (this.next == this.current.records().size()) {
			if (this.current.failure() != null) {
				throw this.current.failure();
			}
			if (this.current.last()) {
				return null;
			}
			this.current = take();
			this.next = 0;
		}
		return this.current.records().get(this.next++);
	}

	private Batch take() {
		try {
			return this.batches.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading " + describe(), ex);
		}
	}

	@Override
	public boolean delimited() {
		return this.source.delimited();
	}

	/** Asked once the last batch has been taken, like {@link #sha256()}. */
	@Override
	public List<String> notices() {
		return this.source.notices();
	}

	@Override
	public String describe() {
		return this.source.describe();
	}

	/**
	 * Asked once the last batch has been taken, when the reading thread is done with the
	 * source.
	 */
	@Override
	public String sha256() {
		return this.source.sha256();
	}

	@Override
	public void close() throws IOException {
		this.closed = true;
		try {
			this.reader.join(TimeUnit.SECONDS.toMillis(10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.source.close();
	}

	/**
	 * Rows read together.
	 *
	 * @param failure what stopped the reading, thrown when the rows before it have been
	 * taken
	 * @param last whether nothing follows
	 */
	private record Batch(List<Record> records, RuntimeException failure, boolean last) {
	}

}
