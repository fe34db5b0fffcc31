package no.saint.ui.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;

import no.saint.engine.StatusUpdater;
import no.saint.store.DatabaseSettings;

/**
 * The workbench preferences: the database (preferences {@code db.url},
 * {@code db.user} and {@code db.password} of node {@code no.saint.store},
 * which the store reads), and in node {@value #NODE} the as-of date, the
 * evaluation mode and the rules file. Reads and writes the instance scope.
 */
public final class WorkbenchPreferences {

	public static final String NODE = "no.saint.ui";
	public static final String AS_OF_KEY = "asOf";
	public static final String EVALUATION_KEY = "evaluation";
	public static final String RULES_KEY = "rules";

	/**
	 * The values of the preference page.
	 *
	 * @param databaseUrl a JDBC URL of H2 or PostgreSQL; empty for the embedded default database
	 * @param asOf the fixed as-of date, or null for today
	 * @param rulesFile the path of a .saint file; empty for the Bridgecom example rules
	 */
	public record Values(String databaseUrl, String user, String password, LocalDate asOf,
			StatusUpdater.Mode evaluation, String rulesFile) {
	}

	private WorkbenchPreferences() {
	}

	/** Returns the embedded H2 URL of a database in {@code folder}. */
	public static String embeddedUrl(Path folder) {
		return "jdbc:h2:" + folder.resolve("crm").toAbsolutePath();
	}

	/** Reads the stored values. */
	public static Values load() {
		IEclipsePreferences store = InstanceScope.INSTANCE.getNode(DatabaseSettings.PREFERENCE_NODE);
		IEclipsePreferences ui = InstanceScope.INSTANCE.getNode(NODE);
		String asOf = ui.get(AS_OF_KEY, "");
		LocalDate date;
		try {
			date = asOf.isEmpty() ? null : LocalDate.parse(asOf);
		} catch (DateTimeParseException e) {
			date = null;
		}
		StatusUpdater.Mode mode = "batch".equals(ui.get(EVALUATION_KEY, "")) ? StatusUpdater.Mode.BATCH
				: StatusUpdater.Mode.REAL_TIME;
		return new Values(store.get("db.url", ""), store.get("db.user", ""), store.get("db.password", ""), date, mode,
				ui.get(RULES_KEY, ""));
	}

	/**
	 * Checks the values.
	 *
	 * @throws IllegalArgumentException with a message that names the invalid value and the fix
	 */
	public static void validate(Values values) {
		String url = values.databaseUrl().strip();
		if (!url.isEmpty() && !url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql://")) {
			throw new IllegalArgumentException(NLS.bind(SessionMessages.Preferences_invalidUrl, url));
		}
		if (url.startsWith("jdbc:postgresql://") && values.user().isBlank()) {
			throw new IllegalArgumentException(SessionMessages.Preferences_userMissing);
		}
		String rules = values.rulesFile().strip();
		if (!rules.isEmpty()) {
			Path path = Path.of(rules);
			if (!rules.endsWith(".saint") || !Files.isRegularFile(path)) {
				throw new IllegalArgumentException(NLS.bind(SessionMessages.Preferences_invalidRules, rules));
			}
		}
	}

	/**
	 * Checks and stores the values, flushing both nodes.
	 *
	 * @throws IllegalArgumentException when a value is invalid; nothing is stored then
	 */
	public static void store(Values values) throws BackingStoreException {
		validate(values);
		IEclipsePreferences store = InstanceScope.INSTANCE.getNode(DatabaseSettings.PREFERENCE_NODE);
		IEclipsePreferences ui = InstanceScope.INSTANCE.getNode(NODE);
		putOrRemove(store, "db.url", values.databaseUrl().strip());
		putOrRemove(store, "db.user", values.user().strip());
		// NOTE: stored in plain text, because the store reads the password from this preference node.
		putOrRemove(store, "db.password", values.password());
		putOrRemove(ui, AS_OF_KEY, values.asOf() == null ? "" : values.asOf().toString());
		ui.put(EVALUATION_KEY, values.evaluation() == StatusUpdater.Mode.BATCH ? "batch" : "realTime");
		putOrRemove(ui, RULES_KEY, values.rulesFile().strip());
		store.flush();
		ui.flush();
	}

	private static void putOrRemove(IEclipsePreferences node, String key, String value) {
		if (value == null || value.isEmpty()) {
			node.remove(key);
		} else {
			node.put(key, value);
		}
	}

	/** Parses a date typed as YYYY-MM-DD. */
	public static LocalDate parseDate(String text) {
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(NLS.bind(SessionMessages.Preferences_invalidDate, text.strip()), e);
		}
	}
}
