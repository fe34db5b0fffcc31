package no.saint.store.imports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the importers and the demo generator, in English and Norwegian Bokmål. */
public final class ImportMessages {

	private ImportMessages() {
	}

	/** Returns the text of {@code key}, a {@link MessageFormat} pattern, with the arguments filled in. */
	public static String format(Locale locale, String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle("no.saint.store.imports.messages", locale,
				ImportMessages.class.getClassLoader());
		return new MessageFormat(bundle.getString(key), locale).format(arguments);
	}
}
