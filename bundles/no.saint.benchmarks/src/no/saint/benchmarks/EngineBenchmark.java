package no.saint.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import no.saint.engine.CounterSource;
import no.saint.engine.CrmRecord;
import no.saint.engine.EntityKey;
import no.saint.engine.EntityResult;
import no.saint.engine.EntitySnapshot;
import no.saint.engine.Evaluator;
import no.saint.engine.InMemorySnapshotSource;
import no.saint.engine.StatusDatabase;
import no.saint.engine.StatusUpdater;
import no.saint.engine.internal.DefaultEvaluationService;
import no.saint.evaluation.AmountClass;
import no.saint.evaluation.Criterion;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.Filter;
import no.saint.evaluation.Measure;
import no.saint.evaluation.Operator;
import no.saint.evaluation.PeriodUnit;
import no.saint.evaluation.RecordField;
import no.saint.evaluation.RuleSet;
import no.saint.evaluation.Source;
import no.saint.evaluation.StatusDefinition;
import no.saint.evaluation.Window;
import no.saint.store.DatabaseSettings;

/**
 * Full and incremental regeneration on 100,000 companies with 1,000,000
 * activities and 250,000 sales, with the company statuses of the example
 * rules. Prints a baseline first: a plain loop that only counts the
 * activities per company.
 */
class EngineBenchmark {

	private static final int COMPANIES = 100_000;
	private static final int ACTIVITIES = 1_000_000;
	private static final int SALES = 250_000;
	private static final int INCREMENTAL_UPDATES = 2_000;
	private static final LocalDate AS_OF = LocalDate.of(2017, 12, 31);

	private final BenchmarkReport report = new BenchmarkReport("EngineBenchmark");

	@Test
	void regenerate() throws Exception {
		InMemorySnapshotSource source = report.measure("generate data", () -> generate(new Random(42)));
		RuleSet rules = exampleRules();

		long[] baseline = report.measure("baseline: count activities per company", () -> countActivities(source));
		report.print("baseline activities counted", Arrays.stream(baseline).sum(), "activities");

		DefaultEvaluationService service = new DefaultEvaluationService();
		Evaluator evaluator = service.evaluator(rules, AS_OF);
		List<EntityResult> results = report.measure("full regeneration in memory",
				() -> service.evaluateAll(evaluator, source, null));
		report.print("entities with a status",
				results.stream().filter(result -> !result.statuses().isEmpty()).count(), "companies");

		DatabaseSettings h2 = new DatabaseSettings(
				"jdbc:h2:" + Files.createTempDirectory("saint-benchmark").resolve("crm").toAbsolutePath(), "sa", "");
		StatusDatabase database = new StatusDatabase(h2);
		report.measure("full regeneration in memory, written to H2",
				() -> service.regenerate(database, CounterSource.inMemory(source), rules, AS_OF, null, null));

		measureIncremental(evaluator, source, database);
	}

	private void measureIncremental(Evaluator evaluator, InMemorySnapshotSource source, StatusDatabase database)
			throws Exception {
		Random random = new Random(7);
		long[] evaluateNanos = new long[INCREMENTAL_UPDATES];
		long[] writeNanos = new long[INCREMENTAL_UPDATES];
		StatusUpdater updater = new StatusUpdater(evaluator, source, database, StatusUpdater.Mode.REAL_TIME);
		for (int i = 0; i < INCREMENTAL_UPDATES; i++) {
			EntityKey key = new EntityKey(EntityType.COMPANY, 1 + random.nextInt(COMPANIES));
			EntitySnapshot changed = withActivity(source.get(key), randomActivity(random));
			source.put(changed);

			long start = System.nanoTime();
			evaluator.evaluate(changed);
			evaluateNanos[i] = System.nanoTime() - start;

			start = System.nanoTime();
			updater.entitiesChanged(List.of(key));
			writeNanos[i] = System.nanoTime() - start;
		}
		printPercentiles("incremental update in memory", evaluateNanos);
		printPercentiles("incremental update written to H2", writeNanos);
	}

	private void printPercentiles(String figure, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		report.print(figure + " median", sorted[sorted.length / 2] / 1e6, "ms");
		report.print(figure + " p99", sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6, "ms");
	}

	/** The baseline: one pass over every company's activities, counting them and nothing else. */
	private static long[] countActivities(InMemorySnapshotSource source) {
		long[] counts = new long[COMPANIES + 1];
		source.forEach(EntityType.COMPANY, company -> counts[(int) company.key().id()] = company.activities().size());
		return counts;
	}

	private static EntitySnapshot withActivity(EntitySnapshot entity, CrmRecord.Activity activity) {
		List<CrmRecord.Activity> activities = new ArrayList<>(entity.activities());
		activities.add(activity);
		return new EntitySnapshot(entity.key(), entity.name(), entity.fields(), activities, entity.sales(),
				entity.requests());
	}

	private static final String[] TYPES = { "appointment", "phone", "task", "document", "email", "fax" };
	private static final String[] DIRECTIONS = { "incoming", "outgoing", "none" };
	private static final String[] INTENTS = { "Marketing", "Sale", "Support", "Follow-up" };
	private static final String[] SALE_STATUSES = { "open", "sold", "lost" };

	private static CrmRecord.Activity randomActivity(Random random) {
		LocalDate date = AS_OF.minusDays(random.nextInt(3 * 365)).plusDays(60);
		return new CrmRecord.Activity(date, TYPES[random.nextInt(TYPES.length)],
				DIRECTIONS[random.nextInt(DIRECTIONS.length)], INTENTS[random.nextInt(INTENTS.length)],
				!date.isAfter(AS_OF) && random.nextInt(10) > 0);
	}

	private static CrmRecord.Sale randomSale(Random random) {
		LocalDate date = AS_OF.minusDays(random.nextInt(3 * 365));
		return new CrmRecord.Sale(date, SALE_STATUSES[random.nextInt(SALE_STATUSES.length)],
				BigDecimal.valueOf(100 + random.nextInt(30_000)));
	}

	/** Spreads the activities and sales over the companies at random, seeded so that runs compare. */
	private static InMemorySnapshotSource generate(Random random) {
		List<List<CrmRecord.Activity>> activities = new ArrayList<>();
		List<List<CrmRecord.Sale>> sales = new ArrayList<>();
		for (int i = 0; i < COMPANIES; i++) {
			activities.add(new ArrayList<>());
			sales.add(new ArrayList<>());
		}
		for (int i = 0; i < ACTIVITIES; i++) {
			activities.get(random.nextInt(COMPANIES)).add(randomActivity(random));
		}
		for (int i = 0; i < SALES; i++) {
			sales.get(random.nextInt(COMPANIES)).add(randomSale(random));
		}
		InMemorySnapshotSource source = new InMemorySnapshotSource();
		for (int i = 0; i < COMPANIES; i++) {
			EntityKey key = new EntityKey(EntityType.COMPANY, i + 1);
			Map<String, String> fields = Map.of("company.name", "Company " + (i + 1), "company.category",
					i % 5 == 0 ? "A-kunde" : "B-kunde");
			source.put(new EntitySnapshot(key, "Company " + (i + 1), fields, activities.get(i), sales.get(i), List.of()));
		}
		return source;
	}

	/** The company statuses of the example rules file, built directly as evaluation records. */
	static RuleSet exampleRules() {
		AmountClass large = new AmountClass("large", BigDecimal.valueOf(10_000), null);
		Window quarter = new Window.Last(90, PeriodUnit.DAYS);
		Window halfYear = new Window.Last(6, PeriodUnit.MONTHS);
		Window year = new Window.Last(12, PeriodUnit.MONTHS);
		Filter outgoing = field(RecordField.ACTIVITY_DIRECTION, "outgoing");
		Filter incoming = field(RecordField.ACTIVITY_DIRECTION, "incoming");
		Filter sold = field(RecordField.SALE_STATUS, "sold");
		List<StatusDefinition> statuses = List.of(
				status("Forsømt kunde", 20, compare(count(Source.ACTIVITIES, outgoing, quarter), Operator.LESS, 2)),
				status("Dyr kunde", 10, new Criterion.And(
						compare(count(Source.ACTIVITIES, field(RecordField.ACTIVITY_INTENT, "Marketing"), halfYear),
								Operator.GREATER_OR_EQUAL, 10),
						compare(count(Source.SALES, sold, halfYear), Operator.LESS_OR_EQUAL, 1))),
				status("Sovende kunde", 30, new Criterion.And(
						compare(count(Source.ACTIVITIES, incoming, quarter), Operator.EQUAL, 0),
						compare(count(Source.ACTIVITIES, outgoing, quarter), Operator.GREATER_OR_EQUAL, 5))),
				status("Trenger oppgradering", 31, compare(count(Source.SALES,
						field(RecordField.SALE_STATUS, "open", "sold"), new Window.Last(2, PeriodUnit.YEARS)),
						Operator.EQUAL, 0)),
				status("Mange forespørsler", 32, compare(count(Source.REQUESTS, new Filter.Any(),
						new Window.Last(6, PeriodUnit.WEEKS)), Operator.GREATER, 5)),
				status("Storkunde", 33, new Criterion.Or(
						compare(count(Source.SALES, new Filter.And(sold, new Filter.InAmountClass(large)), year),
								Operator.GREATER_OR_EQUAL, 3),
						compare(new Measure.SumAmount(Source.SALES, sold, year), Operator.GREATER_OR_EQUAL, 50_000))));
		return new RuleSet("Bridgecom", statuses, List.of(large));
	}

	private static Filter field(RecordField field, String... values) {
		return new Filter.FieldIn(field, List.of(values), false);
	}

	private static Measure count(Source source, Filter filter, Window window) {
		return new Measure.Count(source, filter, window);
	}

	private static Criterion compare(Measure measure, Operator operator, long threshold) {
		return new Criterion.Comparison(measure, operator, BigDecimal.valueOf(threshold));
	}

	private static StatusDefinition status(String name, int rank, Criterion criterion) {
		return new StatusDefinition(name, EntityType.COMPANY, rank, true, null, false, null, null, criterion, 1);
	}
}
