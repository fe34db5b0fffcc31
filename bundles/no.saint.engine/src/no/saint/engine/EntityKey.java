package no.saint.engine;

import java.util.Objects;

import no.saint.evaluation.EntityType;

/** Identifies a company, person or project by its type and its id in the CRM database. */
public record EntityKey(EntityType type, long id) {

	public EntityKey {
		Objects.requireNonNull(type, "type");
	}

	@Override
	public String toString() {
		return type.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
	}
}
