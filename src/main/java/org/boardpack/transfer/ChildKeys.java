package org.boardpack.transfer;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a child's reference into a key that tells two transfers of the same child apart
 * from two of different children, and nothing more. The key is an HMAC under a random
 * secret made for one load and never stored: a reference has few enough possible values
 * (NMB- and six digits) that a plain or fixed-salt hash could be reversed by trying them
 * all, and a count of children moved twice needs only the keys of one load.
 */
final class ChildKeys {

	private static final String ALGORITHM = "HmacSHA256";

	/** Bytes of the HMAC kept: 128 bits, so two children never share a key by chance. */
	private static final int KEPT = 16;

	private final Mac mac;

	ChildKeys() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		try {
			this.mac = Mac.getInstance(ALGORITHM);
			this.mac.init(new SecretKeySpec(secret, ALGORITHM));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", ex);
		}
	}

	/** The key of a reference, compared ignoring case and spaces as officers type it. */
	String of(String childRef) {
		byte[] digest = this.mac.doFinal(
				childRef.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest, 0, KEPT);
	}

}
