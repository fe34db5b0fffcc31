package no.saint.store.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Parses the dates and numbers of CSV exports. */
final class Values {

	/** Day.month.year, as Norwegian spreadsheets write dates: 31.12.2017 or 1.2.2017. */
	private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT)
			.withResolverStyle(ResolverStyle.STRICT);

	private final DateTimeFormatter dateFormat;

	/**
	 * Creates a parser for dates in {@code pattern} (a {@link DateTimeFormatter}
	 * pattern such as {@code M/d/yyyy}), or, when it is null, in ISO 8601 or
	 * day.month.year.
	 */
	Values(String pattern) {
		this.dateFormat = pattern == null ? null
				: DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu"), Locale.ROOT)
						.withResolverStyle(ResolverStyle.STRICT);
	}

	/** Checks a date pattern; returns null when it is valid, else the reason. */
	static String checkPattern(String pattern) {
		try {
			DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	/** Parses a date; throws {@link DateTimeParseException} when the text is no date in the expected format. */
	LocalDate date(String text) {
		if (dateFormat != null) {
			return LocalDate.parse(text, dateFormat);
		}
		if (text.contains(".")) {
			return LocalDate.parse(text, NORWEGIAN);
		}
		return LocalDate.parse(text);
	}

	/** Returns the expected date format for messages. */
	String datePattern(String givenPattern) {
		return givenPattern != null ? givenPattern : "yyyy-MM-dd / dd.MM.yyyy";
	}

	/**
	 * Parses an amount written with a decimal point or comma and optional
	 * thousands separators (space, no-break space, or the other of point and
	 * comma): {@code 1234.5}, {@code 1 234,50}, {@code 1.234,50},
	 * {@code 1,234.50}. Throws {@link NumberFormatException} otherwise.
	 */
	static BigDecimal amount(String text) {
		String digits = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
		int comma = digits.lastIndexOf(',');
		int point = digits.lastIndexOf('.');
		if (comma >= 0 && point >= 0) {
			digits = comma > point ? digits.replace(".", "").replace(',', '.') : digits.replace(",", "");
		} else if (comma >= 0) {
			digits = digits.indexOf(',') == comma ? digits.replace(',', '.') : digits.replace(",", "");
		}
		return new BigDecimal(digits);
	}
}
