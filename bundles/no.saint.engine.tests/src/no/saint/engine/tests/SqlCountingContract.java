package no.saint.engine.tests;

import static no.saint.engine.tests.Fixtures.AS_OF;
import static no.saint.engine.tests.Fixtures.compare;
import static no.saint.engine.tests.Fixtures.count;
import static no.saint.engine.tests.Fixtures.field;
import static no.saint.engine.tests.Fixtures.last;
import static no.saint.engine.tests.Fixtures.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.saint.engine.CounterSource;
import no.saint.engine.EntityKey;
import no.saint.engine.EntityResult;
import no.saint.engine.Evaluator;
import no.saint.engine.SqlCounting;
import no.saint.engine.StoreSnapshotSource;
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
import no.saint.store.CrmStore;
import no.saint.store.CrmStores;
import no.saint.store.DatabaseSettings;

/** SQL pushdown against in-memory counting on the same generated data; subclasses pick the database. */
abstract class SqlCountingContract {

	private DatabaseSettings settings;
	private CrmStore store;

	abstract DatabaseSettings createSettings() throws Exception;

	@BeforeEach
	void setUp() throws Exception {
		settings = createSettings();
		store = CrmStores.open(settings);
		store.saveAll(GeneratedCrm.generate(17, AS_OF, 200));
	}

	@AfterEach
	void tearDown() throws Exception {
		store.close();
		TestDatabases.drop(settings);
	}

	@Test
	void sqlEqualsInMemory() throws Exception {
		Evaluator evaluator = new Evaluator(rules(), AS_OF);

		for (EntityType type : EntityType.values()) {
			Map<EntityKey, EntityResult> inMemory = byKey(
					CounterSource.inMemory(new StoreSnapshotSource(store)).evaluate(evaluator, type, null));
			Map<EntityKey, EntityResult> sql = byKey(new SqlCounting(settings).evaluate(evaluator, type, null));

			assertEquals(inMemory.keySet(), sql.keySet(), type + " entities");
			for (EntityKey key : inMemory.keySet()) {
				assertEquals(inMemory.get(key).counters(), sql.get(key).counters(), key + " counters");
				assertEquals(inMemory.get(key).statuses(), sql.get(key).statuses(), key + " statuses");
			}
			long withStatus = inMemory.values().stream().filter(result -> !result.statuses().isEmpty()).count();
			assertTrue(withStatus > 0, type + ": the data set gives some entity a status");
			assertTrue(withStatus < inMemory.size(), type + ": and leaves some without");
		}
	}

	private static Map<EntityKey, EntityResult> byKey(List<EntityResult> results) {
		return results.stream().collect(Collectors.toMap(EntityResult::key, Function.identity()));
	}

	/** Returns statuses that use every measure, window and filter kind, for all three entity types. */
	static RuleSet rules() {
		AmountClass large = new AmountClass("large", BigDecimal.valueOf(10_000), null);
		AmountClass medium = new AmountClass("medium", BigDecimal.valueOf(1_000), BigDecimal.valueOf(10_000));
		Filter outgoing = field(RecordField.ACTIVITY_DIRECTION, "outgoing");
		Filter marketing = field(RecordField.ACTIVITY_INTENT, "marketing");
		Filter notSupport = new Filter.FieldIn(RecordField.ACTIVITY_INTENT, List.of("Support"), true);
		Filter phoneOrMail = field(RecordField.ACTIVITY_TYPE, "phone", "email");
		Filter sold = field(RecordField.SALE_STATUS, "sold");
		Criterion statusOngoing = new Criterion.FieldIn("project.status", List.of("ongoing"), false);
		List<StatusDefinition> statuses = List.of(
				status("Few outgoing", EntityType.COMPANY, 1,
						compare(count(Source.ACTIVITIES, outgoing, last(90, PeriodUnit.DAYS)), Operator.LESS, 2)),
				status("Marketing", EntityType.COMPANY, 2, new Criterion.And(
						compare(count(Source.ACTIVITIES, new Filter.Or(marketing, new Filter.Not(new Filter.Completed())),
								last(6, PeriodUnit.MONTHS)), Operator.GREATER_OR_EQUAL, 4),
						compare(count(Source.SALES, sold, last(6, PeriodUnit.MONTHS)), Operator.LESS_OR_EQUAL, 1))),
				status("Big", EntityType.COMPANY, 3, new Criterion.Or(
						compare(count(Source.SALES, new Filter.And(sold, new Filter.InAmountClass(large)),
								last(12, PeriodUnit.MONTHS)), Operator.GREATER_OR_EQUAL, 2),
						compare(new Measure.SumAmount(Source.SALES, sold, last(1, PeriodUnit.YEARS)),
								Operator.GREATER_OR_EQUAL, 20_000))),
				status("Medium open", EntityType.COMPANY, 4, compare(count(Source.SALES,
						new Filter.And(new Filter.InAmountClass(medium), new Filter.AmountCompare(Operator.NOT_EQUAL,
								BigDecimal.valueOf(5000))), new Window.AllTime()), Operator.GREATER, 1)),
				status("Requests", EntityType.COMPANY, 5, compare(count(Source.REQUESTS,
						new Filter.And(field(RecordField.REQUEST_STATUS, "open"), field(RecordField.REQUEST_CATEGORY, "bug")),
						last(6, PeriodUnit.WEEKS)), Operator.GREATER, 0)),
				status("A-customer without contact", EntityType.PERSON, 1, new Criterion.And(
						compare(count(Source.ACTIVITIES, new Filter.And(notSupport, phoneOrMail), last(6, PeriodUnit.MONTHS)),
								Operator.EQUAL, 0),
						new Criterion.FieldIn("person.company.category", List.of("A-kunde"), false))),
				status("Stale person", EntityType.PERSON, 2, compare(new Measure.DaysSinceLast(Source.ACTIVITIES,
						new Filter.Completed()), Operator.GREATER, 60)),
				status("Neglected project", EntityType.PROJECT, 1, new Criterion.And(statusOngoing,
						compare(new Measure.DaysSinceLast(Source.ACTIVITIES, new Filter.Completed()), Operator.GREATER, 14))),
				status("No plans", EntityType.PROJECT, 2, new Criterion.And(new Criterion.Not(statusOngoing),
						compare(count(Source.ACTIVITIES, new Filter.Not(new Filter.Completed()),
								new Window.Next(365, PeriodUnit.DAYS)), Operator.EQUAL, 0))),
				status("Soon", EntityType.PROJECT, 3, compare(new Measure.DaysUntilNext(Source.ACTIVITIES,
						new Filter.Any()), Operator.LESS_OR_EQUAL, 30)),
				status("Unprofitable", EntityType.PROJECT, 4, new Criterion.And(
						new Criterion.FieldIn("project.status", List.of("completed", "stopped"), false),
						compare(count(Source.SALES, sold, new Window.AllTime()), Operator.EQUAL, 0))));
		return new RuleSet("generated", statuses, List.of(large, medium));
	}
}
