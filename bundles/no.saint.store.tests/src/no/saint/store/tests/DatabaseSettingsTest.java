package no.saint.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import no.saint.store.DatabaseSettings;

class DatabaseSettingsTest {

	/** The PostgreSQL server that the CI script makes sure is running. */
	static final DatabaseSettings POSTGRES = new DatabaseSettings(
			System.getProperty("saint.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test"), "postgres", "");

	@Test
	void h2InMemoryAnswersQuery() throws SQLException {
		assertEquals(1, selectOne(new DatabaseSettings("jdbc:h2:mem:settings", "sa", "")));
	}

	@Test
	void postgreSqlAnswersQuery() throws SQLException {
		assertTrue(POSTGRES.isPostgreSql());
		assertEquals(1, selectOne(POSTGRES));
	}

	@Test
	void unsupportedUrlRejected() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> new DatabaseSettings("jdbc:mysql://localhost/crm", null, null));
		assertTrue(error.getMessage().contains("jdbc:mysql://localhost/crm"));
	}

	private static int selectOne(DatabaseSettings settings) throws SQLException {
		try (Connection connection = settings.open();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT 1")) {
			result.next();
			return result.getInt(1);
		}
	}
}
