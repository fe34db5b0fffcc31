package no.saint.cli;

import java.util.Set;

import no.saint.store.DatabaseSettings;

/** The options that choose a database: {@code --db URL}, {@code --user}, {@code --password}. */
final class DatabaseOptions {

	static final Set<String> NAMES = Set.of("--db", "--user", "--password");

	private DatabaseOptions() {
	}

	/**
	 * Returns the database of the options, or the configured one (system
	 * properties, preferences, else the embedded default) without {@code --db}.
	 */
	static DatabaseSettings settings(Options options) {
		String url = options.get("--db");
		if (url == null) {
			return DatabaseSettings.configured();
		}
		String user = options.get("--user", url.startsWith("jdbc:h2:") ? "sa" : null);
		return new DatabaseSettings(url, user, options.get("--password", ""));
	}
}
