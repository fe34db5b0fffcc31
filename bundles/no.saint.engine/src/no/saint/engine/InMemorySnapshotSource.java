package no.saint.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

import no.saint.evaluation.EntityType;

/** Entities held in memory, in the order of their ids. Safe for concurrent use. */
public final class InMemorySnapshotSource implements SnapshotSource {

	private final Map<EntityType, ConcurrentSkipListMap<Long, EntitySnapshot>> entities = new ConcurrentHashMap<>();

	/** Adds {@code entity}, or replaces the entity with the same key. */
	public void put(EntitySnapshot entity) {
		byType(entity.key().type()).put(entity.key().id(), entity);
	}

	public void remove(EntityKey key) {
		byType(key.type()).remove(key.id());
	}

	public EntitySnapshot get(EntityKey key) {
		return byType(key.type()).get(key.id());
	}

	private ConcurrentSkipListMap<Long, EntitySnapshot> byType(EntityType type) {
		return entities.computeIfAbsent(type, t -> new ConcurrentSkipListMap<>());
	}

	@Override
	public int count(EntityType type) {
		return byType(type).size();
	}

	@Override
	public void forEach(EntityType type, Consumer<EntitySnapshot> consumer) {
		byType(type).values().forEach(consumer);
	}

	@Override
	public List<EntitySnapshot> load(Collection<EntityKey> keys) {
		List<EntitySnapshot> found = new ArrayList<>();
		for (EntityKey key : keys) {
			EntitySnapshot entity = get(key);
			if (entity != null) {
				found.add(entity);
			}
		}
		return found;
	}
}
