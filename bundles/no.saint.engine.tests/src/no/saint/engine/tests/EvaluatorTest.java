package no.saint.engine.tests;

import static no.saint.engine.tests.Fixtures.AS_OF;
import static no.saint.engine.tests.Fixtures.activity;
import static no.saint.engine.tests.Fixtures.compare;
import static no.saint.engine.tests.Fixtures.count;
import static no.saint.engine.tests.Fixtures.field;
import static no.saint.engine.tests.Fixtures.last;
import static no.saint.engine.tests.Fixtures.rules;
import static no.saint.engine.tests.Fixtures.sale;
import static no.saint.engine.tests.Fixtures.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.saint.engine.CounterValue;
import no.saint.engine.CrmRecord;
import no.saint.engine.EntityResult;
import no.saint.engine.EntitySnapshot;
import no.saint.engine.Evaluator;
import no.saint.engine.tests.Fixtures.Entity;
import no.saint.evaluation.AmountClass;
import no.saint.evaluation.Criterion;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.Filter;
import no.saint.evaluation.Measure;
import no.saint.evaluation.Operator;
import no.saint.evaluation.PeriodUnit;
import no.saint.evaluation.RecordField;
import no.saint.evaluation.Source;
import no.saint.evaluation.StatusDefinition;
import no.saint.evaluation.Window;

class EvaluatorTest {

	private static final Measure OUTGOING_90_DAYS = count(Source.ACTIVITIES,
			field(RecordField.ACTIVITY_DIRECTION, "outgoing"), last(90, PeriodUnit.DAYS));

	private static CounterValue measure(Measure measure, EntitySnapshot entity) {
		return new Evaluator(rules(), AS_OF).measure(entity, measure);
	}

	private static long countOf(Measure measure, Entity entity) {
		return measure(measure, entity.build()).number().longValueExact();
	}

	@Test
	void last90DaysExcludesFirstDayOutside() {
		Entity company = Entity.company(1, "Acme")
				.activity(activity(LocalDate.of(2017, 10, 2), "outgoing"))
				.activity(activity(LocalDate.of(2017, 10, 3), "outgoing"))
				.activity(activity(AS_OF, "outgoing"))
				.activity(activity(AS_OF.plusDays(1), "outgoing"))
				.activity(activity(null, "outgoing"));

		assertEquals(2, countOf(OUTGOING_90_DAYS, company), "2017-10-03 and 2017-12-31 count, 2017-10-02 does not");
	}

	@Test
	void lastMonthsGoBackByCalendar() {
		Measure sixMonths = count(Source.ACTIVITIES, new Filter.Any(), last(6, PeriodUnit.MONTHS));
		Entity company = Entity.company(1, "Acme")
				.activity(activity(LocalDate.of(2017, 6, 30), "none"))
				.activity(activity(LocalDate.of(2017, 7, 1), "none"));

		assertEquals(1, countOf(sixMonths, company), "2017-06-30 is the excluded start day");
	}

	@Test
	void lastWeeksAreSevenDays() {
		Measure sixWeeks = count(Source.REQUESTS, new Filter.Any(), last(6, PeriodUnit.WEEKS));
		Entity company = Entity.company(1, "Acme")
				.request(new CrmRecord.Request(AS_OF.minusDays(42), "open", "Bug", "high"))
				.request(new CrmRecord.Request(AS_OF.minusDays(41), "open", "Bug", "high"));

		assertEquals(1, countOf(sixWeeks, company));
	}

	@Test
	void nextDaysStartAfterAsOf() {
		Measure next365 = count(Source.ACTIVITIES, new Filter.Not(new Filter.Completed()),
				new Window.Next(365, PeriodUnit.DAYS));
		Entity project = new Entity(EntityType.PROJECT, 1, "Upgrade")
				.activity(new CrmRecord.Activity(AS_OF, "task", "none", null, false))
				.activity(new CrmRecord.Activity(AS_OF.plusDays(1), "task", "none", null, false))
				.activity(new CrmRecord.Activity(AS_OF.plusDays(365), "task", "none", null, false))
				.activity(new CrmRecord.Activity(AS_OF.plusDays(366), "task", "none", null, false))
				.activity(new CrmRecord.Activity(AS_OF.plusDays(2), "task", "none", null, true));

		assertEquals(2, countOf(next365, project), "as-of+1 and as-of+365 count");
	}

	@Test
	void allTimeCountsRecordsWithoutDate() {
		Measure all = count(Source.ACTIVITIES, new Filter.Any(), new Window.AllTime());
		Entity company = Entity.company(1, "Acme")
				.activity(activity(null, "none"))
				.activity(activity(AS_OF.plusYears(5), "none"));

		assertEquals(2, countOf(all, company));
	}

	@Test
	void sumAmountOfSoldSales() {
		Measure sum = new Measure.SumAmount(Source.SALES, field(RecordField.SALE_STATUS, "sold"),
				last(12, PeriodUnit.MONTHS));
		Entity company = Entity.company(1, "Acme")
				.sale(sale(AS_OF, "sold", 1500))
				.sale(sale(AS_OF.minusMonths(12), "sold", 99_000))
				.sale(sale(AS_OF.minusDays(3), "lost", 700))
				.sale(new CrmRecord.Sale(AS_OF.minusDays(3), "sold", new BigDecimal("250.50")))
				.sale(new CrmRecord.Sale(AS_OF.minusDays(4), "sold", null));

		assertEquals(new BigDecimal("1750.5"), measure(sum, company.build()).number());
	}

	@Test
	void sumAmountWithoutSalesIsZero() {
		Measure sum = new Measure.SumAmount(Source.SALES, new Filter.Any(), new Window.AllTime());

		assertEquals(BigDecimal.ZERO, measure(sum, Entity.company(1, "Acme").build()).number());
	}

	@Test
	void daysSinceLastIsInfiniteWithoutRecords() {
		Measure since = new Measure.DaysSinceLast(Source.ACTIVITIES, new Filter.Completed());
		Entity project = new Entity(EntityType.PROJECT, 1, "Upgrade")
				.activity(new CrmRecord.Activity(AS_OF.minusDays(3), "task", "none", null, false));

		CounterValue value = measure(since, project.build());

		assertTrue(value.isInfinite());
		assertTrue(value.satisfies(Operator.GREATER, BigDecimal.valueOf(14)), "infinite > 14");
		assertFalse(value.satisfies(Operator.LESS, BigDecimal.valueOf(14)), "infinite < 14");
	}

	@Test
	void daysSinceLastIgnoresFutureRecords() {
		Measure since = new Measure.DaysSinceLast(Source.ACTIVITIES, new Filter.Completed());
		Entity project = new Entity(EntityType.PROJECT, 1, "Upgrade")
				.activity(new CrmRecord.Activity(AS_OF.minusDays(20), "task", "none", null, true))
				.activity(new CrmRecord.Activity(AS_OF.minusDays(15), "task", "none", null, true))
				.activity(new CrmRecord.Activity(AS_OF.plusDays(2), "task", "none", null, true));

		assertEquals(15, countOf(since, project));
	}

	@Test
	void daysSinceLastOnAsOfDateIsZero() {
		Measure since = new Measure.DaysSinceLast(Source.ACTIVITIES, new Filter.Any());

		assertEquals(0, countOf(since, Entity.company(1, "Acme").activity(activity(AS_OF, "none"))));
	}

	@Test
	void daysUntilNextCountsFromAsOf() {
		Measure until = new Measure.DaysUntilNext(Source.ACTIVITIES, new Filter.Any());
		Entity company = Entity.company(1, "Acme")
				.activity(activity(AS_OF, "none"))
				.activity(activity(AS_OF.plusDays(9), "none"))
				.activity(activity(AS_OF.plusDays(4), "none"));

		assertEquals(4, countOf(until, company));
		assertTrue(measure(until, Entity.company(2, "Empty").build()).isInfinite());
	}

	@Test
	void filterAndOrNotAndIn() {
		Filter marketingOrSale = field(RecordField.ACTIVITY_INTENT, "marketing", "SALE");
		Filter notIncoming = new Filter.Not(field(RecordField.ACTIVITY_DIRECTION, "incoming"));
		Filter phoneOrEmail = new Filter.Or(field(RecordField.ACTIVITY_TYPE, "phone"),
				field(RecordField.ACTIVITY_TYPE, "email"));
		Measure measure = count(Source.ACTIVITIES,
				new Filter.And(marketingOrSale, new Filter.And(notIncoming, phoneOrEmail)), new Window.AllTime());
		Entity company = Entity.company(1, "Acme")
				.activity(new CrmRecord.Activity(AS_OF, "phone", "outgoing", "Marketing", true))
				.activity(new CrmRecord.Activity(AS_OF, "email", "none", "Sale", false))
				.activity(new CrmRecord.Activity(AS_OF, "email", "incoming", "Sale", false))
				.activity(new CrmRecord.Activity(AS_OF, "fax", "outgoing", "Sale", false))
				.activity(new CrmRecord.Activity(AS_OF, "phone", "outgoing", "Support", false));

		assertEquals(2, countOf(measure, company));
	}

	@Test
	void notEqualSkipsRecordsWithoutValue() {
		Measure notMarketing = count(Source.ACTIVITIES,
				new Filter.FieldIn(RecordField.ACTIVITY_INTENT, List.of("Marketing"), true), new Window.AllTime());
		Entity company = Entity.company(1, "Acme")
				.activity(new CrmRecord.Activity(AS_OF, "phone", "outgoing", null, true))
				.activity(new CrmRecord.Activity(AS_OF, "phone", "outgoing", "Sale", true))
				.activity(new CrmRecord.Activity(AS_OF, "phone", "outgoing", "Marketing", true));

		assertEquals(1, countOf(notMarketing, company));
	}

	@Test
	void amountClassAndAmountFilters() {
		AmountClass large = new AmountClass("large", BigDecimal.valueOf(10_000), null);
		AmountClass medium = new AmountClass("medium", BigDecimal.valueOf(1_000), BigDecimal.valueOf(10_000));
		Entity company = Entity.company(1, "Acme")
				.sale(sale(AS_OF, "sold", 999))
				.sale(sale(AS_OF, "sold", 1_000))
				.sale(sale(AS_OF, "sold", 9_999))
				.sale(sale(AS_OF, "sold", 10_000))
				.sale(new CrmRecord.Sale(AS_OF, "sold", null));

		assertEquals(1, countOf(count(Source.SALES, new Filter.InAmountClass(large), new Window.AllTime()), company));
		assertEquals(2, countOf(count(Source.SALES, new Filter.InAmountClass(medium), new Window.AllTime()), company));
		assertEquals(2, countOf(count(Source.SALES,
				new Filter.AmountCompare(Operator.GREATER_OR_EQUAL, BigDecimal.valueOf(9_999)), new Window.AllTime()),
				company));
	}

	@Test
	void criteriaAndOrNot() {
		Criterion fewOutgoing = compare(OUTGOING_90_DAYS, Operator.LESS, 2);
		Criterion ongoing = new Criterion.FieldIn("project.status", List.of("ongoing"), false);
		Entity quiet = Entity.company(1, "Quiet").activity(activity(AS_OF, "outgoing")).field("project.status", "Ongoing");
		Entity busy = Entity.company(2, "Busy").activity(activity(AS_OF, "outgoing"))
				.activity(activity(AS_OF, "outgoing"));
		Evaluator evaluator = new Evaluator(rules(), AS_OF);

		assertTrue(holds(evaluator, new Criterion.And(fewOutgoing, ongoing), quiet));
		assertFalse(holds(evaluator, new Criterion.And(fewOutgoing, ongoing), busy));
		assertTrue(holds(evaluator, new Criterion.Or(fewOutgoing, ongoing), quiet));
		assertFalse(holds(evaluator, new Criterion.Or(fewOutgoing, ongoing), busy));
		assertTrue(holds(evaluator, new Criterion.Not(fewOutgoing), busy));
		assertFalse(holds(evaluator, new Criterion.Not(ongoing), quiet));
	}

	@Test
	void fieldCriteriaInAndNotIn() {
		Criterion completedOrStopped = new Criterion.FieldIn("project.status", List.of("completed", "stopped"), false);
		Criterion notCompleted = new Criterion.FieldIn("project.status", List.of("completed"), true);
		Evaluator evaluator = new Evaluator(rules(), AS_OF);
		Entity stopped = new Entity(EntityType.PROJECT, 1, "A").field("project.status", "stopped");
		Entity ongoing = new Entity(EntityType.PROJECT, 2, "B").field("project.status", "ongoing");
		Entity unknown = new Entity(EntityType.PROJECT, 3, "C");

		assertTrue(holds(evaluator, completedOrStopped, stopped));
		assertFalse(holds(evaluator, completedOrStopped, ongoing));
		assertTrue(holds(evaluator, notCompleted, ongoing));
		assertFalse(holds(evaluator, completedOrStopped, unknown), "no value");
		assertFalse(holds(evaluator, notCompleted, unknown), "no value");
	}

	@Test
	void personCompanyCategoryField() {
		Criterion aCustomer = new Criterion.FieldIn("person.company.category", List.of("A-kunde"), false);
		Entity person = new Entity(EntityType.PERSON, 5, "Kari").field("person.company.category", "A-kunde");

		assertTrue(holds(new Evaluator(rules(), AS_OF), aCustomer, person));
	}

	@Test
	void statusesInRankOrder() {
		Criterion always = compare(count(Source.ACTIVITIES, new Filter.Any(), new Window.AllTime()), Operator.GREATER_OR_EQUAL, 0);
		Criterion never = compare(count(Source.ACTIVITIES, new Filter.Any(), new Window.AllTime()), Operator.LESS, 0);
		StatusDefinition third = status("Third", EntityType.COMPANY, 30, always);
		StatusDefinition first = status("First", EntityType.COMPANY, 5, always);
		StatusDefinition second = status("Second", EntityType.COMPANY, 10, always);
		StatusDefinition missing = status("Missing", EntityType.COMPANY, 1, never);
		StatusDefinition project = status("Project", EntityType.PROJECT, 1, always);
		Evaluator evaluator = new Evaluator(rules(third, first, missing, project, second), AS_OF);

		EntityResult result = evaluator.evaluate(Entity.company(1, "Acme").build());

		assertEquals(List.of("First", "Second", "Third"), result.statuses().stream().map(StatusDefinition::name).toList());
		assertEquals(1, result.counters().size(), "one distinct counter shared by four statuses");
	}

	@Test
	void neglectedCustomerFromExample() {
		StatusDefinition neglected = status("Neglected customer", EntityType.COMPANY, 20,
				compare(OUTGOING_90_DAYS, Operator.LESS, 2));
		Evaluator evaluator = new Evaluator(rules(neglected), AS_OF);
		Entity oneRecent = Entity.company(1, "A").activity(activity(AS_OF, "outgoing"))
				.activity(activity(LocalDate.of(2017, 10, 2), "outgoing"));
		Entity twoRecent = Entity.company(2, "B").activity(activity(AS_OF, "outgoing"))
				.activity(activity(LocalDate.of(2017, 10, 3), "outgoing"));

		assertTrue(evaluator.evaluate(oneRecent.build()).has("Neglected customer"));
		assertFalse(evaluator.evaluate(twoRecent.build()).has("Neglected customer"));
	}

	private static boolean holds(Evaluator evaluator, Criterion criterion, Entity entity) {
		EntitySnapshot snapshot = entity.build();
		return evaluator.holds(criterion, snapshot, java.util.Map.of());
	}
}
