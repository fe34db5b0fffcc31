package no.saint.store.imports;

import java.util.Locale;

/**
 * An input file that cannot be imported at all: missing, empty, in an
 * unreadable encoding, with a missing column or broken quoting. Nothing was
 * stored. The message names the file and, where known, the line.
 */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String file;
	private final long line;
	private final String key;
	private final transient Object[] arguments;

	/** Creates the exception for {@code file} at {@code line}; a line of 0 means the whole file. */
	public ImportException(String file, long line, String key, Object... arguments) {
		super(file + (line > 0 ? ":" + line : "") + ": " + ImportMessages.format(Locale.ENGLISH, key, arguments));
		this.file = file;
		this.line = line;
		this.key = key;
		this.arguments = arguments;
	}

	public String file() {
		return file;
	}

	public long line() {
		return line;
	}

	/** Returns the message in the language of {@code locale}, with file and line. */
	public String message(Locale locale) {
		return file + (line > 0 ? ":" + line : "") + ": " + ImportMessages.format(locale, key, arguments);
	}
}
