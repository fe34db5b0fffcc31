package no.saint.engine.tests;

import static no.saint.engine.tests.Fixtures.AS_OF;
import static no.saint.engine.tests.Fixtures.activity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import no.saint.engine.EntityKey;
import no.saint.engine.EngineMessages;
import no.saint.engine.StatusChange;
import no.saint.engine.StatusDatabase;
import no.saint.engine.StatusListener;
import no.saint.engine.StatusUpdater;
import no.saint.engine.tests.Fixtures.Entity;
import no.saint.evaluation.EntityType;
import no.saint.store.DatabaseSettings;

class PostgresStatusDatabaseTest extends StatusDatabaseContract {

	@Override
	DatabaseSettings createSettings() throws Exception {
		return TestDatabases.postgres();
	}

	@Test
	void regenerationWaitsForLock() throws Exception {
		database.createTables();
		List<String> subTasks = new CopyOnWriteArrayList<>();
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				subTasks.add(name);
			}
		};

		CompletableFuture<?> regeneration;
		try (Connection other = settings.open(); Statement statement = other.createStatement()) {
			other.setAutoCommit(false);
			statement.execute("SELECT pg_advisory_xact_lock(hashtext('saint.regeneration.' || current_schema()))");
			regeneration = CompletableFuture.runAsync(() -> run(() -> regenerate(null, monitor)));
			Thread.sleep(1_000);

			assertFalse(regeneration.isDone(), "regeneration waits while another holds the lock");
			assertTrue(subTasks.contains(EngineMessages.Regeneration_waiting), subTasks.toString());
			other.rollback();
		}
		regeneration.get(30, TimeUnit.SECONDS);

		assertEquals(List.of("Active/Betasoloin", "Neglected/Acme", "Neglected/Cancity"), rows());
	}

	@Test
	void concurrentRegenerationsGiveOneResult() throws Exception {
		database.createTables();
		CompletableFuture<?> first = CompletableFuture.runAsync(() -> run(() -> regenerate(null, null)));
		CompletableFuture<?> second = CompletableFuture.runAsync(() -> run(() -> regenerate(null, null)));

		CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);

		assertEquals(List.of("Active/Betasoloin", "Neglected/Acme", "Neglected/Cancity"), rows());
		assertEquals(java.util.Map.of("Active", 1, "Neglected", 2), database.matchesPerStatus());
	}

	@Test
	void otherInstanceHearsChangeWithinTwoSeconds() throws Exception {
		regenerate(null, null);
		StatusDatabase otherDatabase = new StatusDatabase(settings);
		BlockingQueue<StatusChange> received = new LinkedBlockingQueue<>();
		StatusUpdater writer = updater(StatusUpdater.Mode.REAL_TIME);
		EntityKey acme = new EntityKey(EntityType.COMPANY, 1);

		try (StatusListener listener = new StatusListener(otherDatabase, received::add)) {
			source.put(Entity.company(1, "Acme").activity(activity(AS_OF, "outgoing"))
					.activity(activity(AS_OF, "outgoing")).build());
			long start = System.nanoTime();
			writer.entitiesChanged(List.of(acme));
			StatusChange change = received.poll(2, TimeUnit.SECONDS);
			long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

			assertNotNull(change, "no notification within 2 s");
			assertTrue(change.keys().contains(acme), change.toString());
			assertTrue(elapsedMillis < 2_000, elapsedMillis + " ms");
			assertFalse(otherDatabase.signalledStatuses("Neglected", null).stream()
					.anyMatch(row -> row.key().equals(acme)), "the other instance reads the new value");
		}
	}

	private interface Step {
		void run() throws Exception;
	}

	private static void run(Step step) {
		try {
			step.run();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
