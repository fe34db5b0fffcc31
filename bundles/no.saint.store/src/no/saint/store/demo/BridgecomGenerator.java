package no.saint.store.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import no.saint.model.crm.Activity;
import no.saint.model.crm.ActivityType;
import no.saint.model.crm.AmountClass;
import no.saint.model.crm.Associate;
import no.saint.model.crm.Company;
import no.saint.model.crm.CrmFactory;
import no.saint.model.crm.CrmObject;
import no.saint.model.crm.Direction;
import no.saint.model.crm.ListKind;
import no.saint.model.crm.ListValue;
import no.saint.model.crm.Person;
import no.saint.model.crm.Project;
import no.saint.model.crm.ProjectStatus;
import no.saint.model.crm.Request;
import no.saint.model.crm.RequestStatus;
import no.saint.model.crm.Sale;
import no.saint.model.crm.SaleStatus;

/**
 * Generates the CRM of Bridgecom, the example company of the user guide, at
 * any size. Companies follow a cycle of ten profiles: a neglected customer, a
 * dormant one, an expensive one, a big customer, projects in every status and
 * more. So each example status of the rules language matches some companies,
 * persons or projects and misses others. Every date lies relative
 * to the as-of date, so the statuses hold when evaluated on that date.
 * <p>
 * The same seed, as-of date and size give the same data. On average a
 * company has {@value #ACTIVITIES_PER_COMPANY} activities and 2.5 sales;
 * for a multiple of ten companies the totals are exact (100,000 companies:
 * 1,000,000 activities and 250,000 sales).
 */
public final class BridgecomGenerator {

	public static final int ACTIVITIES_PER_COMPANY = 10;

	/** Company profiles, in the order of the cycle. */
	enum Profile {
		/** Much marketing, at most one sale in the last six months: "Dyr kunde". */
		EXPENSIVE(12, 2),
		/** No activity in the last 90 days: "Forsømt kunde". */
		NEGLECTED(4, 2),
		/** Outgoing activities only in the last 90 days: "Sovende kunde". */
		DORMANT(8, 2),
		/** Regular contact both ways and recent sales: matches no company status. */
		LOYAL(12, 3),
		/** No open or sold sale in the last two years: "Trenger oppgradering". */
		NEEDS_UPGRADE(8, 2),
		/** Seven requests in the last six weeks: "Mange forespørsler". */
		MANY_REQUESTS(10, 2),
		/** Three large sales in the last year: "Storkunde". */
		BIG_CUSTOMER(10, 4),
		/** An A-kunde with a contact person without any activity: "Kontaktperson uten oppfølging". */
		FORGOTTEN_CONTACT(10, 2),
		/** Projects in every status, neglected and active, with and without sales. */
		PROJECTS(14, 4),
		/** Activities over three years and the next two months. */
		ORDINARY(12, 2);

		final int activities;
		final int sales;

		Profile(int activities, int sales) {
			this.activities = activities;
			this.sales = sales;
		}
	}

	private static final CrmFactory FACTORY = CrmFactory.eINSTANCE;

	private static final String[] PLACES = { "\u00d8rsta", "Volda", "Bergen", "Troms\u00f8", "\u00c5lesund", "Bod\u00f8",
			"Hamar", "Molde", "Stryn", "Fl\u00f8rli", "Sk\u00e5ra", "Lillehammer", "Kristiansund", "Fitjar" };
	private static final String[] TRADES = { "Bygg", "Data", "Fisk", "Transport", "Regnskap", "Elektro", "M\u00f8bler",
			"Energi", "Reiseliv", "Helse", "Marine", "R\u00f8r" };
	private static final String[] FORMS = { "AS", "ASA", "SA", "ANS" };
	private static final String[] FIRST_NAMES = { "Kari", "Ola", "Ingrid", "Per", "Siri", "Bj\u00f8rn", "\u00c5se",
			"Jens", "Marte", "Sigurd", "Hege", "\u00d8yvind", "Lise", "Tor" };
	private static final String[] LAST_NAMES = { "Nordmann", "Hansen", "Johansen", "Olsen", "Berg", "Haugen",
			"S\u00e6ther", "Dahl", "Lie", "Strand", "Fjeld", "\u00d8deg\u00e5rd" };
	private static final String[] POSITIONS = { "Daglig leder", "Innkj\u00f8psansvarlig", "IT-sjef", "\u00d8konomisjef",
			"Prosjektleder" };
	private static final String[] INTENTS = { "Marketing", "Sale", "Support", "Follow-up" };
	private static final String[] CATEGORIES = { "A-kunde", "B-kunde", "C-kunde" };
	private static final String[] PROJECT_TYPES = { "Utvikling", "Installasjon", "Service" };
	private static final String[] REQUEST_CATEGORIES = { "Support", "Faktura", "Klage" };
	private static final String[] PRODUCTS = { "Bredb\u00e5nd 500", "Bedriftsnett", "Mobilabonnement", "Sentralbord",
			"Fiberlinje" };

	private final Random random;
	private final LocalDate asOf;
	private final List<Associate> associates = new ArrayList<>();
	private final List<ListValue> intents = new ArrayList<>();
	private final List<ListValue> categories = new ArrayList<>();
	private final List<ListValue> projectTypes = new ArrayList<>();
	private final List<ListValue> requestCategories = new ArrayList<>();

	/** Creates a generator whose dates lie around {@code asOf}. */
	public BridgecomGenerator(long seed, LocalDate asOf) {
		this.random = new Random(seed);
		this.asOf = asOf;
	}

	/**
	 * Generates {@code companies} companies. The first chunk passed to
	 * {@code sink} contains the associates, list values and amount classes, and
	 * each further chunk contains one company with its persons, projects and records.
	 */
	public void generate(int companies, Consumer<List<CrmObject>> sink) {
		sink.accept(sharedObjects(companies));
		Profile[] profiles = Profile.values();
		for (int index = 0; index < companies; index++) {
			sink.accept(company(index, profiles[index % profiles.length]));
		}
	}

	private List<CrmObject> sharedObjects(int companies) {
		List<CrmObject> objects = new ArrayList<>();
		int associateCount = Math.max(5, Math.min(200, companies / 50));
		for (int i = 0; i < associateCount; i++) {
			Associate associate = FACTORY.createAssociate();
			associate.setName(personName());
			associate.setUserGroup(i % 4 == 0 ? "Marked" : "Salg");
			associate.setRegionalOffice(PLACES[i % PLACES.length]);
			associate.setManager(i == 0 ? null : associates.get(0).getName());
			associates.add(associate);
		}
		objects.addAll(associates);
		addListValues(objects, intents, ListKind.INTENT, INTENTS);
		addListValues(objects, categories, ListKind.CATEGORY, CATEGORIES);
		addListValues(objects, projectTypes, ListKind.PROJECT_TYPE, PROJECT_TYPES);
		addListValues(objects, requestCategories, ListKind.REQUEST_CATEGORY, REQUEST_CATEGORIES);
		objects.add(amountClass("small", null, "1000"));
		objects.add(amountClass("medium", "1000", "10000"));
		objects.add(amountClass("large", "10000", null));
		return objects;
	}

	private static void addListValues(List<CrmObject> objects, List<ListValue> target, ListKind kind, String[] names) {
		for (String name : names) {
			ListValue value = FACTORY.createListValue();
			value.setKind(kind);
			value.setName(name);
			target.add(value);
			objects.add(value);
		}
	}

	private static AmountClass amountClass(String name, String lower, String upper) {
		AmountClass amountClass = FACTORY.createAmountClass();
		amountClass.setName(name);
		amountClass.setLowerBound(lower == null ? null : new BigDecimal(lower));
		amountClass.setUpperBound(upper == null ? null : new BigDecimal(upper));
		return amountClass;
	}

	private List<CrmObject> company(int index, Profile profile) {
		CompanyData data = new CompanyData(index, profile);
		switch (profile) {
		case EXPENSIVE -> expensive(data);
		case NEGLECTED -> neglected(data);
		case DORMANT -> dormant(data);
		case LOYAL -> loyal(data);
		case NEEDS_UPGRADE -> needsUpgrade(data);
		case MANY_REQUESTS -> manyRequests(data);
		case BIG_CUSTOMER -> bigCustomer(data);
		case FORGOTTEN_CONTACT -> forgottenContact(data);
		case PROJECTS -> projects(data);
		case ORDINARY -> ordinary(data);
		}
		return data.objects;
	}

	private void expensive(CompanyData data) {
		for (int i = 0; i < 12; i++) {
			data.activity(pick(ActivityType.values()), pick(Direction.values()), intents.get(0), daysAgo(1, 170), true);
		}
		data.sale(SaleStatus.SOLD, amount(1000, 9000), daysAgo(220, 300));
		data.sale(SaleStatus.LOST, amount(1000, 9000), daysAgo(10, 150));
	}

	private void neglected(CompanyData data) {
		for (int i = 0; i < 4; i++) {
			data.activity(pick(ActivityType.values()), pick(Direction.values()), maybeIntent(), daysAgo(100, 700), true);
		}
		data.sale(SaleStatus.OPEN, amount(500, 5000), daysAgo(200, 400));
		data.sale(SaleStatus.LOST, amount(500, 5000), daysAgo(400, 600));
		data.request(daysAgo(100, 300));
	}

	private void dormant(CompanyData data) {
		for (int i = 0; i < 6; i++) {
			data.activity(pick(ActivityType.values()), Direction.OUTGOING, maybeIntent(), daysAgo(1, 85), true);
		}
		data.activity(ActivityType.PHONE, Direction.INCOMING, maybeIntent(), daysAgo(120, 400), true);
		data.activity(ActivityType.EMAIL, Direction.INCOMING, maybeIntent(), daysAgo(120, 400), true);
		data.sale(SaleStatus.SOLD, amount(500, 5000), daysAgo(200, 500));
		data.sale(SaleStatus.OPEN, amount(500, 5000), daysAgo(30, 90));
	}

	private void loyal(CompanyData data) {
		data.company.setCategory(categories.get(0));
		Direction[] directions = { Direction.INCOMING, Direction.OUTGOING };
		for (int i = 0; i < 10; i++) {
			data.activity(pick(ActivityType.values()), directions[i % 2], maybeIntent(), daysAgo(1, 80), true);
		}
		data.activity(ActivityType.APPOINTMENT, Direction.OUTGOING, intents.get(1), daysAhead(1, 30), false);
		data.activity(ActivityType.TASK, Direction.NONE, intents.get(3), daysAhead(5, 60), false);
		data.sale(SaleStatus.SOLD, amount(500, 9000), daysAgo(10, 120));
		data.sale(SaleStatus.SOLD, amount(500, 9000), daysAgo(130, 300));
		data.sale(SaleStatus.OPEN, amount(1000, 9000), daysAhead(10, 90));
		data.request(daysAgo(5, 60));
	}

	private void needsUpgrade(CompanyData data) {
		for (int i = 0; i < 8; i++) {
			data.activity(pick(ActivityType.values()), pick(Direction.values()), maybeIntent(), daysAgo(1, 500), true);
		}
		data.sale(SaleStatus.LOST, amount(500, 9000), daysAgo(10, 300));
		data.sale(SaleStatus.SOLD, amount(500, 9000), daysAgo(800, 1000));
	}

	private void manyRequests(CompanyData data) {
		for (int i = 0; i < 10; i++) {
			data.activity(pick(ActivityType.values()), pick(Direction.values()), intents.get(2), daysAgo(1, 200), true);
		}
		for (int i = 0; i < 7; i++) {
			data.request(daysAgo(0, 40));
		}
		data.sale(SaleStatus.SOLD, amount(500, 5000), daysAgo(30, 200));
		data.sale(SaleStatus.OPEN, amount(500, 5000), daysAhead(10, 60));
	}

	private void bigCustomer(CompanyData data) {
		data.company.setCategory(categories.get(0));
		for (int i = 0; i < 10; i++) {
			data.activity(pick(ActivityType.values()), pick(Direction.values()), intents.get(1), daysAgo(1, 300), true);
		}
		for (int i = 0; i < 3; i++) {
			data.sale(SaleStatus.SOLD, amount(15000, 40000), daysAgo(10, 330));
		}
		data.sale(SaleStatus.OPEN, amount(10000, 30000), daysAhead(10, 120));
	}

	private void forgottenContact(CompanyData data) {
		data.company.setCategory(categories.get(0));
		// The first person gets no activity at all; the second gets every other one.
		Person active = data.persons.get(1);
		for (int i = 0; i < 10; i++) {
			Activity activity = data.activity(pick(ActivityType.values()), pick(Direction.values()), maybeIntent(),
					daysAgo(1, 150), true);
			activity.setPerson(i % 2 == 0 ? active : null);
		}
		data.sale(SaleStatus.SOLD, amount(500, 9000), daysAgo(30, 300));
		data.sale(SaleStatus.OPEN, amount(500, 9000), daysAhead(10, 60));
	}

	private void projects(CompanyData data) {
		Project active = data.project(ProjectStatus.ONGOING);
		Project neglected = data.project(ProjectStatus.ONGOING);
		Project idle = data.project(ProjectStatus.ONGOING);
		Project sold = data.project(ProjectStatus.COMPLETED);
		Project stopped = data.project(ProjectStatus.STOPPED);
		data.project(ProjectStatus.PLANNED);

		for (int i = 0; i < 4; i++) {
			data.activity(pick(ActivityType.values()), pick(Direction.values()), maybeIntent(), daysAgo(1, 10), true)
					.setProject(active);
		}
		data.activity(ActivityType.APPOINTMENT, Direction.OUTGOING, intents.get(1), daysAhead(3, 30), false)
				.setProject(active);
		for (int i = 0; i < 3; i++) {
			data.activity(pick(ActivityType.values()), pick(Direction.values()), maybeIntent(), daysAgo(20, 90), true)
					.setProject(neglected);
		}
		data.activity(ActivityType.TASK, Direction.NONE, null, daysAgo(5, 12), false).setProject(idle);
		for (int i = 0; i < 3; i++) {
			data.activity(pick(ActivityType.values()), pick(Direction.values()), maybeIntent(), daysAgo(100, 300), true)
					.setProject(i < 2 ? sold : stopped);
		}
		data.activity(pick(ActivityType.values()), pick(Direction.values()), maybeIntent(), daysAgo(1, 60), true);
		data.activity(ActivityType.DOCUMENT, Direction.OUTGOING, intents.get(1), daysAhead(1, 20), false);

		data.sale(SaleStatus.SOLD, amount(2000, 9000), daysAgo(100, 200)).setProject(sold);
		data.sale(SaleStatus.LOST, amount(2000, 9000), daysAgo(100, 200)).setProject(stopped);
		data.sale(SaleStatus.OPEN, amount(2000, 9000), daysAhead(10, 90)).setProject(active);
		data.sale(SaleStatus.OPEN, amount(500, 2000), daysAhead(10, 90));
	}

	private void ordinary(CompanyData data) {
		for (int i = 0; i < 10; i++) {
			data.activity(pick(ActivityType.values()), pick(Direction.values()), maybeIntent(), daysAgo(1, 1000),
					random.nextInt(5) > 0);
		}
		for (int i = 0; i < 2; i++) {
			data.activity(pick(ActivityType.values()), pick(Direction.values()), maybeIntent(), daysAhead(1, 60), false);
		}
		data.sale(pick(SaleStatus.values()), amount(100, 9000), daysAgo(1, 600));
		data.sale(SaleStatus.OPEN, amount(100, 9000), daysAhead(1, 120));
		if (random.nextBoolean()) {
			data.request(daysAgo(1, 300));
		}
	}

	/** One company with its persons under construction, and the records added to it. */
	private final class CompanyData {

		final Company company;
		final List<Person> persons = new ArrayList<>();
		final List<CrmObject> objects = new ArrayList<>();
		private int projects;

		CompanyData(int index, Profile profile) {
			company = FACTORY.createCompany();
			company.setName(pick(PLACES) + " " + pick(TRADES) + " " + pick(FORMS));
			company.setCategory(pick(categories));
			company.setBusiness(pick(TRADES));
			company.setCountry("Norge");
			company.setPostcode(String.format("%04d", 1 + random.nextInt(9990)));
			company.setOwner(pick(associates));
			company.setExternalId("bridgecom:" + index);
			objects.add(company);
			int personCount = profile == Profile.FORGOTTEN_CONTACT ? 2 : 1 + random.nextInt(3);
			for (int i = 0; i < personCount; i++) {
				Person person = FACTORY.createPerson();
				person.setName(personName());
				person.setCompany(company);
				person.setPosition(pick(POSITIONS));
				person.setOwner(company.getOwner());
				persons.add(person);
				objects.add(person);
			}
		}

		Activity activity(ActivityType type, Direction direction, ListValue intent, LocalDate date, boolean completed) {
			Activity activity = FACTORY.createActivity();
			activity.setType(type);
			activity.setDirection(direction);
			activity.setIntent(intent);
			activity.setDate(date);
			activity.setCompleted(completed);
			activity.setCompany(company);
			activity.setPerson(random.nextBoolean() ? pick(persons) : null);
			activity.setOwner(company.getOwner());
			objects.add(activity);
			return activity;
		}

		Sale sale(SaleStatus status, BigDecimal amount, LocalDate date) {
			Sale sale = FACTORY.createSale();
			sale.setStatus(status);
			sale.setAmount(status == SaleStatus.LOST ? BigDecimal.ZERO : amount);
			sale.setDate(date);
			sale.setRegisteredDate(date.minusDays(30 + random.nextInt(90)));
			sale.setProduct(pick(PRODUCTS));
			sale.setCompany(company);
			sale.setOwner(company.getOwner());
			objects.add(sale);
			return sale;
		}

		void request(LocalDate date) {
			Request request = FACTORY.createRequest();
			request.setStatus(date.isAfter(asOf.minusDays(14)) ? RequestStatus.OPEN : RequestStatus.CLOSED);
			request.setCategory(pick(requestCategories));
			request.setPriority(pick(new String[] { "low", "normal", "high" }));
			request.setDate(date);
			request.setCompany(company);
			request.setPerson(pick(persons));
			objects.add(request);
		}

		Project project(ProjectStatus status) {
			Project project = FACTORY.createProject();
			project.setName(company.getName().split(" ")[0] + " " + pick(PROJECT_TYPES).toLowerCase(java.util.Locale.ROOT)
					+ " " + (++projects));
			project.setType(pick(projectTypes));
			project.setStatus(status);
			project.setCompany(company);
			project.setOwner(company.getOwner());
			objects.add(project);
			return project;
		}
	}

	private String personName() {
		return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
	}

	private ListValue maybeIntent() {
		return random.nextInt(5) == 0 ? null : pick(intents);
	}

	/** Returns a date from {@code min} to {@code max} days before the as-of date. */
	private LocalDate daysAgo(int min, int max) {
		return asOf.minusDays(min + random.nextInt(max - min + 1));
	}

	/** Returns a date from {@code min} to {@code max} days after the as-of date. */
	private LocalDate daysAhead(int min, int max) {
		return asOf.plusDays(min + random.nextInt(max - min + 1));
	}

	private BigDecimal amount(int min, int max) {
		return BigDecimal.valueOf(min + random.nextInt(max - min + 1));
	}

	private <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
