package no.saint.store;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Builds the search key stored beside every name: lower case, without
 * accents, with the Nordic letters that have no decomposition folded as well
 * (ø to o, æ to ae), so that a prefix search ignores case and accents.
 */
public final class NameKeys {

	private NameKeys() {
	}

	/** Returns the search key of {@code name}, or null for null. */
	public static String of(String name) {
		if (name == null) {
			return null;
		}
		String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
		StringBuilder key = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			key.append(fold(Character.toLowerCase(c)));
		}
		return key.toString().toLowerCase(Locale.ROOT);
	}

	private static String fold(char c) {
		return switch (c) {
		case 'ø' -> "o";
		case 'æ' -> "ae";
		case 'œ' -> "oe";
		case 'ß' -> "ss";
		case 'đ' -> "d";
		case 'ł' -> "l";
		case 'þ' -> "th";
		default -> String.valueOf(c);
		};
	}
}
