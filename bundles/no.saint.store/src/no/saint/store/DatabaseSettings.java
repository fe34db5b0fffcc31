package no.saint.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * Connection settings of a CRM database: a JDBC URL with optional user and
 * password. SAINT supports H2 (embedded, the default) and PostgreSQL.
 */
public record DatabaseSettings(String url, String user, String password) {

	/** Folder of the default embedded database, below the user's home. */
	public static final String DEFAULT_FOLDER = ".saint";

	public DatabaseSettings {
		Objects.requireNonNull(url, "url");
		if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
			throw new IllegalArgumentException("Unsupported database URL '" + url
					+ "': use jdbc:h2:... for an embedded database or jdbc:postgresql://host:port/database");
		}
	}

	/** Preference node that contains the database settings of the workbench. */
	public static final String PREFERENCE_NODE = "no.saint.store";
	public static final String URL_KEY = "db.url";
	public static final String USER_KEY = "db.user";
	public static final String PASSWORD_KEY = "db.password";

	/**
	 * Returns the configured database: the system properties
	 * {@code saint.db.url}, {@code saint.db.user} and {@code saint.db.password}
	 * if the URL is set, else the preferences {@code db.url}, {@code db.user}
	 * and {@code db.password} of node {@value #PREFERENCE_NODE} (instance
	 * scope, then configuration scope), else {@link #embeddedDefault()}.
	 */
	public static DatabaseSettings configured() {
		String url = System.getProperty("saint.db.url");
		if (url != null && !url.isBlank()) {
			return new DatabaseSettings(url, System.getProperty("saint.db.user"),
					System.getProperty("saint.db.password"));
		}
		for (IEclipsePreferences preferences : preferences()) {
			url = preferences.get(URL_KEY, null);
			if (url != null && !url.isBlank()) {
				return new DatabaseSettings(url, preferences.get(USER_KEY, null), preferences.get(PASSWORD_KEY, null));
			}
		}
		return embeddedDefault();
	}

	private static java.util.List<IEclipsePreferences> preferences() {
		java.util.List<IEclipsePreferences> nodes = new java.util.ArrayList<>();
		try {
			nodes.add(InstanceScope.INSTANCE.getNode(PREFERENCE_NODE));
		} catch (IllegalStateException e) {
			// No instance location, as in a headless run with -data @none.
		}
		try {
			nodes.add(ConfigurationScope.INSTANCE.getNode(PREFERENCE_NODE));
		} catch (IllegalStateException e) {
			// No configuration location.
		}
		return nodes;
	}

	/**
	 * Returns the settings of the embedded H2 database in {@code ~/.saint/crm},
	 * or below the folder of system property {@code saint.home} when set. H2
	 * creates the database file on first use.
	 */
	public static DatabaseSettings embeddedDefault() {
		String home = System.getProperty("saint.home");
		Path file = home == null ? Path.of(System.getProperty("user.home"), DEFAULT_FOLDER, "crm")
				: Path.of(home, "crm");
		return new DatabaseSettings("jdbc:h2:" + file.toAbsolutePath(), "sa", "");
	}

	public boolean isPostgreSql() {
		return url.startsWith("jdbc:postgresql:");
	}

	/**
	 * Opens a connection. The driver is instantiated directly, because
	 * {@link DriverManager} cannot see drivers of other bundles in OSGi.
	 */
	public Connection open() throws SQLException {
		Properties properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		if (isPostgreSql()) {
			// Lets the driver send a batch of inserts as multi-row statements.
			properties.setProperty("reWriteBatchedInserts", "true");
		}
		java.sql.Driver driver = isPostgreSql() ? new org.postgresql.Driver() : new org.h2.Driver();
		Connection connection = driver.connect(url, properties);
		if (connection == null) {
			throw new SQLException("The driver rejected the URL '" + url + "'");
		}
		return connection;
	}
}
