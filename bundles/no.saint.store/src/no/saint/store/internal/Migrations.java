package no.saint.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.ILog;

import no.saint.store.StoreException;

/**
 * Creates and upgrades the database schema. Each migration has a version
 * number; the table {@code schema_version} lists the versions applied, and
 * opening a store applies the missing ones in order, each in a transaction.
 * A migration, once released, never changes: a schema change is a new
 * migration at the end of {@link #MIGRATIONS}.
 */
final class Migrations {

	/** Number of ids the sequence hands out per call; the store allocates ids from such blocks. */
	static final int ID_BLOCK_SIZE = 100;

	record Migration(int version, String description, List<String> statements) {
	}

	private Migrations() {
	}

	/** Returns the migrations of this release, in version order. */
	static List<Migration> all(Dialect dialect) {
		return List.of(new Migration(1, "CRM tables", createTables(dialect)));
	}

	/** Returns the version of the newest migration that this release knows. */
	static int latestVersion() {
		return all(Dialect.H2).getLast().version();
	}

	/**
	 * Applies the migrations that the database lacks and returns the schema
	 * version.
	 * <p>
	 * NOTE: nothing serialises two programs that open the same empty database
	 * at the same moment; the second then fails on the existing tables and
	 * succeeds when opened again.
	 */
	static int migrate(Connection connection, Dialect dialect, String databaseName) throws SQLException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
					+ "description VARCHAR(200) NOT NULL, installed_on TIMESTAMP NOT NULL)");
			connection.commit();
		}

		int current = currentVersion(connection);
		if (current > latestVersion()) {
			throw new StoreException("The database " + databaseName + " has schema version " + current
					+ ", newer than this release of SAINT supports (" + latestVersion()
					+ "). Update SAINT Workbench or use another database.");
		}

		for (Migration migration : all(dialect)) {
			if (migration.version() > current) {
				apply(connection, migration);
				ILog.of(Migrations.class).info("Migrated " + databaseName + " to schema version "
						+ migration.version() + ": " + migration.description());
				current = migration.version();
			}
		}
		return current;
	}

	private static int currentVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
			result.next();
			int version = result.getInt(1);
			connection.commit();
			return version;
		}
	}

	private static void apply(Connection connection, Migration migration) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : migration.statements()) {
				statement.execute(sql);
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO schema_version (version, description, installed_on) VALUES (?, ?, ?)")) {
				insert.setInt(1, migration.version());
				insert.setString(2, migration.description());
				insert.setTimestamp(3, Timestamp.from(Instant.now()));
				insert.executeUpdate();
			}
			connection.commit();
		} catch (SQLException e) {
			connection.rollback();
			throw e;
		}
	}

	private static List<String> createTables(Dialect dialect) {
		String pattern = dialect.nameKeyIndexOptions;
		return List.of(
				"CREATE SEQUENCE crm_id_seq START WITH 1 INCREMENT BY " + ID_BLOCK_SIZE,
				"""
				CREATE TABLE associate (
				  id BIGINT PRIMARY KEY,
				  external_id VARCHAR(200) UNIQUE,
				  name VARCHAR(200) NOT NULL,
				  name_key VARCHAR(200) NOT NULL,
				  user_group VARCHAR(200),
				  manager VARCHAR(200),
				  regional_office VARCHAR(200))""",
				"""
				CREATE TABLE list_value (
				  id BIGINT PRIMARY KEY,
				  external_id VARCHAR(200) UNIQUE,
				  kind VARCHAR(20) NOT NULL,
				  name VARCHAR(200) NOT NULL,
				  name_key VARCHAR(200) NOT NULL,
				  CONSTRAINT list_value_kind_name UNIQUE (kind, name))""",
				"""
				CREATE TABLE amount_class (
				  id BIGINT PRIMARY KEY,
				  external_id VARCHAR(200) UNIQUE,
				  name VARCHAR(200) NOT NULL,
				  lower_bound NUMERIC(19,2),
				  upper_bound NUMERIC(19,2))""",
				"""
				CREATE TABLE company (
				  id BIGINT PRIMARY KEY,
				  external_id VARCHAR(200) UNIQUE,
				  name VARCHAR(300) NOT NULL,
				  name_key VARCHAR(300) NOT NULL,
				  owner_id BIGINT REFERENCES associate (id) ON DELETE SET NULL,
				  category_id BIGINT REFERENCES list_value (id) ON DELETE SET NULL,
				  business VARCHAR(200),
				  country VARCHAR(200),
				  postcode VARCHAR(20))""",
				"""
				CREATE TABLE person (
				  id BIGINT PRIMARY KEY,
				  external_id VARCHAR(200) UNIQUE,
				  name VARCHAR(300) NOT NULL,
				  name_key VARCHAR(300) NOT NULL,
				  owner_id BIGINT REFERENCES associate (id) ON DELETE SET NULL,
				  company_id BIGINT REFERENCES company (id) ON DELETE SET NULL,
				  position VARCHAR(200))""",
				"""
				CREATE TABLE project (
				  id BIGINT PRIMARY KEY,
				  external_id VARCHAR(200) UNIQUE,
				  name VARCHAR(300) NOT NULL,
				  name_key VARCHAR(300) NOT NULL,
				  owner_id BIGINT REFERENCES associate (id) ON DELETE SET NULL,
				  type_id BIGINT REFERENCES list_value (id) ON DELETE SET NULL,
				  status VARCHAR(20) NOT NULL,
				  company_id BIGINT REFERENCES company (id) ON DELETE SET NULL)""",
				"""
				CREATE TABLE activity (
				  id BIGINT PRIMARY KEY,
				  external_id VARCHAR(200) UNIQUE,
				  record_date DATE,
				  company_id BIGINT REFERENCES company (id) ON DELETE SET NULL,
				  person_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
				  owner_id BIGINT REFERENCES associate (id) ON DELETE SET NULL,
				  description VARCHAR(4000),
				  type VARCHAR(20) NOT NULL,
				  direction VARCHAR(20) NOT NULL,
				  intent_id BIGINT REFERENCES list_value (id) ON DELETE SET NULL,
				  completed BOOLEAN NOT NULL,
				  project_id BIGINT REFERENCES project (id) ON DELETE SET NULL)""",
				"""
				CREATE TABLE sale (
				  id BIGINT PRIMARY KEY,
				  external_id VARCHAR(200) UNIQUE,
				  record_date DATE,
				  company_id BIGINT REFERENCES company (id) ON DELETE SET NULL,
				  person_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
				  owner_id BIGINT REFERENCES associate (id) ON DELETE SET NULL,
				  description VARCHAR(4000),
				  status VARCHAR(20) NOT NULL,
				  amount NUMERIC(19,2),
				  registered_date DATE,
				  product VARCHAR(200),
				  project_id BIGINT REFERENCES project (id) ON DELETE SET NULL)""",
				"""
				CREATE TABLE request (
				  id BIGINT PRIMARY KEY,
				  external_id VARCHAR(200) UNIQUE,
				  record_date DATE,
				  company_id BIGINT REFERENCES company (id) ON DELETE SET NULL,
				  person_id BIGINT REFERENCES person (id) ON DELETE SET NULL,
				  owner_id BIGINT REFERENCES associate (id) ON DELETE SET NULL,
				  description VARCHAR(4000),
				  status VARCHAR(20) NOT NULL,
				  category_id BIGINT REFERENCES list_value (id) ON DELETE SET NULL,
				  priority VARCHAR(50))""",
				"""
				CREATE TABLE selection (
				  id BIGINT PRIMARY KEY,
				  external_id VARCHAR(200) UNIQUE,
				  name VARCHAR(300) NOT NULL,
				  name_key VARCHAR(300) NOT NULL,
				  description VARCHAR(4000),
				  member_type VARCHAR(20) NOT NULL,
				  kind VARCHAR(20) NOT NULL,
				  criteria VARCHAR(4000))""",
				"""
				CREATE TABLE selection_member (
				  selection_id BIGINT NOT NULL REFERENCES selection (id) ON DELETE CASCADE,
				  member_position INTEGER NOT NULL,
				  member_id BIGINT NOT NULL,
				  PRIMARY KEY (selection_id, member_position))""",
				"CREATE INDEX associate_name_key ON associate (name_key" + pattern + ")",
				"CREATE INDEX list_value_name_key ON list_value (name_key" + pattern + ")",
				"CREATE INDEX company_name_key ON company (name_key" + pattern + ")",
				"CREATE INDEX person_name_key ON person (name_key" + pattern + ")",
				"CREATE INDEX project_name_key ON project (name_key" + pattern + ")",
				"CREATE INDEX selection_name_key ON selection (name_key" + pattern + ")",
				"CREATE INDEX person_company ON person (company_id)",
				"CREATE INDEX project_company ON project (company_id)",
				"CREATE INDEX activity_company_date ON activity (company_id, record_date)",
				"CREATE INDEX activity_person_date ON activity (person_id, record_date)",
				"CREATE INDEX activity_project_date ON activity (project_id, record_date)",
				"CREATE INDEX sale_company_date ON sale (company_id, record_date)",
				"CREATE INDEX sale_person_date ON sale (person_id, record_date)",
				"CREATE INDEX sale_project_date ON sale (project_id, record_date)",
				"CREATE INDEX request_company_date ON request (company_id, record_date)",
				"CREATE INDEX request_person_date ON request (person_id, record_date)",
				"CREATE INDEX selection_member_id ON selection_member (member_id)");
	}
}
