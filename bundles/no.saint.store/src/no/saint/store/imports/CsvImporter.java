package no.saint.store.imports;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.saint.model.crm.Activity;
import no.saint.model.crm.ActivityType;
import no.saint.model.crm.Associate;
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
import no.saint.store.CrmSession;
import no.saint.store.CrmStore;

/**
 * Imports the general CSV format (format {@code csv}): one file per record
 * type in a folder, with a header line of column names. Rows refer to each
 * other by the {@code id} column of the file they point to; a second import
 * of the same ids updates the rows of the first. The user guide page
 * "Importing CRM data" documents the columns and values.
 */
public final class CsvImporter {

	/** Prefix of the external ids, so that rows of other sources with equal keys stay apart. */
	static final String KEY_PREFIX = "csv:";

	static final String ASSOCIATES = "associates.csv";
	static final String COMPANIES = "companies.csv";
	static final String PERSONS = "persons.csv";
	static final String PROJECTS = "projects.csv";
	static final String ACTIVITIES = "activities.csv";
	static final String SALES = "sales.csv";
	static final String REQUESTS = "requests.csv";

	/** Required columns per file, in import order. */
	static final Map<String, List<String>> REQUIRED_COLUMNS = new LinkedHashMap<>();
	static {
		REQUIRED_COLUMNS.put(ASSOCIATES, List.of("id", "name"));
		REQUIRED_COLUMNS.put(COMPANIES, List.of("id", "name"));
		REQUIRED_COLUMNS.put(PERSONS, List.of("id", "name"));
		REQUIRED_COLUMNS.put(PROJECTS, List.of("id", "name", "status"));
		REQUIRED_COLUMNS.put(ACTIVITIES, List.of("id", "type", "date"));
		REQUIRED_COLUMNS.put(SALES, List.of("id", "status", "date"));
		REQUIRED_COLUMNS.put(REQUESTS, List.of("id", "status", "date"));
	}

	private static final CrmFactory FACTORY = CrmFactory.eINSTANCE;

	private final String datePattern;
	private final Values values;

	/** Creates an importer for dates in {@code datePattern}, or in ISO 8601 and day.month.year when it is null. */
	public CsvImporter(String datePattern) {
		this.datePattern = datePattern;
		this.values = new Values(datePattern);
	}

	/**
	 * Reads the files of {@code folder} and stores their good rows in one
	 * transaction. A broken file raises {@link ImportException} before
	 * anything is stored.
	 */
	public ImportReport importFrom(Path folder, CrmStore store) throws ImportException {
		if (!Files.isDirectory(folder)) {
			throw new ImportException(folder.toString(), 0, "folder.missing");
		}
		Map<String, CsvTable> tables = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> file : REQUIRED_COLUMNS.entrySet()) {
			Path path = folder.resolve(file.getKey());
			if (Files.exists(path)) {
				tables.put(file.getKey(),
						CsvTable.read(path, CsvTable.Encoding.UTF8_OR_WINDOWS_1252, file.getValue()));
			}
		}
		if (tables.isEmpty()) {
			throw new ImportException(folder.toString(), 0, "folder.noFiles",
					String.join(", ", REQUIRED_COLUMNS.keySet()));
		}

		ImportReport report = new ImportReport();
		store.write(session -> {
			new Run(session, tables, report).importAll();
			return null;
		});
		return report;
	}

	/** The state of one import: the objects created so far, by source id. */
	private final class Run {

		private final CrmSession session;
		private final Map<String, CsvTable> tables;
		private final ImportReport report;
		private final Map<String, ListValue> listValues = new HashMap<>();
		private final Map<Class<?>, Map<String, CrmObject>> bySourceId = new HashMap<>();
		private final Map<Class<?>, Map<String, Long>> storedIds = new HashMap<>();
		private final List<CrmObject> objects = new ArrayList<>();

		Run(CrmSession session, Map<String, CsvTable> tables, ImportReport report) {
			this.session = session;
			this.tables = tables;
			this.report = report;
			for (ListValue value : session.loadAll(ListValue.class)) {
				listValues.put(value.getKind().getLiteral() + "/" + value.getName(), value);
			}
		}

		void importAll() {
			importFile(ASSOCIATES, Associate.class, "associates", this::associate);
			importFile(COMPANIES, Company.class, "companies", this::company);
			importFile(PERSONS, Person.class, "persons", this::person);
			importFile(PROJECTS, Project.class, "projects", this::project);
			importFile(ACTIVITIES, Activity.class, "activities", this::activity);
			importFile(SALES, Sale.class, "sales", this::sale);
			importFile(REQUESTS, Request.class, "requests", this::request);
			session.saveAll(objects);
		}

		private <T extends CrmObject> void importFile(String file, Class<T> type, String kind, RowReader<T> reader) {
			CsvTable table = tables.get(file);
			if (table == null) {
				return;
			}
			Map<String, Long> existing = session.externalIds(type);
			storedIds.put(type, existing);
			Map<String, CrmObject> created = bySourceId.computeIfAbsent(type, key -> new HashMap<>());
			int count = 0;
			for (CsvTable.Row row : table.rows) {
				try {
					T object = readRow(table, row, created, reader);
					object.setExternalId(KEY_PREFIX + row.get("id"));
					Long id = existing.get(object.getExternalId());
					object.setId(id == null ? 0 : id);
					created.put(row.get("id"), object);
					objects.add(object);
					count++;
				} catch (RowRejected e) {
					report.reject(row.file(), row.line(), e.key, e.arguments);
				}
			}
			report.addStored(kind, count);
		}

		private <T extends CrmObject> T readRow(CsvTable table, CsvTable.Row row, Map<String, CrmObject> created,
				RowReader<T> reader) throws RowRejected {
			if (!row.complete()) {
				throw new RowRejected("row.fieldCount", row.values().size(), table.columns.size());
			}
			String id = required(row, "id");
			if (created.containsKey(id)) {
				throw new RowRejected("row.duplicate", "id", id);
			}
			return reader.read(row);
		}

		private Associate associate(CsvTable.Row row) throws RowRejected {
			Associate associate = FACTORY.createAssociate();
			associate.setName(required(row, "name"));
			associate.setUserGroup(row.get("user_group"));
			associate.setManager(row.get("manager"));
			associate.setRegionalOffice(row.get("regional_office"));
			return associate;
		}

		private Company company(CsvTable.Row row) throws RowRejected {
			Company company = FACTORY.createCompany();
			company.setName(required(row, "name"));
			company.setCategory(listValue(ListKind.CATEGORY, row.get("category")));
			company.setBusiness(row.get("business"));
			company.setCountry(row.get("country"));
			company.setPostcode(row.get("postcode"));
			company.setOwner(reference(row, "owner", Associate.class, ASSOCIATES));
			return company;
		}

		private Person person(CsvTable.Row row) throws RowRejected {
			Person person = FACTORY.createPerson();
			person.setName(required(row, "name"));
			person.setCompany(reference(row, "company", Company.class, COMPANIES));
			person.setPosition(row.get("position"));
			person.setOwner(reference(row, "owner", Associate.class, ASSOCIATES));
			return person;
		}

		private Project project(CsvTable.Row row) throws RowRejected {
			Project project = FACTORY.createProject();
			project.setName(required(row, "name"));
			project.setType(listValue(ListKind.PROJECT_TYPE, row.get("type")));
			project.setStatus(choice(row, "status", PROJECT_STATUSES));
			project.setCompany(reference(row, "company", Company.class, COMPANIES));
			project.setOwner(reference(row, "owner", Associate.class, ASSOCIATES));
			return project;
		}

		private Activity activity(CsvTable.Row row) throws RowRejected {
			Activity activity = FACTORY.createActivity();
			readRecord(row, activity);
			activity.setType(choice(row, "type", ACTIVITY_TYPES));
			Direction direction = row.get("direction") == null ? Direction.NONE : choice(row, "direction", DIRECTIONS);
			activity.setDirection(direction);
			activity.setIntent(listValue(ListKind.INTENT, row.get("intent")));
			activity.setCompleted(row.get("completed") != null && choice(row, "completed", BOOLEANS));
			activity.setProject(reference(row, "project", Project.class, PROJECTS));
			return activity;
		}

		private Sale sale(CsvTable.Row row) throws RowRejected {
			Sale sale = FACTORY.createSale();
			readRecord(row, sale);
			sale.setStatus(choice(row, "status", SALE_STATUSES));
			sale.setAmount(amount(row, "amount"));
			sale.setRegisteredDate(date(row, "registered_date"));
			sale.setProduct(row.get("product"));
			sale.setProject(reference(row, "project", Project.class, PROJECTS));
			return sale;
		}

		private Request request(CsvTable.Row row) throws RowRejected {
			Request request = FACTORY.createRequest();
			readRecord(row, request);
			request.setStatus(choice(row, "status", REQUEST_STATUSES));
			request.setCategory(listValue(ListKind.REQUEST_CATEGORY, row.get("category")));
			request.setPriority(row.get("priority"));
			return request;
		}

		private void readRecord(CsvTable.Row row, CrmRecord crmRecord) throws RowRejected {
			crmRecord.setDate(date(row, "date"));
			crmRecord.setCompany(reference(row, "company", Company.class, COMPANIES));
			crmRecord.setPerson(reference(row, "person", Person.class, PERSONS));
			crmRecord.setOwner(reference(row, "owner", Associate.class, ASSOCIATES));
			crmRecord.setText(row.get("text"));
		}

		/**
		 * Returns the object that a reference column names: a row of this
		 * import, or a row stored by an earlier import of the same format.
		 */
		private <T extends CrmObject> T reference(CsvTable.Row row, String column, Class<T> type, String file)
				throws RowRejected {
			String sourceId = row.get(column);
			if (sourceId == null) {
				return null;
			}
			CrmObject created = bySourceId.getOrDefault(type, Map.of()).get(sourceId);
			if (created != null) {
				return type.cast(created);
			}
			Map<String, Long> stored = storedIds.computeIfAbsent(type, key -> session.externalIds(type));
			Long id = stored.get(KEY_PREFIX + sourceId);
			if (id == null) {
				throw new RowRejected("row.unknownReference", column, sourceId, file);
			}
			T object = session.find(type, id).orElseThrow();
			bySourceId.computeIfAbsent(type, key -> new HashMap<>()).put(sourceId, object);
			return object;
		}

		private ListValue listValue(ListKind kind, String name) {
			if (name == null) {
				return null;
			}
			return listValues.computeIfAbsent(kind.getLiteral() + "/" + name, key -> {
				ListValue value = FACTORY.createListValue();
				value.setKind(kind);
				value.setName(name);
				objects.add(value);
				return value;
			});
		}

		private LocalDate date(CsvTable.Row row, String column) throws RowRejected {
			String text = row.get(column);
			if (text == null) {
				return null;
			}
			try {
				return values.date(text);
			} catch (DateTimeParseException e) {
				throw new RowRejected("row.badDate", text, values.datePattern(datePattern));
			}
		}

		private BigDecimal amount(CsvTable.Row row, String column) throws RowRejected {
			String text = row.get(column);
			if (text == null) {
				return null;
			}
			try {
				return Values.amount(text);
			} catch (NumberFormatException e) {
				throw new RowRejected("row.badNumber", column, text);
			}
		}
	}

	private static String required(CsvTable.Row row, String column) throws RowRejected {
		String value = row.get(column);
		if (value == null) {
			throw new RowRejected("row.missingValue", column);
		}
		return value;
	}

	private static <V> V choice(CsvTable.Row row, String column, Map<String, V> choices) throws RowRejected {
		String text = required(row, column);
		V value = choices.get(text.toLowerCase(Locale.ROOT));
		if (value == null) {
			throw new RowRejected("row.badValue", column, text, String.join(", ", choices.keySet()));
		}
		return value;
	}

	/** Reads the object of one row, or rejects the row. */
	@FunctionalInterface
	private interface RowReader<T> {
		T read(CsvTable.Row row) throws RowRejected;
	}

	/** A row that cannot be stored, with the message key of the reason. */
	private static final class RowRejected extends Exception {

		private static final long serialVersionUID = 1L;

		final String key;
		final transient Object[] arguments;

		RowRejected(String key, Object... arguments) {
			super(key, null, false, false);
			this.key = key;
			this.arguments = arguments;
		}
	}

	/** The accepted spellings of enumeration values: the English literal, a few synonyms and Norwegian. */
	private static final Map<String, ActivityType> ACTIVITY_TYPES = choices(
			"appointment", ActivityType.APPOINTMENT, "meeting", ActivityType.APPOINTMENT, "m\u00f8te",
			ActivityType.APPOINTMENT, "avtale", ActivityType.APPOINTMENT, "phone", ActivityType.PHONE, "call",
			ActivityType.PHONE, "telefon", ActivityType.PHONE, "task", ActivityType.TASK, "to-do", ActivityType.TASK,
			"oppgave", ActivityType.TASK, "document", ActivityType.DOCUMENT, "dokument", ActivityType.DOCUMENT,
			"email", ActivityType.EMAIL, "e-mail", ActivityType.EMAIL, "e-post", ActivityType.EMAIL, "fax",
			ActivityType.FAX, "faks", ActivityType.FAX);

	private static final Map<String, Direction> DIRECTIONS = choices("none", Direction.NONE, "ingen", Direction.NONE,
			"incoming", Direction.INCOMING, "inn", Direction.INCOMING, "innkommende", Direction.INCOMING, "outgoing",
			Direction.OUTGOING, "ut", Direction.OUTGOING, "utg\u00e5ende", Direction.OUTGOING);

	private static final Map<String, SaleStatus> SALE_STATUSES = choices("open", SaleStatus.OPEN, "\u00e5pen",
			SaleStatus.OPEN, "sold", SaleStatus.SOLD, "won", SaleStatus.SOLD, "solgt", SaleStatus.SOLD, "lost",
			SaleStatus.LOST, "tapt", SaleStatus.LOST);

	private static final Map<String, ProjectStatus> PROJECT_STATUSES = choices("planned", ProjectStatus.PLANNED,
			"planlagt", ProjectStatus.PLANNED, "ongoing", ProjectStatus.ONGOING, "p\u00e5g\u00e5r",
			ProjectStatus.ONGOING, "completed", ProjectStatus.COMPLETED, "fullf\u00f8rt", ProjectStatus.COMPLETED,
			"stopped", ProjectStatus.STOPPED, "stoppet", ProjectStatus.STOPPED);

	private static final Map<String, RequestStatus> REQUEST_STATUSES = choices("open", RequestStatus.OPEN,
			"\u00e5pen", RequestStatus.OPEN, "closed", RequestStatus.CLOSED, "lukket", RequestStatus.CLOSED);

	private static final Map<String, Boolean> BOOLEANS = choices("yes", true, "no", false, "true", true, "false",
			false, "1", true, "0", false, "x", true, "ja", true, "nei", false);

	@SuppressWarnings("unchecked")
	private static <V> Map<String, V> choices(Object... pairs) {
		Map<String, V> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], (V) pairs[i + 1]);
		}
		return map;
	}
}
