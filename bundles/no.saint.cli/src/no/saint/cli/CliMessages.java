package no.saint.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the command line in the user's language. The locale comes from
 * {@code --lang}, else from the JVM's default locale, which follows
 * {@code LANG} (for example {@code nb_NO.UTF-8}).
 */
public final class CliMessages {

	private final ResourceBundle bundle;
	private final Locale locale;

	public CliMessages(Locale locale) {
		this.locale = locale;
		// Without the fallback to the JVM's default locale, --lang en stays English on a Norwegian desktop.
		this.bundle = ResourceBundle.getBundle("no.saint.cli.messages", locale, CliMessages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** Returns the text of {@code key}, a {@link MessageFormat} pattern, with the arguments filled in. */
	public String format(String key, Object... arguments) {
		return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
	}

	/** Returns the locale that the user asked for, also for texts of other bundles. */
	public Locale locale() {
		return locale;
	}

	/** Returns the locale of a {@code --lang} value: {@code en}, {@code nb} (or {@code no}). */
	public static Locale localeOf(String language) {
		return switch (language.toLowerCase(Locale.ROOT)) {
		case "nb", "no", "nb_no", "nb-no" -> Locale.of("nb", "NO");
		case "en" -> Locale.ENGLISH;
		default -> throw new IllegalArgumentException(language);
		};
	}
}
