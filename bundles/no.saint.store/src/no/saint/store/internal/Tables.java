package no.saint.store.internal;

import static no.saint.store.internal.Column.Kind.BOOLEAN;
import static no.saint.store.internal.Column.Kind.DATE;
import static no.saint.store.internal.Column.Kind.DECIMAL;
import static no.saint.store.internal.Column.Kind.STRING;

import java.util.ArrayList;
import java.util.List;

import no.saint.model.crm.Activity;
import no.saint.model.crm.ActivityType;
import no.saint.model.crm.AmountClass;
import no.saint.model.crm.Associate;
import no.saint.model.crm.Company;
import no.saint.model.crm.CrmFactory;
import no.saint.model.crm.CrmObject;
import no.saint.model.crm.CrmRecord;
import no.saint.model.crm.Direction;
import no.saint.model.crm.DynamicSelection;
import no.saint.model.crm.Entity;
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
import no.saint.model.crm.Selection;
import no.saint.model.crm.StaticSelection;
import no.saint.store.StoreException;

/**
 * The mapping of the CRM model to tables, in the order in which rows must be
 * inserted: a table only references tables before it.
 */
final class Tables {

	static final CrmFactory FACTORY = CrmFactory.eINSTANCE;

	static final Table<Associate> ASSOCIATE = new Table<>("associate", Associate.class,
			row -> FACTORY.createAssociate(), Associate::getName, List.of(
					Column.of("name", STRING, Associate::getName, Associate::setName),
					Column.of("user_group", STRING, Associate::getUserGroup, Associate::setUserGroup),
					Column.of("manager", STRING, Associate::getManager, Associate::setManager),
					Column.of("regional_office", STRING, Associate::getRegionalOffice,
							Associate::setRegionalOffice)));

	static final Table<ListValue> LIST_VALUE = new Table<>("list_value", ListValue.class,
			row -> FACTORY.createListValue(), ListValue::getName, List.of(
					Column.ofEnum("kind", ListValue::getKind, ListValue::setKind, ListKind::get),
					Column.of("name", STRING, ListValue::getName, ListValue::setName)));

	static final Table<AmountClass> AMOUNT_CLASS = new Table<>("amount_class", AmountClass.class,
			row -> FACTORY.createAmountClass(), null, List.of(
					Column.of("name", STRING, AmountClass::getName, AmountClass::setName),
					Column.of("lower_bound", DECIMAL, AmountClass::getLowerBound, AmountClass::setLowerBound),
					Column.of("upper_bound", DECIMAL, AmountClass::getUpperBound, AmountClass::setUpperBound)));

	static final Table<Company> COMPANY = new Table<>("company", Company.class, row -> FACTORY.createCompany(),
			Company::getName, entityColumns(List.of(
					Column.reference("category_id", ListValue.class, Company::getCategory, Company::setCategory),
					Column.of("business", STRING, Company::getBusiness, Company::setBusiness),
					Column.of("country", STRING, Company::getCountry, Company::setCountry),
					Column.of("postcode", STRING, Company::getPostcode, Company::setPostcode))));

	static final Table<Person> PERSON = new Table<>("person", Person.class, row -> FACTORY.createPerson(),
			Person::getName, entityColumns(List.of(
					Column.reference("company_id", Company.class, Person::getCompany, Person::setCompany),
					Column.of("position", STRING, Person::getPosition, Person::setPosition))));

	static final Table<Project> PROJECT = new Table<>("project", Project.class, row -> FACTORY.createProject(),
			Project::getName, entityColumns(List.of(
					Column.reference("type_id", ListValue.class, Project::getType, Project::setType),
					Column.ofEnum("status", Project::getStatus, Project::setStatus, ProjectStatus::get),
					Column.reference("company_id", Company.class, Project::getCompany, Project::setCompany))));

	static final Table<Activity> ACTIVITY = new Table<>("activity", Activity.class, row -> FACTORY.createActivity(),
			null, recordColumns(List.of(
					Column.ofEnum("type", Activity::getType, Activity::setType, ActivityType::get),
					Column.ofEnum("direction", Activity::getDirection, Activity::setDirection, Direction::get),
					Column.reference("intent_id", ListValue.class, Activity::getIntent, Activity::setIntent),
					Column.of("completed", BOOLEAN, Activity::isCompleted, Activity::setCompleted),
					Column.reference("project_id", Project.class, Activity::getProject, Activity::setProject))));

	static final Table<Sale> SALE = new Table<>("sale", Sale.class, row -> FACTORY.createSale(), null,
			recordColumns(List.of(
					Column.ofEnum("status", Sale::getStatus, Sale::setStatus, SaleStatus::get),
					Column.of("amount", DECIMAL, Sale::getAmount, Sale::setAmount),
					Column.of("registered_date", DATE, Sale::getRegisteredDate, Sale::setRegisteredDate),
					Column.of("product", STRING, Sale::getProduct, Sale::setProduct),
					Column.reference("project_id", Project.class, Sale::getProject, Sale::setProject))));

	static final Table<Request> REQUEST = new Table<>("request", Request.class, row -> FACTORY.createRequest(),
			null, recordColumns(List.of(
					Column.ofEnum("status", Request::getStatus, Request::setStatus, RequestStatus::get),
					Column.reference("category_id", ListValue.class, Request::getCategory, Request::setCategory),
					Column.of("priority", STRING, Request::getPriority, Request::setPriority))));

	/** Static and dynamic selections share one table; its kind column tells them apart. */
	static final Table<Selection> SELECTION = new Table<>("selection", Selection.class, Tables::createSelection,
			Selection::getName, List.of(
					Column.of("name", STRING, Selection::getName, Selection::setName),
					Column.of("description", STRING, Selection::getDescription, Selection::setDescription),
					Column.ofEnum("member_type", Selection::getMemberType, Selection::setMemberType,
							EntityType::get),
					Column.of("kind", STRING, Tables::selectionKind, (selection, kind) -> {
					}),
					Column.of("criteria", STRING, Tables::criteria, Tables::setCriteria)));

	/** All tables in insertion order. */
	static final List<Table<?>> ALL = List.of(ASSOCIATE, LIST_VALUE, AMOUNT_CLASS, COMPANY, PERSON, PROJECT,
			ACTIVITY, SALE, REQUEST, SELECTION);

	private Tables() {
	}

	/** Returns the table that stores objects of {@code type}. */
	@SuppressWarnings("unchecked")
	static <T extends CrmObject> Table<T> of(Class<T> type) {
		for (Table<?> table : ALL) {
			if (table.type.isAssignableFrom(type)) {
				return (Table<T>) table;
			}
		}
		throw new IllegalArgumentException("No table stores " + type.getSimpleName()
				+ "; use one of Associate, ListValue, AmountClass, Company, Person, Project, Activity, Sale, "
				+ "Request or Selection");
	}

	static Table<? extends Entity> of(EntityType type) {
		return switch (type) {
		case COMPANY -> COMPANY;
		case PERSON -> PERSON;
		case PROJECT -> PROJECT;
		};
	}

	static boolean isRecordTable(Table<?> table) {
		return table == ACTIVITY || table == SALE || table == REQUEST;
	}

	private static <T extends Entity> List<Column<T>> entityColumns(List<Column<T>> own) {
		List<Column<T>> columns = new ArrayList<>();
		columns.add(Column.of("name", STRING, T::getName, T::setName));
		columns.add(Column.reference("owner_id", Associate.class, T::getOwner, T::setOwner));
		columns.addAll(own);
		return columns;
	}

	private static <T extends CrmRecord> List<Column<T>> recordColumns(List<Column<T>> own) {
		List<Column<T>> columns = new ArrayList<>();
		columns.add(Column.of("record_date", DATE, T::getDate, T::setDate));
		columns.add(Column.reference("company_id", Company.class, T::getCompany, T::setCompany));
		columns.add(Column.reference("person_id", Person.class, T::getPerson, T::setPerson));
		columns.add(Column.reference("owner_id", Associate.class, T::getOwner, T::setOwner));
		columns.add(Column.of("description", STRING, T::getText, T::setText));
		columns.addAll(own);
		return columns;
	}

	private static Selection createSelection(java.sql.ResultSet row) throws java.sql.SQLException {
		String kind = row.getString("kind");
		return switch (kind) {
		case "static" -> FACTORY.createStaticSelection();
		case "dynamic" -> FACTORY.createDynamicSelection();
		default -> throw new StoreException("Unknown selection kind '" + kind + "' in table selection");
		};
	}

	private static String selectionKind(Selection selection) {
		return selection instanceof StaticSelection ? "static" : "dynamic";
	}

	private static String criteria(Selection selection) {
		return selection instanceof DynamicSelection dynamic ? dynamic.getCriteria() : null;
	}

	private static void setCriteria(Selection selection, String criteria) {
		if (selection instanceof DynamicSelection dynamic) {
			dynamic.setCriteria(criteria);
		}
	}
}
