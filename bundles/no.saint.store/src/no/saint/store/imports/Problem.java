package no.saint.store.imports;

import java.util.Locale;

/**
 * A row that an import rejected or stored with a warning, with the file and
 * the line where the row starts. The message is looked up by key in the
 * import messages, in the user's language.
 */
public record Problem(Severity severity, String file, long line, String key, Object... arguments) {

	public enum Severity {
		/** The row was not stored. */
		REJECTED,
		/** The row was stored, but something about it may need attention. */
		WARNING
	}

	/** Returns the reason in the language of {@code locale}, without file and line. */
	public String reason(Locale locale) {
		return ImportMessages.format(locale, key, arguments);
	}

	/** Returns the whole report line, such as {@code sales_pipeline.csv:3: rejected: ...}. */
	public String message(Locale locale) {
		String kind = ImportMessages.format(locale, severity == Severity.REJECTED ? "problem.rejected" : "problem.warning");
		return file + ":" + line + ": " + kind + ": " + reason(locale);
	}
}
