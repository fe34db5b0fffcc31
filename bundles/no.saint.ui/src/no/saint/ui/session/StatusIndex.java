package no.saint.ui.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.saint.engine.EntityKey;
import no.saint.engine.StatusRow;

/**
 * The signalled statuses of every entity, lowest rank first, as read from the
 * status tables. Immutable; the session replaces it after every change.
 */
public final class StatusIndex {

	public static final StatusIndex EMPTY = new StatusIndex(List.of());

	private final Map<EntityKey, List<String>> statusesByEntity = new HashMap<>();
	private final Map<String, List<StatusRow>> rowsByStatus = new HashMap<>();

	/** Builds the index from rows in rank order, as {@code StatusDatabase.signalledStatuses} returns them. */
	public StatusIndex(List<StatusRow> rows) {
		for (StatusRow row : rows) {
			statusesByEntity.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row.status());
			rowsByStatus.computeIfAbsent(row.status(), name -> new ArrayList<>()).add(row);
		}
	}

	/** Returns the names of the statuses of {@code key}, lowest rank first. */
	public List<String> statuses(EntityKey key) {
		return Collections.unmodifiableList(statusesByEntity.getOrDefault(key, List.of()));
	}

	/** Returns the entities that have the status, ordered by entity name. */
	public List<StatusRow> entitiesWith(String statusName) {
		return Collections.unmodifiableList(rowsByStatus.getOrDefault(statusName, List.of()));
	}

	public boolean has(EntityKey key, String statusName) {
		return statuses(key).contains(statusName);
	}
}
