package no.saint.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

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

	/** Returns the settings of the embedded H2 database in {@code ~/.saint/crm}. */
	public static DatabaseSettings embeddedDefault() {
		Path file = Path.of(System.getProperty("user.home"), DEFAULT_FOLDER, "crm");
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
		java.sql.Driver driver = isPostgreSql() ? new org.postgresql.Driver() : new org.h2.Driver();
		Connection connection = driver.connect(url, properties);
		if (connection == null) {
			throw new SQLException("The driver rejected the URL '" + url + "'");
		}
		return connection;
	}
}
