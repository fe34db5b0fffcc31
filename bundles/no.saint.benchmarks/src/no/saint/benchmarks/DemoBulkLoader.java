package no.saint.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

import no.saint.model.crm.Activity;
import no.saint.model.crm.AmountClass;
import no.saint.model.crm.Associate;
import no.saint.model.crm.Company;
import no.saint.model.crm.CrmObject;
import no.saint.model.crm.CrmRecord;
import no.saint.model.crm.ListValue;
import no.saint.model.crm.Person;
import no.saint.model.crm.Project;
import no.saint.model.crm.Request;
import no.saint.model.crm.Sale;
import no.saint.store.DatabaseSettings;
import no.saint.store.NameKeys;
import no.saint.store.demo.BridgecomGenerator;

/**
 * Writes the Bridgecom demo data into the CRM tables of an empty store with
 * batched JDBC inserts, so that a benchmark setup of more than a million
 * rows stays short. Ids are assigned here, counting up from 1, so equal
 * seeds give equal rows in H2 and PostgreSQL. Enum values are stored as
 * their literals, as the store does.
 * <p>
 * NOTE: the store's id sequence is not advanced, so saving new objects
 * through the store afterwards would collide with these ids.
 */
final class DemoBulkLoader implements AutoCloseable {

	private static final int BATCH_SIZE = 5_000;
	private static final int BUFFER_SIZE = 50_000;

	private final Connection connection;
	private final Map<Class<?>, PreparedStatement> inserts = new LinkedHashMap<>();
	private final Map<PreparedStatement, Integer> pending = new LinkedHashMap<>();
	private long nextId = 1;
	private final Map<String, Integer> counts = new LinkedHashMap<>();
	private final List<CrmObject> buffer = new java.util.ArrayList<>();

	private DemoBulkLoader(Connection connection) throws SQLException {
		this.connection = connection;
		connection.setAutoCommit(false);
		prepare(Associate.class, "associate (id, name, name_key, user_group, manager, regional_office)", 6);
		prepare(ListValue.class, "list_value (id, kind, name, name_key)", 4);
		prepare(AmountClass.class, "amount_class (id, name, lower_bound, upper_bound)", 4);
		prepare(Company.class, "company (id, name, name_key, owner_id, category_id, business, country, postcode)", 8);
		prepare(Person.class, "person (id, name, name_key, owner_id, company_id, position)", 6);
		prepare(Project.class, "project (id, name, name_key, owner_id, type_id, status, company_id)", 7);
		prepare(Activity.class, "activity (id, record_date, company_id, person_id, owner_id, description, type,"
				+ " direction, intent_id, completed, project_id)", 11);
		prepare(Sale.class, "sale (id, record_date, company_id, person_id, owner_id, description, status, amount,"
				+ " registered_date, product, project_id)", 11);
		prepare(Request.class, "request (id, record_date, company_id, person_id, owner_id, description, status,"
				+ " category_id, priority)", 9);
	}

	/** Generates {@code companies} Bridgecom companies into the database and returns the rows per table. */
	static Map<String, Integer> load(DatabaseSettings settings, long seed, LocalDate asOf, int companies)
			throws SQLException {
		try (DemoBulkLoader loader = new DemoBulkLoader(settings.open())) {
			SQLException[] failure = new SQLException[1];
			new BridgecomGenerator(seed, asOf).generate(companies, chunk -> {
				try {
					if (failure[0] == null) {
						loader.write(chunk);
					}
				} catch (SQLException e) {
					failure[0] = e;
				}
			});
			if (failure[0] != null) {
				throw failure[0];
			}
			loader.writeBuffer();
			loader.connection.commit();
			return loader.counts;
		}
	}

	private void prepare(Class<?> type, String table, int columns) throws SQLException {
		String placeholders = String.join(", ", java.util.Collections.nCopies(columns, "?"));
		inserts.put(type, connection.prepareStatement("INSERT INTO " + table + " VALUES (" + placeholders + ")"));
	}

	private void write(List<CrmObject> chunk) throws SQLException {
		buffer.addAll(chunk);
		if (buffer.size() >= BUFFER_SIZE) {
			writeBuffer();
		}
	}

	/** Writes the buffered objects: ids first, so that references resolve, then the rows table by table. */
	private void writeBuffer() throws SQLException {
		for (CrmObject object : buffer) {
			object.setId(nextId++);
		}
		for (Class<?> type : inserts.keySet()) {
			for (CrmObject object : buffer) {
				if (type.isInstance(object)) {
					add(object);
				}
			}
			flushAll();
		}
		buffer.clear();
	}

	private void add(CrmObject object) throws SQLException {
		PreparedStatement insert = inserts.get(typeOf(object));
		Object[] values = switch (object) {
		case Associate a -> new Object[] { a.getId(), a.getName(), NameKeys.of(a.getName()), a.getUserGroup(),
				a.getManager(), a.getRegionalOffice() };
		case ListValue v -> new Object[] { v.getId(), literal(v.getKind()), v.getName(), NameKeys.of(v.getName()) };
		case AmountClass c -> new Object[] { c.getId(), c.getName(), c.getLowerBound(), c.getUpperBound() };
		case Company c -> new Object[] { c.getId(), c.getName(), NameKeys.of(c.getName()), id(c.getOwner()),
				id(c.getCategory()), c.getBusiness(), c.getCountry(), c.getPostcode() };
		case Person p -> new Object[] { p.getId(), p.getName(), NameKeys.of(p.getName()), id(p.getOwner()),
				id(p.getCompany()), p.getPosition() };
		case Project p -> new Object[] { p.getId(), p.getName(), NameKeys.of(p.getName()), id(p.getOwner()),
				id(p.getType()), literal(p.getStatus()), id(p.getCompany()) };
		case Activity a -> concat(record(a), literal(a.getType()), literal(a.getDirection()), id(a.getIntent()),
				a.isCompleted(), id(a.getProject()));
		case Sale s -> concat(record(s), literal(s.getStatus()), s.getAmount(), s.getRegisteredDate(), s.getProduct(),
				id(s.getProject()));
		case Request r -> concat(record(r), literal(r.getStatus()), id(r.getCategory()), r.getPriority());
		default -> throw new IllegalArgumentException("No table for " + object.eClass().getName());
		};
		for (int i = 0; i < values.length; i++) {
			insert.setObject(i + 1, values[i]);
		}
		insert.addBatch();
		counts.merge(object.eClass().getName(), 1, Integer::sum);
		int batched = pending.merge(insert, 1, Integer::sum);
		if (batched >= BATCH_SIZE) {
			insert.executeBatch();
			pending.put(insert, 0);
		}
	}

	private Class<?> typeOf(CrmObject object) {
		for (Class<?> type : inserts.keySet()) {
			if (type.isInstance(object)) {
				return type;
			}
		}
		throw new IllegalArgumentException("No table for " + object.eClass().getName());
	}

	private static Object[] record(CrmRecord record) {
		return new Object[] { record.getId(), record.getDate(), id(record.getCompany()), id(record.getPerson()),
				id(record.getOwner()), record.getText() };
	}

	private static Object[] concat(Object[] head, Object... tail) {
		Object[] values = java.util.Arrays.copyOf(head, head.length + tail.length);
		System.arraycopy(tail, 0, values, head.length, tail.length);
		return values;
	}

	private static Long id(CrmObject object) {
		return object == null ? null : object.getId();
	}

	private static String literal(Enumerator value) {
		return value == null ? null : value.getLiteral();
	}

	private void flushAll() throws SQLException {
		for (Map.Entry<PreparedStatement, Integer> entry : pending.entrySet()) {
			if (entry.getValue() > 0) {
				entry.getKey().executeBatch();
				entry.setValue(0);
			}
		}
	}

	@Override
	public void close() throws SQLException {
		for (PreparedStatement insert : inserts.values()) {
			insert.close();
		}
		connection.close();
	}
}
