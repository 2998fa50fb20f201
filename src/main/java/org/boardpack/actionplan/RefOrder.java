package org.boardpack.actionplan;

import java.util.Comparator;

/** Orders refs as people read them: 1.2 before 1.10, 2 before 10, 3.2a after 3.2. */
public final class RefOrder implements Comparator<String> {

	public static final RefOrder INSTANCE = new RefOrder();

	private RefOrder() {
	}

	@Override
	public int compare(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char ca = a.charAt(i);
			char cb = b.charAt(j);
			if (Character.isDigit(ca) && Character.isDigit(cb)) {
				int endA = digitsEnd(a, i);
				int endB = digitsEnd(b, j);
				String na = stripZeros(a.substring(i, endA));
				String nb = stripZeros(b.substring(j, endB));
				int byLength = Integer.compare(na.length(), nb.length());
				if (byLength != 0) {
					return byLength;
				}
				int byDigits = na.compareTo(nb);
				if (byDigits != 0) {
					return byDigits;
				}
				i = endA;
				j = endB;
			}
			else {
				int byChar = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
				if (byChar != 0) {
					return byChar;
				}
				i++;
				j++;
			}
		}
		int byRest = Integer.compare(a.length() - i, b.length() - j);
		return (byRest != 0) ? byRest : a.compareTo(b);
	}

	private static int digitsEnd(String s, int from) {
		int end = from;
		while (end < s.length() && Character.isDigit(s.charAt(end))) {
			end++;
		}
		return end;
	}

	private static String stripZeros(String digits) {
		int k = 0;
		while (k < digits.length() - 1 && digits.charAt(k) == '0') {
			k++;
		}
		return digits.substring(k);
	}

}
