package no.saint.ui.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Enumerator;

import no.saint.engine.CrmRecord;
import no.saint.engine.EntityKey;
import no.saint.engine.EntitySnapshot;
import no.saint.engine.SnapshotSource;
import no.saint.evaluation.EntityType;
import no.saint.model.crm.Company;
import no.saint.model.crm.CrmObject;
import no.saint.model.crm.Person;
import no.saint.model.crm.Project;
import no.saint.store.CrmStore;
import no.saint.store.EntityRecords;

/**
 * Reads entity snapshots for the evaluator from the CRM store. Field names of
 * {@link EntityRecords} ({@code category}) get the entity type as prefix
 * ({@code company.category}), as the rules language spells them.
 */
// TODO: replace with the engine's store-backed snapshot source once the engine publishes one.
public final class StoreSnapshotSource implements SnapshotSource {

	private final CrmStore store;

	public StoreSnapshotSource(CrmStore store) {
		this.store = store;
	}

	@Override
	public int count(EntityType type) {
		return (int) store.count(modelClass(type));
	}

	@Override
	public void forEach(EntityType type, Consumer<EntitySnapshot> consumer) {
		store.forEachEntity(modelType(type), records -> consumer.accept(snapshot(records)));
	}

	@Override
	public List<EntitySnapshot> load(Collection<EntityKey> keys) {
		List<EntitySnapshot> snapshots = new ArrayList<>(keys.size());
		for (EntityKey key : keys) {
			store.entityRecords(modelType(key.type()), key.id()).map(StoreSnapshotSource::snapshot)
					.ifPresent(snapshots::add);
		}
		return snapshots;
	}

	/** Converts the rows of one entity into the evaluator's snapshot. */
	public static EntitySnapshot snapshot(EntityRecords records) {
		EntityRecords.Entity entity = records.entity();
		EntityType type = evaluationType(entity.type());
		String prefix = type.name().toLowerCase(Locale.ROOT) + ".";
		Map<String, String> fields = new HashMap<>();
		entity.fields().forEach((name, value) -> fields.put(prefix + name, value));

		List<CrmRecord.Activity> activities = records.activities().stream()
				.map(row -> new CrmRecord.Activity(row.date(), literal(row.type()), literal(row.direction()),
						row.intent(), row.completed()))
				.toList();
		List<CrmRecord.Sale> sales = records.sales().stream()
				.map(row -> new CrmRecord.Sale(row.date(), literal(row.status()), row.amount()))
				.toList();
		List<CrmRecord.Request> requests = records.requests().stream()
				.map(row -> new CrmRecord.Request(row.date(), literal(row.status()), row.category(), row.priority()))
				.toList();
		return new EntitySnapshot(new EntityKey(type, entity.id()), entity.name(), fields, activities, sales,
				requests);
	}

	private static String literal(Enumerator value) {
		return value == null ? null : value.getLiteral();
	}

	public static EntityType evaluationType(no.saint.model.crm.EntityType type) {
		return EntityType.valueOf(type.getName().toUpperCase(Locale.ROOT));
	}

	public static no.saint.model.crm.EntityType modelType(EntityType type) {
		return no.saint.model.crm.EntityType.getByName(type.name().toLowerCase(Locale.ROOT));
	}

	/** Returns the model class of companies, persons or projects. */
	public static Class<? extends no.saint.model.crm.Entity> modelClass(EntityType type) {
		return switch (type) {
		case COMPANY -> Company.class;
		case PERSON -> Person.class;
		case PROJECT -> Project.class;
		};
	}

	/** Returns the type of a stored company, person or project. */
	public static EntityType typeOf(CrmObject entity) {
		return switch (entity) {
		case Company company -> EntityType.COMPANY;
		case Person person -> EntityType.PERSON;
		case Project project -> EntityType.PROJECT;
		default -> throw new IllegalArgumentException("Not a company, person or project: " + entity);
		};
	}
}
