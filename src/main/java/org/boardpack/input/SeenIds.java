package org.boardpack.input;

/**
 * The ids seen so far in a file and the line each was first seen on, for duplicate checks
 * over a million rows in a few tens of megabytes: ids are kept as 64-bit hashes in an
 * open-addressing table, not as strings. Two different ids sharing a hash is a chance of
 * about one in 36 million for a file of a million rows.
 */
public final class SeenIds {

	private static final int FIRST_CAPACITY = 1 << 12;

	private long[] hashes = new long[FIRST_CAPACITY];

	private long[] lines = new long[FIRST_CAPACITY];

	private int size;

	public void clear() {
		this.hashes = new long[FIRST_CAPACITY];
		this.lines = new long[FIRST_CAPACITY];
		this.size = 0;
	}

	/**
	 * Records an id seen on a line.
	 * @return the line it was first seen on, or -1 when this is the first time
	 */
	public long firstSeen(String id, long line) {
		if (this.size * 2 >= this.hashes.length) {
			grow();
		}
		long hash = hash(id);
		int mask = this.hashes.length - 1;
		for (int slot = (int) hash & mask;; slot = (slot + 1) & mask) {
			if (this.lines[slot] == 0) {
				this.hashes[slot] = hash;
				this.lines[slot] = line + 1;
				this.size++;
				return -1;
			}
			if (this.hashes[slot] == hash) {
				return this.lines[slot] - 1;
			}
		}
	}

	private void grow() {
		long[] oldHashes = this.hashes;
		long[] oldLines = this.lines;
		this.hashes = new long[oldHashes.length * 2];
		this.lines = new long[oldLines.length * 2];
		int mask = this.hashes.length - 1;
		for (int i = 0; i < oldHashes.length; i++) {
			if (oldLines[i] != 0) {
				int slot = (int) oldHashes[i] & mask;
				while (this.lines[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				this.hashes[slot] = oldHashes[i];
				this.lines[slot] = oldLines[i];
			}
		}
	}

	/**
	 * FNV-1a over the characters, then a 64-bit finaliser so the low bits used for slots
	 * are well mixed.
	 */
	static long hash(String id) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < id.length(); i++) {
			h ^= id.charAt(i);
			h *= 0x100000001b3L;
		}
		h ^= (h >>> 33);
		h *= 0xff51afd7ed558ccdL;
		h ^= (h >>> 33);
		h *= 0xc4ceb9fe1a85ec53L;
		return h ^ (h >>> 33);
	}

}
