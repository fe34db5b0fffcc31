package no.saint.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import no.saint.model.crm.Activity;
import no.saint.model.crm.Company;
import no.saint.model.crm.CrmObject;
import no.saint.model.crm.CrmRecord;
import no.saint.model.crm.Person;
import no.saint.model.crm.Project;
import no.saint.model.crm.Sale;
import no.saint.store.CrmChange;

/**
 * Collects the companies, persons and projects that one transaction affects,
 * for the change listeners. Old links are read from the database before a
 * row is changed or deleted, so that an entity that loses a record is
 * reported as well.
 */
final class ChangeCollector {

	private static final int QUERY_CHUNK = 500;

	private final Set<Long> companyIds = new HashSet<>();
	private final Set<Long> personIds = new HashSet<>();
	private final Set<Long> projectIds = new HashSet<>();
	private boolean bulk;

	/** Notes the new state of an object about to be written. */
	void noteNew(CrmObject object) {
		if (bulk) {
			return;
		}
		switch (object) {
		case Company company -> companyIds.add(company.getId());
		case Person person -> {
			personIds.add(person.getId());
			addCompany(person.getCompany());
		}
		case Project project -> projectIds.add(project.getId());
		case CrmRecord crmRecord -> noteRecordLinks(crmRecord);
		default -> {
			// Associates, list values, amount classes and selections change no counter.
		}
		}
		checkSize();
	}

	private void noteRecordLinks(CrmRecord crmRecord) {
		addCompany(crmRecord.getCompany());
		Person person = crmRecord.getPerson();
		if (person != null) {
			personIds.add(person.getId());
			addCompany(person.getCompany());
		}
		Project project = crmRecord instanceof Activity activity ? activity.getProject()
				: crmRecord instanceof Sale sale ? sale.getProject() : null;
		if (project != null) {
			projectIds.add(project.getId());
		}
	}

	private void addCompany(Company company) {
		if (company != null && company.getId() != 0) {
			companyIds.add(company.getId());
		}
	}

	/**
	 * Reads the stored links of rows about to be updated or deleted: the
	 * record's company, person, the person's company and project, or for a
	 * company the persons that work there.
	 */
	void noteStored(Connection connection, Table<?> table, Collection<Long> ids) throws SQLException {
		if (bulk || ids.isEmpty()) {
			return;
		}
		List<Long> list = List.copyOf(ids);
		for (int start = 0; start < list.size(); start += QUERY_CHUNK) {
			List<Long> chunk = list.subList(start, Math.min(list.size(), start + QUERY_CHUNK));
			String in = chunk.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
			if (Tables.isRecordTable(table)) {
				String project = table == Tables.REQUEST ? "NULL" : "t.project_id";
				readIds(connection, "SELECT t.company_id, t.person_id, p.company_id, " + project + " FROM "
						+ table.name + " t LEFT JOIN person p ON p.id = t.person_id WHERE t.id IN " + in);
			} else if (table == Tables.COMPANY) {
				companyIds.addAll(chunk);
				readIds(connection, "SELECT NULL, id, NULL, NULL FROM person WHERE company_id IN " + in);
			} else if (table == Tables.PERSON) {
				personIds.addAll(chunk);
				readIds(connection, "SELECT company_id, NULL, NULL, NULL FROM person WHERE id IN " + in);
			} else if (table == Tables.PROJECT) {
				projectIds.addAll(chunk);
			}
		}
		checkSize();
	}

	private void readIds(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				add(companyIds, rows, 1);
				add(personIds, rows, 2);
				add(companyIds, rows, 3);
				add(projectIds, rows, 4);
			}
		}
	}

	private static void add(Set<Long> ids, ResultSet rows, int column) throws SQLException {
		long id = rows.getLong(column);
		if (!rows.wasNull()) {
			ids.add(id);
		}
	}

	private void checkSize() {
		if (companyIds.size() + personIds.size() + projectIds.size() > CrmChange.BULK_THRESHOLD) {
			bulk = true;
			companyIds.clear();
			personIds.clear();
			projectIds.clear();
		}
	}

	CrmChange toChange() {
		return bulk ? CrmChange.bulkChange() : new CrmChange(false, companyIds, personIds, projectIds);
	}
}
