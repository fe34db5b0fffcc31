package no.saint.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.saint.evaluation.EntityType;
import no.saint.evaluation.Measure;
import no.saint.evaluation.StatusDefinition;

/**
 * Keeps status values current after changes to CRM data, for the rules and
 * as-of date of the last regeneration. In real-time mode the changed
 * entities are re-evaluated before {@link #entitiesChanged} returns; in batch
 * mode they are only marked as needing update, and {@link #updatePending}
 * re-evaluates them later, for example nightly.
 */
public final class StatusUpdater {

	/** When changed entities are re-evaluated. */
	public enum Mode {
		REAL_TIME, BATCH
	}

	private final Evaluator evaluator;
	private final SnapshotSource source;
	private final StatusDatabase database;
	private final Map<EntityType, List<Measure>> measures = new EnumMap<>(EntityType.class);
	private volatile Mode mode;

	public StatusUpdater(Evaluator evaluator, SnapshotSource source, StatusDatabase database, Mode mode) {
		this.evaluator = evaluator;
		this.source = source;
		this.database = database;
		this.mode = mode;
		for (EntityType type : EntityType.values()) {
			measures.put(type, evaluator.measures(type));
		}
	}

	public Mode mode() {
		return mode;
	}

	public void setMode(Mode mode) {
		this.mode = mode;
	}

	/**
	 * Handles a change of the given entities (their fields, or an activity,
	 * sale or request linked to them): re-evaluates them now or marks them,
	 * depending on the mode. A deleted entity loses its status values.
	 */
	public void entitiesChanged(Collection<EntityKey> keys) throws Exception {
		if (keys.isEmpty()) {
			return;
		}
		if (mode == Mode.BATCH) {
			database.markNeedsUpdate(keys);
			return;
		}
		reevaluate(keys);
	}

	/** Re-evaluates every entity marked as needing update and returns how many there were. */
	public int updatePending() throws Exception {
		List<EntityKey> pending = database.pendingUpdates();
		if (!pending.isEmpty()) {
			reevaluate(pending);
		}
		return pending.size();
	}

	private void reevaluate(Collection<EntityKey> keys) throws Exception {
		List<EntitySnapshot> entities = source.load(keys);
		List<EntityResult> results = new ArrayList<>(entities.size());
		Set<EntityKey> deleted = new LinkedHashSet<>(keys);
		for (EntitySnapshot entity : entities) {
			results.add(evaluator.evaluate(entity));
			deleted.remove(entity.key());
		}
		List<StatusDefinition> statuses = evaluator.ruleSet().statuses();
		database.writeEntities(statuses, measures, results, deleted);
	}
}
