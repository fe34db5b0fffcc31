package no.saint.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.saint.model.crm.ActivityType;
import no.saint.model.crm.Direction;
import no.saint.model.crm.EntityType;
import no.saint.model.crm.ProjectStatus;
import no.saint.model.crm.RequestStatus;
import no.saint.model.crm.SaleStatus;

/**
 * A company, person or project with its records, as plain rows for bulk
 * evaluation. List values (intent, category) are given by name. A company's
 * records include those of its persons.
 */
public record EntityRecords(Entity entity, List<ActivityRow> activities, List<SaleRow> sales,
		List<RequestRow> requests) {

	/**
	 * The entity's own fields. {@code fields} holds the values that status
	 * monitors can test, by the names of the rules language: {@code name},
	 * {@code owner} (associate name), and for a company {@code category},
	 * {@code business}, {@code country}, {@code postcode}; for a person
	 * {@code company.name}, {@code company.category}, {@code position}; for a
	 * project {@code status} (the literal, such as {@code ongoing}) and
	 * {@code type}. Absent values are missing from the map.
	 */
	public record Entity(EntityType type, long id, String name, Long companyId, ProjectStatus projectStatus,
			Map<String, String> fields) {
	}

	public record ActivityRow(long id, ActivityType type, Direction direction, String intent, LocalDate date,
			boolean completed, Long companyId, Long personId, Long projectId, Long ownerId) {
	}

	public record SaleRow(long id, SaleStatus status, BigDecimal amount, LocalDate date, Long companyId,
			Long personId, Long projectId, Long ownerId) {
	}

	public record RequestRow(long id, RequestStatus status, String category, String priority, LocalDate date,
			Long companyId, Long personId, Long ownerId) {
	}
}
