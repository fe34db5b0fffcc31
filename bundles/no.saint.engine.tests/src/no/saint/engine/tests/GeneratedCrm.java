package no.saint.engine.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import no.saint.model.crm.Activity;
import no.saint.model.crm.ActivityType;
import no.saint.model.crm.Company;
import no.saint.model.crm.CrmFactory;
import no.saint.model.crm.CrmObject;
import no.saint.model.crm.CrmRecord;
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
 * A seeded random CRM data set with the hard cases of counting: records
 * without a date, on window bounds, linked to a person of another company,
 * without intent or amount.
 */
final class GeneratedCrm {

	private static final CrmFactory FACTORY = CrmFactory.eINSTANCE;

	private GeneratedCrm() {
	}

	static List<CrmObject> generate(long seed, LocalDate asOf, int companies) {
		Random random = new Random(seed);
		List<CrmObject> objects = new ArrayList<>();
		List<ListValue> intents = listValues(ListKind.INTENT, objects, "Marketing", "Sale", "Support");
		List<ListValue> categories = listValues(ListKind.CATEGORY, objects, "A-kunde", "B-kunde");
		List<ListValue> requestCategories = listValues(ListKind.REQUEST_CATEGORY, objects, "Bug", "Question");

		List<Company> companyList = new ArrayList<>();
		for (int i = 0; i < companies; i++) {
			Company company = FACTORY.createCompany();
			company.setName("Company " + i);
			company.setCategory(random.nextInt(4) == 0 ? null : pick(random, categories));
			companyList.add(company);
			objects.add(company);
		}
		List<Person> persons = new ArrayList<>();
		for (int i = 0; i < companies * 3 / 2; i++) {
			Person person = FACTORY.createPerson();
			person.setName("Person " + i);
			person.setCompany(random.nextInt(10) == 0 ? null : pick(random, companyList));
			persons.add(person);
			objects.add(person);
		}
		List<Project> projects = new ArrayList<>();
		for (int i = 0; i < companies / 4; i++) {
			Project project = FACTORY.createProject();
			project.setName("Project " + i);
			project.setStatus(pick(random, ProjectStatus.VALUES));
			project.setCompany(pick(random, companyList));
			projects.add(project);
			objects.add(project);
		}
		for (int i = 0; i < companies * 15; i++) {
			Activity activity = FACTORY.createActivity();
			activity.setType(pick(random, ActivityType.VALUES));
			activity.setDirection(pick(random, Direction.VALUES));
			activity.setIntent(random.nextInt(5) == 0 ? null : pick(random, intents));
			activity.setCompleted(random.nextBoolean());
			activity.setProject(random.nextInt(3) == 0 ? pick(random, projects) : null);
			link(random, activity, asOf, companyList, persons);
			objects.add(activity);
		}
		for (int i = 0; i < companies * 4; i++) {
			Sale sale = FACTORY.createSale();
			sale.setStatus(pick(random, SaleStatus.VALUES));
			sale.setAmount(random.nextInt(8) == 0 ? null : BigDecimal.valueOf(random.nextInt(2_000_000), 2)
					.add(random.nextBoolean() ? BigDecimal.valueOf(1000) : BigDecimal.ZERO));
			sale.setProject(random.nextInt(3) == 0 ? pick(random, projects) : null);
			link(random, sale, asOf, companyList, persons);
			objects.add(sale);
		}
		for (int i = 0; i < companies * 2; i++) {
			Request request = FACTORY.createRequest();
			request.setStatus(pick(random, RequestStatus.VALUES));
			request.setCategory(random.nextInt(4) == 0 ? null : pick(random, requestCategories));
			request.setPriority(random.nextBoolean() ? "high" : "low");
			link(random, request, asOf, companyList, persons);
			objects.add(request);
		}
		return objects;
	}

	/** Links a record to a company, a person or both (sometimes of different companies) and dates it. */
	private static void link(Random random, CrmRecord record, LocalDate asOf, List<Company> companies,
			List<Person> persons) {
		int links = random.nextInt(4);
		if (links != 1) {
			record.setCompany(pick(random, companies));
		}
		if (links != 0) {
			record.setPerson(pick(random, persons));
		}
		int kind = random.nextInt(20);
		if (kind == 0) {
			record.setDate(null);
		} else if (kind == 1) {
			record.setDate(asOf.minusDays(90));
		} else if (kind == 2) {
			record.setDate(asOf);
		} else {
			record.setDate(asOf.minusDays(random.nextInt(900)).plusDays(120));
		}
	}

	private static List<ListValue> listValues(ListKind kind, List<CrmObject> objects, String... names) {
		List<ListValue> values = new ArrayList<>();
		for (String name : names) {
			ListValue value = FACTORY.createListValue();
			value.setKind(kind);
			value.setName(name);
			values.add(value);
			objects.add(value);
		}
		return values;
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
