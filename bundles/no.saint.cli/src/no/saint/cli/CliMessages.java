package no.saint.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Texts of the command line in the user's language. The locale comes from
 * {@code --lang}, else from {@code LC_ALL}, {@code LC_MESSAGES} or
 * {@code LANG} (for example {@code nb_NO.UTF-8}), else from the JVM's
 * default locale.
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

	/**
	 * Returns the locale that the first set variable of {@code LC_ALL},
	 * {@code LC_MESSAGES} and {@code LANG} names (the POSIX order), for
	 * example {@code nb_NO.UTF-8}, or {@code fallback}. Java derives its
	 * default locale from these only where the system locale is installed,
	 * so the command line reads them itself.
	 */
	public static Locale environmentLocale(Map<String, String> environment, Locale fallback) {
		for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
			String value = environment.get(variable);
			if (value == null || value.isEmpty()) {
				continue;
			}
			String language = value.split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
			return switch (language) {
			case "nb", "no", "nn" -> Locale.of("nb", "NO");
			case "en" -> Locale.ENGLISH;
			default -> fallback;
			};
		}
		return fallback;
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
