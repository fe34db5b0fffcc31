package no.saint.store.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import no.saint.store.CrmStore;
import no.saint.store.CrmStores;
import no.saint.store.DatabaseSettings;

/**
 * A fresh, empty database for one test: an H2 file in a temporary folder, or
 * a PostgreSQL schema of its own on the local server, dropped on close.
 */
final class TestDatabase implements AutoCloseable {

	/** The local PostgreSQL server of the test machine. */
	static final String POSTGRES_URL = System.getProperty("saint.test.postgres.url",
			"jdbc:postgresql://127.0.0.1:5432/test");

	enum Backend {
		H2, POSTGRESQL
	}

	final Backend backend;
	final DatabaseSettings settings;
	private final Path folder;
	private final String schema;
	private CrmStore store;

	private TestDatabase(Backend backend, DatabaseSettings settings, Path folder, String schema) {
		this.backend = backend;
		this.settings = settings;
		this.folder = folder;
		this.schema = schema;
	}

	static TestDatabase create(Backend backend) {
		String name = "saint_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try {
			if (backend == Backend.H2) {
				Path folder = Files.createTempDirectory("saint-store-test");
				return new TestDatabase(backend,
						new DatabaseSettings("jdbc:h2:" + folder.resolve("crm").toAbsolutePath(), "sa", ""), folder,
						null);
			}
			DatabaseSettings server = new DatabaseSettings(POSTGRES_URL, "postgres", "");
			try (Connection connection = server.open(); Statement statement = connection.createStatement()) {
				statement.execute("CREATE SCHEMA " + name);
			}
			return new TestDatabase(backend, new DatabaseSettings(POSTGRES_URL + "?currentSchema=" + name,
					"postgres", ""), null, name);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (SQLException e) {
			throw new IllegalStateException("Cannot create a test schema on " + POSTGRES_URL, e);
		}
	}

	/** Returns the store of this database, opened on first use. */
	CrmStore store() {
		if (store == null) {
			store = CrmStores.open(settings);
		}
		return store;
	}

	/** Closes the store, so that the next {@link #store()} opens the database again. */
	void reopen() {
		if (store != null) {
			store.close();
			store = null;
		}
	}

	/** Runs one SQL query that returns a number, directly over JDBC. */
	long queryLong(String sql) throws SQLException {
		try (Connection connection = settings.open(); Statement statement = connection.createStatement();
				var result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	@Override
	public void close() throws Exception {
		reopen();
		if (schema != null) {
			try (Connection connection = new DatabaseSettings(POSTGRES_URL, "postgres", "").open();
					Statement statement = connection.createStatement()) {
				statement.execute("DROP SCHEMA " + schema + " CASCADE");
			}
		}
		if (folder != null) {
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	@Override
	public String toString() {
		return backend.name().toLowerCase(Locale.ROOT);
	}
}
