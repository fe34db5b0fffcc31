package no.saint.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import no.saint.engine.EntityKey;
import no.saint.evaluation.EntityType;
import no.saint.model.crm.CrmFactory;
import no.saint.model.crm.Entity;
import no.saint.model.crm.StaticSelection;
import no.saint.store.Page;

/** Reads and changes the static selections of the CRM database. */
public final class Selections {

	private final SaintSession session;

	public Selections(SaintSession session) {
		this.session = session;
	}

	/** Returns the static selections whose members are of {@code type}, ordered by name. */
	public List<StaticSelection> staticSelections(EntityType type) {
		no.saint.model.crm.EntityType memberType = EntityTypes.modelType(type);
		// The store returns dynamic selections too, so the rows are checked before they are cast.
		List<?> found = session.store().findByName(StaticSelection.class, "", Page.all());
		List<StaticSelection> selections = new ArrayList<>();
		for (Object object : found) {
			if (object instanceof StaticSelection selection && selection.getMemberType() == memberType) {
				selections.add(selection);
			}
		}
		return selections;
	}

	/** Stores a new, empty static selection. */
	public StaticSelection create(String name, EntityType type) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException(SessionMessages.Selection_nameMissing);
		}
		StaticSelection selection = CrmFactory.eINSTANCE.createStaticSelection();
		selection.setName(name.strip());
		selection.setMemberType(EntityTypes.modelType(type));
		return session.store().save(selection);
	}

	/** Adds the entity to the selection unless it is a member already, and stores the selection. */
	public StaticSelection add(StaticSelection selection, EntityKey key) {
		checkMemberType(selection, key);
		return session.store().write(transaction -> {
			StaticSelection stored = transaction.find(StaticSelection.class, selection.getId())
					.orElseThrow(() -> new IllegalArgumentException(NLS.bind(SessionMessages.Entity_notFound,
							selection.getName())));
			if (!isMember(stored, key)) {
				Entity entity = transaction.find(EntityTypes.modelClass(key.type()), key.id())
						.orElseThrow(() -> new IllegalArgumentException(NLS.bind(SessionMessages.Entity_notFound, key)));
				stored.getMembers().add(entity);
				transaction.save(stored);
			}
			return stored;
		});
	}

	/** Removes the entity from the selection when it is a member, and stores the selection. */
	public StaticSelection remove(StaticSelection selection, EntityKey key) {
		return session.store().write(transaction -> {
			StaticSelection stored = transaction.find(StaticSelection.class, selection.getId())
					.orElseThrow(() -> new IllegalArgumentException(NLS.bind(SessionMessages.Entity_notFound,
							selection.getName())));
			if (stored.getMembers().removeIf(member -> member.getId() == key.id()
					&& EntityTypes.typeOf(member) == key.type())) {
				transaction.save(stored);
			}
			return stored;
		});
	}

	private static void checkMemberType(StaticSelection selection, EntityKey key) {
		if (selection.getMemberType() != EntityTypes.modelType(key.type())) {
			throw new IllegalArgumentException(NLS.bind(SessionMessages.Selection_wrongType, new Object[] {
				selection.getName(), selection.getMemberType(), key.type().name().toLowerCase(Locale.ROOT) }));
		}
	}

	/** Returns true when the stored selection has the entity as a member. */
	public boolean isMember(StaticSelection selection, EntityKey key) {
		return selection.getMembers().stream()
				.anyMatch(member -> member.getId() == key.id() && EntityTypes.typeOf(member) == key.type());
	}

	/** Loads the selection again, with its current members. */
	public StaticSelection reload(StaticSelection selection) {
		return session.store().find(StaticSelection.class, selection.getId())
				.orElseThrow(() -> new IllegalArgumentException(NLS.bind(SessionMessages.Entity_notFound,
						selection.getName())));
	}
}
