package no.saint.ui.session;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import no.saint.model.crm.Activity;
import no.saint.model.crm.ActivityType;
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
 * Builds the CRM of Bridgecom, a small telecom reseller: associates,
 * companies with persons, projects, activities, sales and requests dated
 * relative to an as-of date. Every company gets one of a few profiles, so
 * that each status of the example rules matches some companies.
 */
// TODO: use the store's Bridgecom demo generator once the store publishes one.
public final class DemoData {

	private static final String[] COMPANY_NAMES = { "Aasen Elektro", "Bergen Bilutleie", "Birkeland Bygg",
		"Dale Regnskap", "Eide Transport", "Fjordkraft Service", "Fosen Fisk", "Gausdal Hytteutleie",
		"Haugland Maskin", "Hovden Sport", "Jæren Gartneri", "Karmøy Marina", "Kvam Kafé", "Lillehammer Lys",
		"Lyngdal Rør", "Moss Medisinske", "Nordlys Reiser", "Orkla Tekstil", "Ørsta IL", "Raufoss Metall",
		"Rena Rådgivning", "Sande Snekkeri", "Sogn Frukt", "Stord Verft", "Sunndal Smie", "Tinn Energi",
		"Tromsø Tannlegesenter", "Ulstein Utleie", "Valdres Vekst", "Vik Veiservice", "Voss Vinter",
		"Åndalsnes Fjellsport" };
	private static final String[] FIRST_NAMES = { "Anne", "Bjørn", "Camilla", "Dag", "Eva", "Frode", "Guro",
		"Håkon", "Ingrid", "Jon", "Kari", "Lars", "Marit", "Nils", "Ola", "Siri" };
	private static final String[] LAST_NAMES = { "Berg", "Dahl", "Hansen", "Johansen", "Lie", "Moen", "Nilsen",
		"Strand", "Haugen", "Bakke" };
	private static final String[] SALESPEOPLE = { "Kristin Vold", "Per Solberg", "Tone Lunde" };

	private final CrmFactory factory = CrmFactory.eINSTANCE;
	private final LocalDate asOf;
	private final Random random = new Random(2017);
	private final List<CrmObject> objects = new ArrayList<>();
	private final List<Associate> associates = new ArrayList<>();
	private ListValue customerA;
	private ListValue customerB;
	private ListValue marketing;
	private ListValue service;

	private DemoData(LocalDate asOf) {
		this.asOf = asOf;
	}

	/** Returns every object of the demo CRM, ready for {@code CrmStore.saveAll}. */
	public static List<CrmObject> create(LocalDate asOf) {
		DemoData data = new DemoData(asOf);
		data.createListValues();
		data.createAssociates();
		for (int i = 0; i < COMPANY_NAMES.length; i++) {
			data.createCompany(i);
		}
		return data.objects;
	}

	private void createListValues() {
		customerA = listValue(ListKind.CATEGORY, "A-kunde");
		customerB = listValue(ListKind.CATEGORY, "B-kunde");
		marketing = listValue(ListKind.INTENT, "Marketing");
		service = listValue(ListKind.INTENT, "Service");
	}

	private ListValue listValue(ListKind kind, String name) {
		ListValue value = factory.createListValue();
		value.setKind(kind);
		value.setName(name);
		objects.add(value);
		return value;
	}

	private void createAssociates() {
		for (String name : SALESPEOPLE) {
			Associate associate = factory.createAssociate();
			associate.setName(name);
			associate.setUserGroup("Salg");
			objects.add(associate);
			associates.add(associate);
		}
	}

	private void createCompany(int index) {
		Company company = factory.createCompany();
		company.setName(COMPANY_NAMES[index]);
		company.setOwner(associates.get(index % associates.size()));
		company.setCategory(index % 3 == 0 ? customerA : customerB);
		company.setCountry("Norge");
		company.setPostcode(String.format("%04d", 1000 + random.nextInt(8000)));
		company.setBusiness(index % 2 == 0 ? "Handel" : "Tjenester");
		objects.add(company);

		List<Person> persons = new ArrayList<>();
		for (int i = 0; i < 1 + index % 3; i++) {
			persons.add(createPerson(company));
		}
		fillProfile(company, persons, index % 8);
		createProject(company, index);
	}

	private Person createPerson(Company company) {
		Person person = factory.createPerson();
		person.setName(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
				+ LAST_NAMES[random.nextInt(LAST_NAMES.length)]);
		person.setCompany(company);
		person.setOwner(company.getOwner());
		person.setPosition(random.nextBoolean() ? "Daglig leder" : "Innkjøper");
		objects.add(person);
		return person;
	}

	/**
	 * Gives the company the records of one profile: 0 and 1 are neglected (1
	 * with one recent outgoing activity, so a follow-up clears the status),
	 * 2 is expensive, 3 dormant, 4 has many requests, 5 is a key account, 6
	 * has an overdue sale and 7 is well looked after.
	 */
	private void fillProfile(Company company, List<Person> persons, int profile) {
		Person contact = persons.get(0);
		switch (profile) {
		case 0 -> activity(company, contact, ActivityType.PHONE, Direction.OUTGOING, null, 200, true);
		case 1 -> activity(company, contact, ActivityType.PHONE, Direction.OUTGOING, null, 20, true);
		case 2 -> {
			for (int i = 0; i < 11; i++) {
				activity(company, contact, ActivityType.EMAIL, Direction.OUTGOING, marketing, 5 + i * 12, true);
			}
		}
		case 3 -> {
			for (int i = 0; i < 6; i++) {
				activity(company, contact, ActivityType.PHONE, Direction.OUTGOING, null, 3 + i * 11, true);
			}
		}
		case 4 -> {
			regularContact(company, contact);
			for (int i = 0; i < 7; i++) {
				request(company, contact, 2 + i * 4);
			}
		}
		case 5 -> {
			regularContact(company, contact);
			sale(company, contact, SaleStatus.SOLD, 30_000, 40);
			sale(company, contact, SaleStatus.SOLD, 25_000, 150);
		}
		case 6 -> {
			regularContact(company, contact);
			sale(company, contact, SaleStatus.OPEN, 12_000, 25);
		}
		default -> {
			regularContact(company, contact);
			sale(company, contact, SaleStatus.SOLD, 4_000, 200);
		}
		}
	}

	private void regularContact(Company company, Person contact) {
		activity(company, contact, ActivityType.APPOINTMENT, Direction.OUTGOING, service, 10, true);
		activity(company, contact, ActivityType.PHONE, Direction.OUTGOING, service, 30, true);
		activity(company, contact, ActivityType.EMAIL, Direction.INCOMING, service, 45, true);
	}

	private void createProject(Company company, int index) {
		Project project = factory.createProject();
		project.setName("Sentralbord " + company.getName());
		project.setCompany(company);
		project.setOwner(company.getOwner());
		project.setStatus(index % 4 == 0 ? ProjectStatus.COMPLETED : ProjectStatus.ONGOING);
		objects.add(project);
		Activity kickOff = activity(company, null, ActivityType.APPOINTMENT, Direction.OUTGOING, null,
				index % 2 == 0 ? 5 : 40, true);
		// Linked to the project only, so that it does not count as contact with the company.
		kickOff.setCompany(null);
		kickOff.setProject(project);
		kickOff.setText("Prosjektmøte");
	}

	private Activity activity(Company company, Person person, ActivityType type, Direction direction,
			ListValue intent, int daysAgo, boolean completed) {
		Activity activity = factory.createActivity();
		activity.setCompany(company);
		activity.setPerson(person);
		activity.setOwner(company.getOwner());
		activity.setType(type);
		activity.setDirection(direction);
		activity.setIntent(intent);
		activity.setDate(asOf.minusDays(daysAgo));
		activity.setCompleted(completed);
		activity.setText(type.getLiteral() + " " + company.getName());
		objects.add(activity);
		return activity;
	}

	private void sale(Company company, Person person, SaleStatus status, int amount, int daysAgo) {
		Sale sale = factory.createSale();
		sale.setCompany(company);
		sale.setPerson(person);
		sale.setOwner(company.getOwner());
		sale.setStatus(status);
		sale.setAmount(BigDecimal.valueOf(amount));
		sale.setDate(asOf.minusDays(daysAgo));
		sale.setRegisteredDate(asOf.minusDays(daysAgo + 30));
		sale.setProduct("Bedriftstelefoni");
		sale.setText("Bedriftstelefoni til " + company.getName());
		objects.add(sale);
	}

	private void request(Company company, Person person, int daysAgo) {
		Request request = factory.createRequest();
		request.setCompany(company);
		request.setPerson(person);
		request.setOwner(company.getOwner());
		request.setStatus(daysAgo > 10 ? RequestStatus.CLOSED : RequestStatus.OPEN);
		request.setPriority("Normal");
		request.setDate(asOf.minusDays(daysAgo));
		request.setText("Feil på sentralbordet");
		objects.add(request);
	}
}
