package no.saint.engine.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import no.saint.store.DatabaseSettings;

/** Databases of one test class: a fresh H2 file, or a fresh PostgreSQL schema that {@link #drop} removes. */
final class TestDatabases {

	static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private TestDatabases() {
	}

	static DatabaseSettings h2() throws Exception {
		Path folder = Files.createTempDirectory("saint-engine-test");
		return new DatabaseSettings("jdbc:h2:" + folder.resolve("crm").toAbsolutePath() + ";LOCK_TIMEOUT=30000", "sa", "");
	}

	/** Creates a schema of its own on the test PostgreSQL database and returns settings that use it. */
	static DatabaseSettings postgres() throws SQLException {
		String schema = "engine_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		DatabaseSettings admin = new DatabaseSettings(POSTGRES_URL, "postgres", null);
		try (Connection connection = admin.open(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA " + schema);
		}
		return new DatabaseSettings(POSTGRES_URL + "?currentSchema=" + schema, "postgres", null);
	}

	/** Drops the schema of settings made by {@link #postgres()}. */
	static void drop(DatabaseSettings settings) throws SQLException {
		if (!settings.isPostgreSql()) {
			return;
		}
		String schema = settings.url().substring(settings.url().indexOf("currentSchema=") + "currentSchema=".length());
		DatabaseSettings admin = new DatabaseSettings(POSTGRES_URL, "postgres", null);
		try (Connection connection = admin.open(); Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
	}
}
