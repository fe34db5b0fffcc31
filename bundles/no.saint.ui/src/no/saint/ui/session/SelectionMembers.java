package no.saint.ui.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import no.saint.engine.EntityKey;
import no.saint.engine.StatusRow;
import no.saint.engine.StoreSnapshotSource;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.StatusDefinition;
import no.saint.model.crm.CrmFactory;
import no.saint.model.crm.DynamicSelection;
import no.saint.model.crm.Entity;
import no.saint.model.crm.Selection;
import no.saint.model.crm.StaticSelection;
import no.saint.store.Page;

/**
 * Lists the selections the Selections view shows and their members: the
 * stored static and dynamic selections, and one SAINT selection per status
 * of the rules, whose members are the entities with that status.
 */
public final class SelectionMembers {

	/** A selection of the view: a stored one, or the SAINT selection of a status. */
	public sealed interface Entry {

		String name();

		EntityType memberType();
	}

	/** A static or dynamic selection stored in the CRM database. */
	public record StoredEntry(Selection selection) implements Entry {

		@Override
		public String name() {
			return selection.getName();
		}

		@Override
		public EntityType memberType() {
			return EntityTypes.evaluationType(selection.getMemberType());
		}

		public boolean isStatic() {
			return selection instanceof StaticSelection;
		}
	}

	/** The SAINT selection of a status: every entity that has it. */
	public record StatusEntry(StatusDefinition status) implements Entry {

		@Override
		public String name() {
			return status.name();
		}

		@Override
		public EntityType memberType() {
			return status.entityType();
		}
	}

	private final SaintSession session;

	public SelectionMembers(SaintSession session) {
		this.session = session;
	}

	/** Returns the stored selections ordered by name, then the SAINT selections in rank order. */
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		// NOTE: the store answers a query for either kind with the rows of the whole selection table, so the
		// results are read as plain objects: a typed read would fail with a ClassCastException.
		Map<Long, Selection> stored = new LinkedHashMap<>();
		List<?> statics = session.store().findByName(StaticSelection.class, "", Page.all());
		List<?> dynamics = session.store().findByName(DynamicSelection.class, "", Page.all());
		for (List<?> found : List.of(statics, dynamics)) {
			for (Object object : found) {
				if (object instanceof Selection selection) {
					stored.put(selection.getId(), selection);
				}
			}
		}
		stored.values().stream()
				.sorted(Comparator.comparing(Selection::getName, String.CASE_INSENSITIVE_ORDER))
				.forEach(selection -> entries.add(new StoredEntry(selection)));
		session.ruleSet().statuses().forEach(status -> entries.add(new StatusEntry(status)));
		return entries;
	}

	/** Returns the members of the selection, ordered by name. */
	public List<EntityRow> members(Entry entry) {
		List<EntityRow> members = switch (entry) {
		case StatusEntry status -> statusMembers(status.status().name());
		case StoredEntry stored when stored.selection() instanceof StaticSelection selection -> staticMembers(selection);
		case StoredEntry stored when stored.selection() instanceof DynamicSelection selection -> dynamicMembers(selection);
		case StoredEntry stored -> throw new IllegalArgumentException("Unknown selection kind: " + stored.selection());
		};
		members.sort(Comparator.comparing(EntityRow::name, String.CASE_INSENSITIVE_ORDER));
		return members;
	}

	private List<EntityRow> statusMembers(String statusName) {
		List<EntityRow> members = new ArrayList<>();
		for (StatusRow row : session.index().entitiesWith(statusName)) {
			members.add(new EntityRow(row.key(), row.entityName()));
		}
		return members;
	}

	private List<EntityRow> staticMembers(StaticSelection selection) {
		StaticSelection stored = session.store().find(StaticSelection.class, selection.getId()).orElse(selection);
		List<EntityRow> members = new ArrayList<>();
		for (Entity member : stored.getMembers()) {
			members.add(new EntityRow(new EntityKey(EntityTypes.typeOf(member), member.getId()), member.getName()));
		}
		return members;
	}

	private List<EntityRow> dynamicMembers(DynamicSelection selection) {
		SelectionCriteria criteria = SelectionCriteria.parse(selection.getCriteria());
		EntityType type = EntityTypes.evaluationType(selection.getMemberType());
		StatusIndex index = session.index();
		List<EntityRow> members = new ArrayList<>();
		new StoreSnapshotSource(session.store()).forEach(type, entity -> {
			if (criteria.test(entity, index)) {
				members.add(new EntityRow(entity.key(), entity.name()));
			}
		});
		return members;
	}

	/**
	 * Stores a dynamic selection after checking its criteria.
	 *
	 * @throws IllegalArgumentException when the name is missing, the criteria are invalid or name an unknown status
	 */
	public DynamicSelection createDynamic(String name, EntityType type, String criteriaText) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException(SessionMessages.Selection_nameMissing);
		}
		SelectionCriteria criteria = SelectionCriteria.parse(criteriaText);
		for (SelectionCriteria.Criterion criterion : criteria.criteria()) {
			if (criterion instanceof SelectionCriteria.HasStatus has) {
				StatusDefinition status = session.status(has.statusName());
				if (status.entityType() != type) {
					throw new IllegalArgumentException(NLS.bind(SessionMessages.Criteria_wrongStatusType,
							status.name(), type.name().toLowerCase(java.util.Locale.ROOT)));
				}
			}
		}
		DynamicSelection selection = CrmFactory.eINSTANCE.createDynamicSelection();
		selection.setName(name.strip());
		selection.setMemberType(EntityTypes.modelType(type));
		selection.setCriteria(criteria.text());
		return session.store().save(selection);
	}
}
