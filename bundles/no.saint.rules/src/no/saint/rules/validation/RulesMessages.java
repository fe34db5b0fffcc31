package no.saint.rules.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import com.google.inject.Singleton;

/**
 * The texts of the rules language's diagnostics in English and Norwegian
 * Bokmål, looked up by issue code. The locale is {@link Locale#getDefault()}
 * unless {@link #setLocale(Locale)} sets one; Norwegian locales ({@code no},
 * {@code nb}, {@code nn}) get Bokmål, every other locale English.
 */
@Singleton
public class RulesMessages {

	private static final String BUNDLE = "no.saint.rules.validation.messages";

	private static final String CODE_PREFIX = "no.saint.rules.";

	private volatile Locale locale;

	/** Sets the locale of later messages; null returns to {@link Locale#getDefault()}. */
	public void setLocale(Locale locale) {
		this.locale = locale;
	}

	/** Returns the locale that messages are written in now. */
	public Locale getLocale() {
		Locale chosen = locale != null ? locale : Locale.getDefault();
		String language = chosen.getLanguage();
		boolean norwegian = language.equals("nb") || language.equals("no") || language.equals("nn");
		return norwegian ? Locale.of("nb") : Locale.ENGLISH;
	}

	/**
	 * Returns the message of an issue code, or of another key of the messages
	 * file such as {@code entity.COMPANY}, with its arguments filled in.
	 */
	public String format(String issueCode, Object... arguments) {
		Locale current = getLocale();
		ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, current, RulesMessages.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		String key = issueCode.startsWith(CODE_PREFIX) ? issueCode.substring(CODE_PREFIX.length()) : issueCode;
		return new MessageFormat(texts.getString(key), current).format(arguments);
	}
}
