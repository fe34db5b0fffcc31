package no.saint.engine.tests;

import static no.saint.engine.tests.Fixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.saint.engine.CounterSource;
import no.saint.engine.EntityKey;
import no.saint.engine.Evaluator;
import no.saint.engine.StatusDatabase;
import no.saint.engine.StatusRow;
import no.saint.engine.StatusUpdater;
import no.saint.engine.StoreSnapshotSource;
import no.saint.engine.internal.DefaultEvaluationService;
import no.saint.model.crm.Activity;
import no.saint.model.crm.ActivityType;
import no.saint.model.crm.Company;
import no.saint.model.crm.CrmFactory;
import no.saint.model.crm.Direction;
import no.saint.store.CrmStore;
import no.saint.store.CrmStores;
import no.saint.store.DatabaseSettings;

/** Status values follow writes through the CRM store, in real-time and in batch mode. */
class StoreChangeTest {

	private DatabaseSettings settings;
	private CrmStore store;
	private StatusDatabase database;
	private Company acme;
	private StatusUpdater updater;

	@BeforeEach
	void setUp() throws Exception {
		settings = TestDatabases.h2();
		store = CrmStores.open(settings);
		acme = CrmFactory.eINSTANCE.createCompany();
		acme.setName("Acme");
		store.save(acme);
		database = new StatusDatabase(settings);
		StoreSnapshotSource source = new StoreSnapshotSource(store);
		new DefaultEvaluationService().regenerate(database, CounterSource.inMemory(source),
				StatusDatabaseContract.RULES, AS_OF, null, null);
		updater = new StatusUpdater(new Evaluator(StatusDatabaseContract.RULES, AS_OF), source, database,
				StatusUpdater.Mode.REAL_TIME);
		store.addChangeListener(updater.changeListener());
	}

	@AfterEach
	void tearDown() {
		store.close();
	}

	private void addOutgoingActivities(int number) {
		for (int i = 0; i < number; i++) {
			Activity activity = CrmFactory.eINSTANCE.createActivity();
			activity.setCompany(acme);
			activity.setType(ActivityType.PHONE);
			activity.setDirection(Direction.OUTGOING);
			activity.setDate(AS_OF.minusDays(i));
			store.save(activity);
		}
	}

	private List<String> statusesOfAcme() throws Exception {
		EntityKey key = new EntityKey(no.saint.evaluation.EntityType.COMPANY, acme.getId());
		return database.signalledStatuses(null, null).stream().filter(row -> row.key().equals(key))
				.map(StatusRow::status).toList();
	}

	@Test
	void realTimeCurrentWhenWriteReturns() throws Exception {
		assertEquals(List.of("Neglected"), statusesOfAcme());

		addOutgoingActivities(3);

		assertEquals(List.of("Active"), statusesOfAcme());
	}

	@Test
	void batchModeWaitsForUpdatePending() throws Exception {
		updater.setMode(StatusUpdater.Mode.BATCH);

		addOutgoingActivities(3);

		assertEquals(List.of("Neglected"), statusesOfAcme());
		assertEquals(1, database.pendingUpdates().size());

		updater.updatePending();

		assertEquals(List.of("Active"), statusesOfAcme());
	}
}
