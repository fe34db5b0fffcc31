package no.saint.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import no.saint.model.crm.Activity;
import no.saint.model.crm.ActivityType;
import no.saint.model.crm.AmountClass;
import no.saint.model.crm.Associate;
import no.saint.model.crm.Company;
import no.saint.model.crm.CrmFactory;
import no.saint.model.crm.CrmObject;
import no.saint.model.crm.Direction;
import no.saint.model.crm.DynamicSelection;
import no.saint.model.crm.EntityType;
import no.saint.model.crm.ListKind;
import no.saint.model.crm.ListValue;
import no.saint.model.crm.Person;
import no.saint.model.crm.Project;
import no.saint.model.crm.ProjectStatus;
import no.saint.model.crm.Request;
import no.saint.model.crm.RequestStatus;
import no.saint.model.crm.Sale;
import no.saint.model.crm.SaleStatus;
import no.saint.model.crm.StaticSelection;
import no.saint.store.CrmChange;
import no.saint.store.CrmStore;
import no.saint.store.EntityRecords;
import no.saint.store.Page;
import no.saint.store.StoreException;
import no.saint.store.tests.TestDatabase.Backend;

class CrmStoreTest {

	private static final CrmFactory FACTORY = CrmFactory.eINSTANCE;

	@ParameterizedTest
	@EnumSource(Backend.class)
	void roundTripOfEveryType(Backend backend) throws Exception {
		try (TestDatabase database = TestDatabase.create(backend)) {
			List<CrmObject> objects = sampleCrm();
			List<CrmObject> shuffled = new ArrayList<>(objects);
			Collections.shuffle(shuffled, new Random(7));
			database.store().saveAll(shuffled);

			database.reopen();
			List<CrmObject> loaded = database.store().loadAll();

			assertEquals(objects.size(), loaded.size());
			for (CrmObject original : objects) {
				CrmObject copy = loaded.stream().filter(object -> object.getId() == original.getId()).findFirst()
						.orElseThrow(() -> new AssertionError("not loaded: " + original));
				assertTrue(EcoreUtil.equals(original, copy), () -> "differs after loading: " + original + " / " + copy);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void findByNameIgnoresCaseAndAccents(Backend backend) throws Exception {
		try (TestDatabase database = TestDatabase.create(backend)) {
			for (String name : List.of("ØRSTA IL", "ørsta Bøker AS", "Orkla ASA", "Åsane Bygg", "Ærlig Talt", "100% Data")) {
				database.store().save(company(name));
			}
			CrmStore store = database.store();

			assertEquals(List.of("ørsta Bøker AS", "ØRSTA IL"), names(store.findByName(Company.class, "Ørsta", Page.first(10))));
			assertEquals(2, store.findByName(Company.class, "orsta", Page.first(10)).size());
			assertEquals(List.of("Åsane Bygg"), names(store.findByName(Company.class, "asane", Page.first(10))));
			assertEquals(List.of("Ærlig Talt"), names(store.findByName(Company.class, "ærl", Page.first(10))));
			assertEquals(List.of("100% Data"), names(store.findByName(Company.class, "100%", Page.first(10))));
			assertEquals(1, store.findByName(Company.class, "ør", new Page(1, 1)).size());
			assertEquals(6, store.findByName(Company.class, "", Page.first(10)).size());
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void recordsByDateRangeAndPage(Backend backend) throws Exception {
		try (TestDatabase database = TestDatabase.create(backend)) {
			Company company = company("Bridgecom AS");
			Person person = FACTORY.createPerson();
			person.setName("Kari Nordmann");
			person.setCompany(company);
			List<CrmObject> objects = new ArrayList<>(List.of(company, person));
			LocalDate start = LocalDate.of(2017, 1, 1);
			for (int day = 0; day < 30; day++) {
				Activity activity = activity(ActivityType.PHONE, Direction.OUTGOING, start.plusDays(day));
				if (day % 2 == 0) {
					activity.setCompany(company);
				} else {
					activity.setPerson(person);
				}
				objects.add(activity);
			}
			database.store().saveAll(objects);
			CrmStore store = database.store();

			List<Activity> january10to19 = store.records(Activity.class, EntityType.COMPANY, company.getId(),
					LocalDate.of(2017, 1, 10), LocalDate.of(2017, 1, 19), Page.all());
			assertEquals(10, january10to19.size());
			assertEquals(LocalDate.of(2017, 1, 10), january10to19.get(0).getDate());
			assertEquals(15, store.records(Activity.class, EntityType.PERSON, person.getId(), null, null, Page.all())
					.size());
			List<Activity> secondPage = store.records(Activity.class, EntityType.COMPANY, company.getId(), null, null,
					new Page(10, 10));
			assertEquals(10, secondPage.size());
			assertEquals(LocalDate.of(2017, 1, 11), secondPage.get(0).getDate());
			assertEquals(30, store.count(Activity.class));
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void updateAndDelete(Backend backend) throws Exception {
		try (TestDatabase database = TestDatabase.create(backend)) {
			CrmStore store = database.store();
			Company company = store.save(company("Gamle Navn AS"));
			long id = company.getId();

			company.setName("Nye Navn AS");
			store.save(company);
			assertEquals(id, company.getId());
			assertEquals("Nye Navn AS", store.find(Company.class, id).orElseThrow().getName());
			assertEquals(1, store.count(Company.class));
			assertEquals(1, store.findByName(Company.class, "nye", Page.first(5)).size());

			store.delete(company);
			assertTrue(store.find(Company.class, id).isEmpty());
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void failedTransactionStoresNothing(Backend backend) throws Exception {
		try (TestDatabase database = TestDatabase.create(backend)) {
			CrmStore store = database.store();
			Company company = company("Halvveis AS");

			assertThrows(StoreException.class, () -> store.write(session -> {
				session.save(company);
				throw new IllegalStateException("stop");
			}));

			assertEquals(0, store.count(Company.class));
			assertEquals(0, company.getId());
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void unstoredReferenceRejected(Backend backend) throws Exception {
		try (TestDatabase database = TestDatabase.create(backend)) {
			Person person = FACTORY.createPerson();
			person.setName("Ola");
			person.setCompany(company("Ikke Lagret AS"));

			StoreException error = assertThrows(StoreException.class, () -> database.store().save(person));
			assertTrue(error.getMessage().contains("'Ikke Lagret AS'"), error.getMessage());
			assertEquals(0, database.store().count(Person.class));
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void listenerLearnsAffectedEntities(Backend backend) throws Exception {
		try (TestDatabase database = TestDatabase.create(backend)) {
			CrmStore store = database.store();
			Company company = company("Lytter AS");
			Company otherCompany = company("Annen AS");
			Person person = FACTORY.createPerson();
			person.setName("Per");
			person.setCompany(company);
			Project project = FACTORY.createProject();
			project.setName("Nytt nett");
			project.setStatus(ProjectStatus.ONGOING);
			store.saveAll(List.of(company, otherCompany, person, project));

			List<CrmChange> changes = new ArrayList<>();
			store.addChangeListener(changes::add);
			Activity activity = activity(ActivityType.APPOINTMENT, Direction.NONE, LocalDate.of(2017, 5, 1));
			activity.setPerson(person);
			activity.setProject(project);
			store.save(activity);

			assertEquals(1, changes.size());
			assertEquals(java.util.Set.of(company.getId()), changes.get(0).companyIds());
			assertEquals(java.util.Set.of(person.getId()), changes.get(0).personIds());
			assertEquals(java.util.Set.of(project.getId()), changes.get(0).projectIds());

			activity.setPerson(null);
			activity.setCompany(otherCompany);
			store.save(activity);
			assertEquals(java.util.Set.of(company.getId(), otherCompany.getId()), changes.get(1).companyIds());

			assertThrows(StoreException.class, () -> store.write(session -> {
				session.delete(activity);
				throw new IllegalStateException("rolled back");
			}));
			assertEquals(2, changes.size());
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void bulkReadGroupsRecordsByEntity(Backend backend) throws Exception {
		try (TestDatabase database = TestDatabase.create(backend)) {
			List<CrmObject> objects = sampleCrm();
			database.store().saveAll(objects);
			Company bridgecom = (Company) objects.stream().filter(Company.class::isInstance).findFirst().orElseThrow();

			List<EntityRecords> companies = new ArrayList<>();
			database.store().forEachEntity(EntityType.COMPANY, companies::add);

			assertEquals(2, companies.size());
			EntityRecords first = companies.get(0);
			assertEquals(bridgecom.getId(), first.entity().id());
			assertEquals("A-kunde", first.entity().fields().get("category"));
			assertEquals(2, first.activities().size());
			assertEquals("Marketing", first.activities().get(0).intent());
			assertEquals(1, first.sales().size());
			assertEquals(1, first.requests().size());
			assertTrue(companies.get(1).activities().isEmpty());

			EntityRecords single = database.store().entityRecords(EntityType.COMPANY, bridgecom.getId()).orElseThrow();
			assertEquals(first, single);
			List<EntityRecords> projects = new ArrayList<>();
			database.store().forEachEntity(EntityType.PROJECT, projects::add);
			assertEquals(ProjectStatus.ONGOING, projects.get(0).entity().projectStatus());
			assertEquals(1, projects.get(0).activities().size());
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void migrationsApplyOnce(Backend backend) throws Exception {
		try (TestDatabase database = TestDatabase.create(backend)) {
			assertEquals(1, database.store().schemaVersion());
			database.reopen();
			assertEquals(1, database.store().schemaVersion());
			assertEquals(1, database.queryLong("SELECT COUNT(*) FROM schema_version"));
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void newerSchemaRejected(Backend backend) throws Exception {
		try (TestDatabase database = TestDatabase.create(backend)) {
			database.store();
			database.reopen();
			try (var connection = database.settings.open(); var statement = connection.createStatement()) {
				statement.execute("INSERT INTO schema_version VALUES (99, 'future', CURRENT_TIMESTAMP)");
			}
			StoreException error = assertThrows(StoreException.class, database::store);
			assertTrue(error.getMessage().contains("schema version 99"), error.getMessage());
		}
	}

	/** Returns one object of every stored type, linked as in a real CRM. */
	static List<CrmObject> sampleCrm() {
		Associate associate = FACTORY.createAssociate();
		associate.setName("Åse Selger");
		associate.setUserGroup("Salg");
		associate.setManager("Sjef Sjefesen");
		associate.setRegionalOffice("Vest");
		associate.setExternalId("a-1");
		ListValue category = listValue(ListKind.CATEGORY, "A-kunde");
		ListValue intent = listValue(ListKind.INTENT, "Marketing");
		ListValue projectType = listValue(ListKind.PROJECT_TYPE, "Utvikling");
		ListValue requestCategory = listValue(ListKind.REQUEST_CATEGORY, "Support");
		AmountClass large = FACTORY.createAmountClass();
		large.setName("large");
		large.setLowerBound(new BigDecimal("10000.00"));

		Company company = company("Bridgecom AS");
		company.setOwner(associate);
		company.setCategory(category);
		company.setBusiness("Telekom");
		company.setCountry("Norge");
		company.setPostcode("6150");
		Company other = company("Ørsta Data");
		Person person = FACTORY.createPerson();
		person.setName("Kari Nordmann");
		person.setCompany(company);
		person.setPosition("Innkjøpssjef");
		person.setOwner(associate);
		Project project = FACTORY.createProject();
		project.setName("Nytt nett");
		project.setType(projectType);
		project.setStatus(ProjectStatus.ONGOING);
		project.setCompany(company);
		project.setOwner(associate);

		Activity activity = activity(ActivityType.EMAIL, Direction.OUTGOING, LocalDate.of(2017, 12, 1));
		activity.setIntent(intent);
		activity.setCompany(company);
		activity.setPerson(person);
		activity.setProject(project);
		activity.setOwner(associate);
		activity.setText("Tilbud sendt; \"ring\" tilbake");
		Activity viaPerson = activity(ActivityType.PHONE, Direction.INCOMING, LocalDate.of(2017, 12, 2));
		viaPerson.setPerson(person);
		viaPerson.setCompleted(true);
		Sale sale = FACTORY.createSale();
		sale.setStatus(SaleStatus.SOLD);
		sale.setAmount(new BigDecimal("12500.50"));
		sale.setDate(LocalDate.of(2017, 11, 30));
		sale.setRegisteredDate(LocalDate.of(2017, 9, 1));
		sale.setProduct("GTX Pro");
		sale.setCompany(company);
		sale.setProject(project);
		sale.setExternalId("s-1");
		Request request = FACTORY.createRequest();
		request.setStatus(RequestStatus.OPEN);
		request.setCategory(requestCategory);
		request.setPriority("high");
		request.setDate(LocalDate.of(2017, 12, 3));
		request.setCompany(company);
		request.setPerson(person);

		StaticSelection favourites = FACTORY.createStaticSelection();
		favourites.setName("Favoritter");
		favourites.setMemberType(EntityType.COMPANY);
		favourites.getMembers().add(other);
		favourites.getMembers().add(company);
		DynamicSelection neglected = FACTORY.createDynamicSelection();
		neglected.setName("Forsømte kunder");
		neglected.setMemberType(EntityType.COMPANY);
		neglected.setCriteria("status = \"Forsømt kunde\"");

		return List.of(associate, category, intent, projectType, requestCategory, large, company, other, person,
				project, activity, viaPerson, sale, request, favourites, neglected);
	}

	static Company company(String name) {
		Company company = FACTORY.createCompany();
		company.setName(name);
		return company;
	}

	static Activity activity(ActivityType type, Direction direction, LocalDate date) {
		Activity activity = FACTORY.createActivity();
		activity.setType(type);
		activity.setDirection(direction);
		activity.setDate(date);
		return activity;
	}

	private static ListValue listValue(ListKind kind, String name) {
		ListValue value = FACTORY.createListValue();
		value.setKind(kind);
		value.setName(name);
		return value;
	}

	private static List<String> names(List<Company> companies) {
		return companies.stream().map(Company::getName).toList();
	}
}
