package no.saint.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

import no.saint.engine.CounterSource;
import no.saint.engine.CrmRecord;
import no.saint.engine.EntityKey;
import no.saint.engine.EntityResult;
import no.saint.engine.EntitySnapshot;
import no.saint.engine.Evaluator;
import no.saint.engine.InMemorySnapshotSource;
import no.saint.engine.SqlCounting;
import no.saint.engine.StatusDatabase;
import no.saint.engine.StatusUpdater;
import no.saint.engine.StoreSnapshotSource;
import no.saint.engine.internal.DefaultEvaluationService;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.RuleSet;
import no.saint.rules.RulesStandaloneSetup;
import no.saint.rules.rules.RulesFile;
import no.saint.rules.translation.RulesTranslator;
import no.saint.store.CrmStore;
import no.saint.store.CrmStores;
import no.saint.store.DatabaseSettings;

/**
 * Full and incremental regeneration on the Bridgecom demo data of 100,000
 * companies (1,000,000 activities and 250,000 sales, with persons, projects
 * and requests), with the example rules in
 * {@code bundles/no.saint.rules/examples/bridgecom.saint}: in memory, and with SQL counting on H2
 * and PostgreSQL. Prints a baseline in the same run, a plain loop that only
 * counts the activities per company.
 */
class EngineBenchmark {

	private static final int COMPANIES = 100_000;
	private static final int INCREMENTAL_UPDATES = 2_000;
	private static final LocalDate AS_OF = LocalDate.of(2017, 12, 31);
	private static final long SEED = 42;
	private static final Path RULES = Path.of("../no.saint.rules/examples/bridgecom.saint").toAbsolutePath().normalize();
	private static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private final BenchmarkReport report = new BenchmarkReport("EngineBenchmark");
	private final DefaultEvaluationService service = new DefaultEvaluationService();

	@Test
	void regenerate() throws Exception {
		RuleSet rules = loadRules();
		DatabaseSettings h2 = new DatabaseSettings(
				"jdbc:h2:" + Files.createTempDirectory("saint-benchmark").resolve("crm").toAbsolutePath(), "sa", "");
		try (CrmStore store = CrmStores.open(h2)) {
			report.measure("generate Bridgecom demo data into H2 with JDBC batches", () -> {
				printRows(DemoBulkLoader.load(h2, SEED, AS_OF, COMPANIES));
				return null;
			});
			InMemorySnapshotSource snapshots = report.measure("read snapshots from H2", () -> readSnapshots(store));

			long[] baseline = report.measure("baseline: plain loop counting activities per company",
					() -> countActivities(snapshots));
			report.print("baseline activities counted", Arrays.stream(baseline).sum(), "activities");

			Evaluator evaluator = service.evaluator(rules, AS_OF);
			List<EntityResult> results = report.measure("full regeneration in memory, 100,000 companies (evaluation only)",
					() -> service.evaluateAll(evaluator, snapshots, null));
			report.print("companies with a status",
					results.stream().filter(result -> !result.statuses().isEmpty()).count(), "companies");

			StatusDatabase database = new StatusDatabase(h2);
			report.measure("full regeneration in memory, written to H2",
					() -> service.regenerate(database, CounterSource.inMemory(snapshots), rules, AS_OF, null, null));
			report.measure("SQL counting on H2 (counters and statuses, not written)",
					() -> new SqlCounting(h2).evaluate(evaluator, EntityType.COMPANY, null));
			report.measure("full regeneration with SQL counting on H2, written",
					() -> service.regenerate(database, new SqlCounting(h2), rules, AS_OF, null, null));

			measureIncremental(evaluator, snapshots, database);
		}
		measurePostgres(rules);
	}

	private void measurePostgres(RuleSet rules) throws Exception {
		String schema = "engine_benchmark_" + System.nanoTime();
		DatabaseSettings admin = new DatabaseSettings(POSTGRES_URL, "postgres", null);
		execute(admin, "CREATE SCHEMA " + schema);
		DatabaseSettings postgres = new DatabaseSettings(
				POSTGRES_URL + "?currentSchema=" + schema + "&reWriteBatchedInserts=true", "postgres", null);
		try (CrmStore store = CrmStores.open(postgres)) {
			report.measure("generate Bridgecom demo data into PostgreSQL with JDBC batches", () -> {
				DemoBulkLoader.load(postgres, SEED, AS_OF, COMPANIES);
				return null;
			});
			Evaluator evaluator = service.evaluator(rules, AS_OF);
			report.measure("SQL counting on PostgreSQL (counters and statuses, not written)",
					() -> new SqlCounting(postgres).evaluate(evaluator, EntityType.COMPANY, null));
			report.measure("full regeneration with SQL counting on PostgreSQL, written",
					() -> service.regenerate(new StatusDatabase(postgres), new SqlCounting(postgres), rules, AS_OF,
							null, null));
			report.measure("full regeneration in memory from PostgreSQL, written",
					() -> service.regenerate(new StatusDatabase(postgres),
							CounterSource.inMemory(new StoreSnapshotSource(store)), rules, AS_OF, null, null));
		} finally {
			execute(admin, "DROP SCHEMA " + schema + " CASCADE");
		}
	}

	private static void execute(DatabaseSettings settings, String sql) throws Exception {
		try (Connection connection = settings.open(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private void measureIncremental(Evaluator evaluator, InMemorySnapshotSource source, StatusDatabase database)
			throws Exception {
		Random random = new Random(7);
		long[] evaluateNanos = new long[INCREMENTAL_UPDATES];
		long[] writeNanos = new long[INCREMENTAL_UPDATES];
		StatusUpdater updater = new StatusUpdater(evaluator, source, database, StatusUpdater.Mode.REAL_TIME);
		List<EntityKey> keys = new ArrayList<>();
		source.forEach(EntityType.COMPANY, entity -> keys.add(entity.key()));
		for (int i = 0; i < INCREMENTAL_UPDATES; i++) {
			EntityKey key = keys.get(random.nextInt(keys.size()));
			EntitySnapshot changed = withActivity(source.get(key), random);
			source.put(changed);

			long start = System.nanoTime();
			evaluator.evaluate(changed);
			evaluateNanos[i] = System.nanoTime() - start;

			start = System.nanoTime();
			updater.entitiesChanged(List.of(key));
			writeNanos[i] = System.nanoTime() - start;
		}
		printPercentiles("incremental update per changed activity, in memory", evaluateNanos);
		printPercentiles("incremental update per changed activity, written to H2", writeNanos);
	}

	private void printRows(java.util.Map<String, Integer> rows) {
		rows.forEach((type, count) -> report.print("rows of " + type, count, "rows"));
	}

	private void printPercentiles(String figure, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		report.print(figure + " median", sorted[sorted.length / 2] / 1e6, "ms");
		report.print(figure + " p99", sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6, "ms");
	}

	private static InMemorySnapshotSource readSnapshots(CrmStore store) {
		InMemorySnapshotSource snapshots = new InMemorySnapshotSource();
		new StoreSnapshotSource(store).forEach(EntityType.COMPANY, snapshots::put);
		return snapshots;
	}

	/** Counts the activities of every company in one plain pass and nothing else: the baseline. */
	private static long[] countActivities(InMemorySnapshotSource source) {
		List<Long> counts = new ArrayList<>();
		source.forEach(EntityType.COMPANY, company -> {
			long count = 0;
			for (CrmRecord.Activity activity : company.activities()) {
				if (activity != null) {
					count++;
				}
			}
			counts.add(count);
		});
		return counts.stream().mapToLong(Long::longValue).toArray();
	}

	private static EntitySnapshot withActivity(EntitySnapshot entity, Random random) {
		List<CrmRecord.Activity> activities = new ArrayList<>(entity.activities());
		activities.add(new CrmRecord.Activity(AS_OF.minusDays(random.nextInt(200)), "phone", "outgoing", "Sale", true));
		return new EntitySnapshot(entity.key(), entity.name(), entity.fields(), activities, entity.sales(),
				entity.requests());
	}

	private static RuleSet loadRules() {
		XtextResourceSet resourceSet = new RulesStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		RulesFile file = (RulesFile) resourceSet.getResource(URI.createFileURI(RULES.toString()), true).getContents()
				.get(0);
		return new RulesTranslator().translate(file);
	}
}
