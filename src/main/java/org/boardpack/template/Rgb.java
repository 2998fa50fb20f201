package org.boardpack.template;

/** A colour from the template, written #RRGGBB. */
public record Rgb(int red, int green, int blue) {

	public Rgb {
		if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
			throw new IllegalArgumentException("colour components must be 0 to 255");
		}
	}

	/** Parses #RRGGBB (the # is optional); used by the template binder. */
	public static Rgb valueOf(String hex) {
		String digits = hex.strip().startsWith("#") ? hex.strip().substring(1) : hex.strip();
		if (!digits.matches("[0-9A-Fa-f]{6}")) {
			throw new IllegalArgumentException("'" + hex + "' is not a colour like #2E8540");
		}
		int rgb = Integer.parseInt(digits, 16);
		return new Rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
	}

	public String hex() {
		return String.format("%02X%02X%02X", this.red, this.green, this.blue);
	}

}
