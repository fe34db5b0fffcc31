package no.saint.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import no.saint.evaluation.EntityType;
import no.saint.store.CrmStore;
import no.saint.store.EntityRecords;

/**
 * Reads entity snapshots from the CRM store's bulk reader. Field names of the
 * store ({@code category}, {@code company.category}, {@code status}) become
 * paths of the rules language ({@code company.category},
 * {@code person.company.category}, {@code project.status}).
 */
public final class StoreSnapshotSource implements SnapshotSource {

	private final CrmStore store;

	public StoreSnapshotSource(CrmStore store) {
		this.store = store;
	}

	@Override
	public int count(EntityType type) {
		Class<? extends no.saint.model.crm.CrmObject> modelClass = switch (type) {
		case COMPANY -> no.saint.model.crm.Company.class;
		case PERSON -> no.saint.model.crm.Person.class;
		case PROJECT -> no.saint.model.crm.Project.class;
		};
		return (int) store.count(modelClass);
	}

	@Override
	public void forEach(EntityType type, Consumer<EntitySnapshot> consumer) {
		store.forEachEntity(modelType(type), records -> consumer.accept(snapshot(type, records)));
	}

	@Override
	public List<EntitySnapshot> load(Collection<EntityKey> keys) {
		List<EntitySnapshot> found = new ArrayList<>();
		for (EntityKey key : keys) {
			store.entityRecords(modelType(key.type()), key.id())
					.ifPresent(records -> found.add(snapshot(key.type(), records)));
		}
		return found;
	}

	static no.saint.model.crm.EntityType modelType(EntityType type) {
		return no.saint.model.crm.EntityType.valueOf(type.name());
	}

	/** Converts the store's rows into a snapshot; enum values become the literals of the rules language. */
	static EntitySnapshot snapshot(EntityType type, EntityRecords records) {
		String prefix = type.name().toLowerCase(Locale.ROOT) + ".";
		Map<String, String> fields = new HashMap<>();
		records.entity().fields().forEach((name, value) -> fields.put(prefix + name, value));

		List<CrmRecord.Activity> activities = new ArrayList<>(records.activities().size());
		for (EntityRecords.ActivityRow row : records.activities()) {
			activities.add(new CrmRecord.Activity(row.date(), literal(row.type()), literal(row.direction()),
					row.intent(), row.completed()));
		}
		List<CrmRecord.Sale> sales = new ArrayList<>(records.sales().size());
		for (EntityRecords.SaleRow row : records.sales()) {
			sales.add(new CrmRecord.Sale(row.date(), literal(row.status()), row.amount()));
		}
		List<CrmRecord.Request> requests = new ArrayList<>(records.requests().size());
		for (EntityRecords.RequestRow row : records.requests()) {
			requests.add(new CrmRecord.Request(row.date(), literal(row.status()), row.category(), row.priority()));
		}
		EntityKey key = new EntityKey(type, records.entity().id());
		return new EntitySnapshot(key, records.entity().name(), fields, activities, sales, requests);
	}

	private static String literal(org.eclipse.emf.common.util.Enumerator value) {
		return value == null ? null : value.getLiteral();
	}
}
