package no.saint.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import no.saint.store.DatabaseSettings;

/**
 * Fills the CRM tables of an empty store with random companies, activities
 * and sales through batched JDBC inserts, which is much faster than saving
 * model objects. Equal seeds give equal data, so H2 and PostgreSQL hold the
 * same rows. Ids come from fixed ranges, not from the store's sequence.
 */
final class CrmBulkLoader {

	private static final int BATCH_SIZE = 5_000;
	private static final long COMPANY_IDS = 1_000_000;
	private static final long ACTIVITY_IDS = 10_000_000;
	private static final long SALE_IDS = 20_000_000;
	private static final List<String> INTENTS = List.of("Marketing", "Sale", "Support");
	private static final String[] TYPES = { "appointment", "phone", "task", "document", "email" };
	private static final String[] DIRECTIONS = { "none", "incoming", "outgoing" };
	private static final String[] SALE_STATUSES = { "open", "sold", "lost" };

	private CrmBulkLoader() {
	}

	static void load(DatabaseSettings settings, long seed, LocalDate asOf, int companies, int activities, int sales)
			throws SQLException {
		Random random = new Random(seed);
		try (Connection connection = settings.open()) {
			connection.setAutoCommit(false);
			insertIntents(connection);
			insertCompanies(connection, companies);
			insertActivities(connection, random, asOf, companies, activities);
			insertSales(connection, random, asOf, companies, sales);
			connection.commit();
		}
	}

	private static void insertIntents(Connection connection) throws SQLException {
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO list_value (id, kind, name, name_key) VALUES (?, 'intent', ?, ?)")) {
			for (int i = 0; i < INTENTS.size(); i++) {
				insert.setLong(1, i + 1);
				insert.setString(2, INTENTS.get(i));
				insert.setString(3, INTENTS.get(i).toLowerCase(java.util.Locale.ROOT));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static void insertCompanies(Connection connection, int companies) throws SQLException {
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO company (id, name, name_key) VALUES (?, ?, ?)")) {
			for (int i = 0; i < companies; i++) {
				insert.setLong(1, COMPANY_IDS + i);
				insert.setString(2, "Company " + i);
				insert.setString(3, "company " + i);
				insert.addBatch();
				flush(insert, i);
			}
			insert.executeBatch();
		}
	}

	private static void insertActivities(Connection connection, Random random, LocalDate asOf, int companies,
			int activities) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO activity"
				+ " (id, record_date, company_id, type, direction, intent_id, completed) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			for (int i = 0; i < activities; i++) {
				LocalDate date = asOf.minusDays(random.nextInt(3 * 365)).plusDays(60);
				insert.setLong(1, ACTIVITY_IDS + i);
				insert.setObject(2, date);
				insert.setLong(3, COMPANY_IDS + random.nextInt(companies));
				insert.setString(4, TYPES[random.nextInt(TYPES.length)]);
				insert.setString(5, DIRECTIONS[random.nextInt(DIRECTIONS.length)]);
				insert.setLong(6, 1 + random.nextInt(INTENTS.size()));
				insert.setBoolean(7, !date.isAfter(asOf) && random.nextInt(10) > 0);
				insert.addBatch();
				flush(insert, i);
			}
			insert.executeBatch();
		}
	}

	private static void insertSales(Connection connection, Random random, LocalDate asOf, int companies, int sales)
			throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO sale (id, record_date, company_id, status, amount) VALUES (?, ?, ?, ?, ?)")) {
			for (int i = 0; i < sales; i++) {
				insert.setLong(1, SALE_IDS + i);
				insert.setObject(2, asOf.minusDays(random.nextInt(3 * 365)));
				insert.setLong(3, COMPANY_IDS + random.nextInt(companies));
				insert.setString(4, SALE_STATUSES[random.nextInt(SALE_STATUSES.length)]);
				insert.setBigDecimal(5, BigDecimal.valueOf(100 + random.nextInt(30_000)));
				insert.addBatch();
				flush(insert, i);
			}
			insert.executeBatch();
		}
	}

	private static void flush(PreparedStatement insert, int index) throws SQLException {
		if ((index + 1) % BATCH_SIZE == 0) {
			insert.executeBatch();
		}
	}
}
