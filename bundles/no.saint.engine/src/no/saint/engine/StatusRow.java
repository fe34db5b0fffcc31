package no.saint.engine;

/** A status that is signalled for an entity, as stored in the database. {@code rank} is the status's rank. */
public record StatusRow(String status, EntityKey key, String entityName, int rank) {
}
