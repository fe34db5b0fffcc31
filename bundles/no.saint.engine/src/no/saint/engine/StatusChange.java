package no.saint.engine;

import java.util.Set;

/**
 * Status values that changed in the database: those of the given entities,
 * or of every entity after a regeneration ({@code all} true, {@code keys} empty).
 */
public record StatusChange(boolean all, Set<EntityKey> keys) {

	public StatusChange {
		keys = Set.copyOf(keys);
	}
}
