package no.saint.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import no.saint.model.crm.Activity;
import no.saint.model.crm.ActivityType;
import no.saint.model.crm.CrmObject;
import no.saint.model.crm.Direction;
import no.saint.model.crm.EntityType;
import no.saint.model.crm.ProjectStatus;
import no.saint.model.crm.RequestStatus;
import no.saint.model.crm.Sale;
import no.saint.model.crm.SaleStatus;
import no.saint.store.EntityRecords;
import no.saint.store.EntityRecords.ActivityRow;
import no.saint.store.EntityRecords.SaleRow;
import no.saint.store.demo.BridgecomGenerator;
import no.saint.store.demo.DemoLoader;
import no.saint.store.tests.TestDatabase.Backend;

class BridgecomGeneratorTest {

	/** The fixed as-of date of the tests; the other case is the day the test runs. */
	static final LocalDate FIXED_AS_OF = LocalDate.of(2017, 12, 31);

	@Test
	void sameSeedSameData() {
		List<CrmObject> first = generate(42, 30);
		List<CrmObject> second = generate(42, 30);
		List<CrmObject> otherSeed = generate(43, 30);

		assertEquals(first.size(), second.size());
		for (int i = 0; i < first.size(); i++) {
			assertTrue(EcoreUtil.equals(first.get(i), second.get(i)), "object " + i + " differs");
		}
		assertFalse(EcoreUtil.equals(first, otherSeed));
	}

	@Test
	void exactTotalsForMultipleOfTen() {
		List<CrmObject> objects = generate(1, 1000);

		assertEquals(10_000, objects.stream().filter(Activity.class::isInstance).count());
		assertEquals(2_500, objects.stream().filter(Sale.class::isInstance).count());
	}

	@Test
	void everyTypeDirectionAndStatusOccurs() {
		List<CrmObject> objects = generate(1, 100);
		List<Activity> activities = objects.stream().filter(Activity.class::isInstance).map(Activity.class::cast)
				.toList();

		for (ActivityType type : ActivityType.values()) {
			assertTrue(activities.stream().anyMatch(activity -> activity.getType() == type), type.getLiteral());
		}
		for (Direction direction : Direction.values()) {
			assertTrue(activities.stream().anyMatch(activity -> activity.getDirection() == direction),
					direction.getLiteral());
		}
		for (String intent : List.of("Marketing", "Sale", "Support", "Follow-up")) {
			assertTrue(activities.stream()
					.anyMatch(activity -> activity.getIntent() != null && intent.equals(activity.getIntent().getName())),
					intent);
		}
		for (ProjectStatus status : ProjectStatus.values()) {
			assertTrue(objects.stream().anyMatch(
					object -> object instanceof no.saint.model.crm.Project project && project.getStatus() == status),
					status.getLiteral());
		}
		for (RequestStatus status : RequestStatus.values()) {
			assertTrue(objects.stream().anyMatch(
					object -> object instanceof no.saint.model.crm.Request request && request.getStatus() == status),
					status.getLiteral());
		}
	}

	static Stream<Arguments> asOfDates() {
		return Stream.of(Arguments.of(FIXED_AS_OF), Arguments.of(LocalDate.now()));
	}

	/**
	 * Evaluates the example statuses of the rules language by hand over the
	 * stored demo data: each must match some entities and miss others.
	 */
	@ParameterizedTest
	@MethodSource("asOfDates")
	void exampleStatusesMatchSomeAndMissOthers(LocalDate asOf) throws Exception {
		try (TestDatabase database = TestDatabase.create(Backend.H2)) {
			DemoLoader.load(new BridgecomGenerator(7, asOf), 100, database.store());
			List<EntityRecords> companies = read(database, EntityType.COMPANY);
			List<EntityRecords> persons = read(database, EntityType.PERSON);
			List<EntityRecords> projects = read(database, EntityType.PROJECT);

			Map<String, Predicate<EntityRecords>> companyStatuses = new LinkedHashMap<>();
			companyStatuses.put("Forsømt kunde", e -> countActivities(e, a -> a.direction() == Direction.OUTGOING,
					lastDays(asOf, 90)) < 2);
			companyStatuses.put("Dyr kunde", e -> countActivities(e, a -> "Marketing".equals(a.intent()),
					lastMonths(asOf, 6)) >= 10 && countSales(e, s -> s.status() == SaleStatus.SOLD, lastMonths(asOf, 6)) <= 1);
			companyStatuses.put("Sovende kunde", e -> countActivities(e, a -> a.direction() == Direction.INCOMING,
					lastDays(asOf, 90)) == 0
					&& countActivities(e, a -> a.direction() == Direction.OUTGOING, lastDays(asOf, 90)) >= 5);
			companyStatuses.put("Trenger oppgradering", e -> countSales(e, s -> s.status() != SaleStatus.LOST,
					lastYears(asOf, 2)) == 0);
			companyStatuses.put("Mange forespørsler", e -> e.requests().stream()
					.filter(r -> lastDays(asOf, 42).test(r.date())).count() > 5);
			companyStatuses.put("Storkunde", e -> countSales(e, s -> s.status() == SaleStatus.SOLD
					&& s.amount().compareTo(BigDecimal.valueOf(10000)) >= 0, lastMonths(asOf, 12)) >= 3
					|| e.sales().stream().filter(s -> s.status() == SaleStatus.SOLD && lastMonths(asOf, 12).test(s.date()))
							.map(SaleRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
							.compareTo(BigDecimal.valueOf(50000)) >= 0);
			for (Map.Entry<String, Predicate<EntityRecords>> status : companyStatuses.entrySet()) {
				assertMatchesSomeAndMissesOthers(status.getKey(), companies, status.getValue());
			}

			assertMatchesSomeAndMissesOthers("Forsømt prosjekt", projects, e -> isOngoing(e)
					&& daysSinceLastCompleted(e, asOf) > 14);
			assertMatchesSomeAndMissesOthers("Ulønnsomt prosjekt", projects,
					e -> (e.entity().projectStatus() == ProjectStatus.COMPLETED
							|| e.entity().projectStatus() == ProjectStatus.STOPPED)
							&& e.sales().stream().noneMatch(s -> s.status() == SaleStatus.SOLD));
			assertMatchesSomeAndMissesOthers("Prosjekt uten planlagte aktiviteter", projects, e -> isOngoing(e)
					&& countActivities(e, a -> !a.completed(), nextDays(asOf, 365)) == 0);
			assertMatchesSomeAndMissesOthers("Kontaktperson uten oppfølging", persons,
					e -> countActivities(e, a -> true, lastMonths(asOf, 6)) == 0
							&& "A-kunde".equals(e.entity().fields().get("company.category")));
		}
	}

	private static List<CrmObject> generate(long seed, int companies) {
		List<CrmObject> objects = new ArrayList<>();
		new BridgecomGenerator(seed, FIXED_AS_OF).generate(companies, objects::addAll);
		return objects;
	}

	private static List<EntityRecords> read(TestDatabase database, EntityType type) {
		List<EntityRecords> entities = new ArrayList<>();
		database.store().forEachEntity(type, entities::add);
		return entities;
	}

	private static void assertMatchesSomeAndMissesOthers(String status, List<EntityRecords> entities,
			Predicate<EntityRecords> criteria) {
		long matches = entities.stream().filter(criteria).count();
		assertTrue(matches > 0, status + " matches no entity");
		assertTrue(matches < entities.size(), status + " matches every entity");
	}

	private static boolean isOngoing(EntityRecords entity) {
		return entity.entity().projectStatus() == ProjectStatus.ONGOING;
	}

	private static long countActivities(EntityRecords entity, Predicate<ActivityRow> filter,
			Predicate<LocalDate> window) {
		return entity.activities().stream().filter(filter).filter(a -> window.test(a.date())).count();
	}

	private static long countSales(EntityRecords entity, Predicate<SaleRow> filter, Predicate<LocalDate> window) {
		return entity.sales().stream().filter(filter).filter(s -> window.test(s.date())).count();
	}

	private static long daysSinceLastCompleted(EntityRecords entity, LocalDate asOf) {
		return entity.activities().stream().filter(ActivityRow::completed).map(ActivityRow::date)
				.filter(date -> !date.isAfter(asOf)).max(LocalDate::compareTo)
				.map(date -> ChronoUnit.DAYS.between(date, asOf)).orElse(Long.MAX_VALUE);
	}

	/** Dates after as-of minus {@code days} and on or before as-of, as the rules language defines "last N days". */
	private static Predicate<LocalDate> lastDays(LocalDate asOf, int days) {
		return date -> date != null && date.isAfter(asOf.minusDays(days)) && !date.isAfter(asOf);
	}

	private static Predicate<LocalDate> lastMonths(LocalDate asOf, int months) {
		return date -> date != null && date.isAfter(asOf.minusMonths(months)) && !date.isAfter(asOf);
	}

	private static Predicate<LocalDate> lastYears(LocalDate asOf, int years) {
		return date -> date != null && date.isAfter(asOf.minusYears(years)) && !date.isAfter(asOf);
	}

	private static Predicate<LocalDate> nextDays(LocalDate asOf, int days) {
		return date -> date != null && date.isAfter(asOf) && !date.isAfter(asOf.plusDays(days));
	}
}
