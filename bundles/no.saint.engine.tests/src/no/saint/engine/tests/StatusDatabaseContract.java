package no.saint.engine.tests;

import static no.saint.engine.tests.Fixtures.AS_OF;
import static no.saint.engine.tests.Fixtures.activity;
import static no.saint.engine.tests.Fixtures.compare;
import static no.saint.engine.tests.Fixtures.count;
import static no.saint.engine.tests.Fixtures.field;
import static no.saint.engine.tests.Fixtures.last;
import static no.saint.engine.tests.Fixtures.rules;
import static no.saint.engine.tests.Fixtures.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.saint.engine.CounterSource;
import no.saint.engine.EntityKey;
import no.saint.engine.EntityResult;
import no.saint.engine.Evaluator;
import no.saint.engine.GenerationSummary;
import no.saint.engine.InMemorySnapshotSource;
import no.saint.engine.StatusDatabase;
import no.saint.engine.StatusRow;
import no.saint.engine.StatusUpdater;
import no.saint.engine.internal.DefaultEvaluationService;
import no.saint.engine.tests.Fixtures.Entity;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.Filter;
import no.saint.evaluation.Operator;
import no.saint.evaluation.PeriodUnit;
import no.saint.evaluation.RecordField;
import no.saint.evaluation.RuleSet;
import no.saint.evaluation.Source;
import no.saint.evaluation.StatusDefinition;
import no.saint.evaluation.Window;
import no.saint.store.DatabaseSettings;

/** Regeneration and incremental updates against one kind of database; subclasses pick H2 or PostgreSQL. */
abstract class StatusDatabaseContract {

	static final StatusDefinition NEGLECTED = status("Neglected", EntityType.COMPANY, 20,
			compare(count(Source.ACTIVITIES, field(RecordField.ACTIVITY_DIRECTION, "outgoing"), last(90, PeriodUnit.DAYS)),
					Operator.LESS, 2));
	static final StatusDefinition ACTIVE = status("Active", EntityType.COMPANY, 10,
			compare(count(Source.ACTIVITIES, new Filter.Any(), new Window.AllTime()), Operator.GREATER_OR_EQUAL, 3));
	static final RuleSet RULES = rules(NEGLECTED, ACTIVE);

	final DefaultEvaluationService service = new DefaultEvaluationService();
	final InMemorySnapshotSource source = new InMemorySnapshotSource();
	DatabaseSettings settings;
	StatusDatabase database;

	abstract DatabaseSettings createSettings() throws Exception;

	@BeforeEach
	void setUp() throws Exception {
		settings = createSettings();
		database = new StatusDatabase(settings);
		source.put(Entity.company(1, "Acme").build());
		source.put(Entity.company(2, "Betasoloin").activity(activity(AS_OF, "outgoing"))
				.activity(activity(AS_OF.minusDays(5), "outgoing")).activity(activity(AS_OF, "incoming")).build());
		source.put(Entity.company(3, "Cancity").activity(activity(AS_OF, "outgoing")).build());
	}

	@AfterEach
	void tearDown() throws Exception {
		TestDatabases.drop(settings);
	}

	GenerationSummary regenerate(String statusName, IProgressMonitor monitor) throws Exception {
		return service.regenerate(database, CounterSource.inMemory(source), RULES, AS_OF, statusName, monitor);
	}

	List<String> rows() throws Exception {
		return database.signalledStatuses(null, null).stream().map(row -> row.status() + "/" + row.entityName()).toList();
	}

	@Test
	void regenerationWritesStatusValues() throws Exception {
		GenerationSummary summary = regenerate(null, null);

		assertEquals(List.of("Active/Betasoloin", "Neglected/Acme", "Neglected/Cancity"), rows());
		assertEquals(Map.of("Neglected", 2, "Active", 1), summary.matches());
		assertEquals(Map.of("Active", 1, "Neglected", 2), database.matchesPerStatus());
		assertEquals(AS_OF, database.lastAsOf());
		assertEquals("2", database.counters(new EntityKey(EntityType.COMPANY, 2))
				.get("count(activities where direction = outgoing, last 90 days)").toString());
	}

	@Test
	void statusRowsCarryRank() throws Exception {
		regenerate(null, null);

		List<StatusRow> rows = database.signalledStatuses("Neglected", EntityType.COMPANY);

		assertEquals(2, rows.size());
		assertEquals(20, rows.get(0).rank());
		assertEquals(new EntityKey(EntityType.COMPANY, 1), rows.get(0).key());
	}

	@Test
	void cancelKeepsPreviousGeneration() throws Exception {
		regenerate(null, null);
		List<String> before = rows();
		source.put(Entity.company(1, "Acme").activity(activity(AS_OF, "outgoing")).activity(activity(AS_OF, "outgoing"))
				.build());
		CancelAfter monitor = new CancelAfter(3);

		assertThrows(OperationCanceledException.class, () -> regenerate(null, monitor));

		assertEquals(before, rows());
	}

	@Test
	void failedWriteKeepsPreviousGeneration() throws Exception {
		regenerate(null, null);
		List<String> before = rows();
		source.put(Entity.company(4, "x".repeat(1000)).build());

		assertThrows(java.sql.SQLException.class, () -> regenerate(null, null), "name longer than the column");

		assertEquals(before, rows());
	}

	@Test
	void regenerationOfOneStatus() throws Exception {
		regenerate(null, null);
		source.put(Entity.company(3, "Cancity").activity(activity(AS_OF, "outgoing")).activity(activity(AS_OF, "outgoing"))
				.activity(activity(AS_OF, "outgoing")).build());

		regenerate("Active", null);

		assertEquals(List.of("Active/Betasoloin", "Active/Cancity", "Neglected/Acme", "Neglected/Cancity"), rows(),
				"Neglected keeps its old values until it is regenerated");
		assertThrows(IllegalArgumentException.class, () -> regenerate("Unknown", null));
	}

	@Test
	void realTimeUpdateOnChange() throws Exception {
		regenerate(null, null);
		StatusUpdater updater = updater(StatusUpdater.Mode.REAL_TIME);
		source.put(Entity.company(1, "Acme").activity(activity(AS_OF, "outgoing")).activity(activity(AS_OF, "outgoing"))
				.activity(activity(AS_OF, "outgoing")).build());
		source.remove(new EntityKey(EntityType.COMPANY, 3));
		source.put(Entity.company(5, "Doncon").build());

		updater.entitiesChanged(List.of(new EntityKey(EntityType.COMPANY, 1), new EntityKey(EntityType.COMPANY, 3),
				new EntityKey(EntityType.COMPANY, 5)));

		assertEquals(List.of("Active/Acme", "Active/Betasoloin", "Neglected/Doncon"), rows());
		assertEquals(Map.of("Active", 2, "Neglected", 1), database.matchesPerStatus());
	}

	@Test
	void batchModeMarksThenUpdates() throws Exception {
		regenerate(null, null);
		StatusUpdater updater = updater(StatusUpdater.Mode.BATCH);
		source.put(Entity.company(1, "Acme").activity(activity(AS_OF, "outgoing")).activity(activity(AS_OF, "outgoing"))
				.build());
		EntityKey acme = new EntityKey(EntityType.COMPANY, 1);

		updater.entitiesChanged(List.of(acme));

		assertEquals(List.of("Active/Betasoloin", "Neglected/Acme", "Neglected/Cancity"), rows(), "not yet updated");
		assertEquals(List.of(acme), database.pendingUpdates());

		assertEquals(1, updater.updatePending());

		assertEquals(List.of("Active/Betasoloin", "Neglected/Cancity"), rows());
		assertEquals(List.of(), database.pendingUpdates());
	}

	StatusUpdater updater(StatusUpdater.Mode mode) {
		return new StatusUpdater(new Evaluator(RULES, AS_OF), source, database, mode);
	}

	@Test
	void counterSourceResultsAreWritten() throws Exception {
		CounterSource empty = new CounterSource() {
			@Override
			public int count(EntityType type) {
				return 0;
			}

			@Override
			public List<EntityResult> evaluate(Evaluator evaluator, EntityType type, IProgressMonitor monitor) {
				return new ArrayList<>();
			}
		};
		regenerate(null, null);

		service.regenerate(database, empty, RULES, AS_OF, null, null);

		assertEquals(List.of(), rows());
		assertEquals(Set.of("Active", "Neglected"), database.matchesPerStatus().keySet());
	}

	/** A monitor that reports cancel after its {@code isCanceled} was asked a number of times. */
	static final class CancelAfter extends NullProgressMonitor {
		private int remaining;

		CancelAfter(int checks) {
			this.remaining = checks;
		}

		@Override
		public boolean isCanceled() {
			return remaining-- <= 0;
		}
	}
}
