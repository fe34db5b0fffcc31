package no.saint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.saint.engine.EntityKey;
import no.saint.engine.StatusChange;
import no.saint.store.DatabaseSettings;
import no.saint.ui.session.FollowUps;
import no.saint.ui.session.SaintSession;

/**
 * Runs two sessions on one PostgreSQL schema, as two workbenches on one
 * database, and checks that a status cleared by one reaches the other
 * through LISTEN/NOTIFY. Needs no display. Needs PostgreSQL on
 * 127.0.0.1:5432, database {@code test}, user {@code postgres} with trust
 * authentication; the test creates its own schema and drops it afterwards.
 */
class SharedDatabaseRefreshTest {

	private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
	private static final String STATUS = "Forsømt kunde";
	private static final long REFRESH_LIMIT_MILLIS = 2000;

	private final String schema = "saint_ui_refresh_"
			+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
	private SaintSession sessionA;
	private SaintSession sessionB;

	@BeforeEach
	void openSessions() throws Exception {
		execute("CREATE SCHEMA " + schema);
		DatabaseSettings settings = new DatabaseSettings(POSTGRES_URL + "?currentSchema=" + schema, "postgres", null);
		// The first session fills the schema with the demo data and generates the statuses, so the second finds both.
		sessionA = SaintSession.open(settings, SaintSession.defaultRulesLocation(), TestSessions.AS_OF,
				TestSessions.COMPANIES, null);
		sessionB = SaintSession.open(settings, SaintSession.defaultRulesLocation(), TestSessions.AS_OF,
				TestSessions.COMPANIES, null);
	}

	@AfterEach
	void closeSessions() throws Exception {
		try {
			if (sessionA != null) {
				sessionA.close();
			}
			if (sessionB != null) {
				sessionB.close();
			}
		} finally {
			execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
	}

	@Test
	void followUpRefreshesOtherSession() throws Exception {
		EntityKey key = TestSessions.companyWith(sessionA, STATUS);
		assertTrue(sessionB.index().has(key, STATUS), "status in session B before the follow-up");

		CountDownLatch cleared = new CountDownLatch(1);
		Consumer<StatusChange> listener = change -> {
			if ((change.all() || change.keys().contains(key)) && !sessionB.index().has(key, STATUS)) {
				cleared.countDown();
			}
		};
		sessionB.addListener(listener);

		// "Forsømt kunde" needs fewer than two outgoing activities in the last 3 months,
		// so one or two follow-ups clear it.
		FollowUps followUps = new FollowUps(sessionA);
		long clearedAt = 0;
		for (int attempt = 0; attempt < 3 && sessionA.index().has(key, STATUS); attempt++) {
			followUps.create(key, sessionA.status(STATUS), null);
			clearedAt = System.nanoTime();
		}
		assertFalse(sessionA.index().has(key, STATUS), "status in session A after the follow-ups");

		boolean refreshed = cleared.await(REFRESH_LIMIT_MILLIS, TimeUnit.MILLISECONDS);
		long elapsedMillis = (System.nanoTime() - clearedAt) / 1_000_000;
		sessionB.removeListener(listener);

		assertTrue(refreshed, "session B's listener did not see the cleared status within "
				+ REFRESH_LIMIT_MILLIS + " ms (waited " + elapsedMillis + " ms)");
		assertFalse(sessionB.index().has(key, STATUS), "status in session B after the notification");
		assertFalse(sessionB.statuses(key).stream().anyMatch(status -> status.name().equals(STATUS)),
				"status among session B's statuses of the entity");
	}

	private static void execute(String sql) throws Exception {
		DatabaseSettings admin = new DatabaseSettings(POSTGRES_URL, "postgres", null);
		try (Connection connection = admin.open(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
