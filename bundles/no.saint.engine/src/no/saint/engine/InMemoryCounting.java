package no.saint.engine;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import no.saint.evaluation.EntityType;

/** Counts in memory, entity by entity, from the snapshots of a {@link SnapshotSource}. */
final class InMemoryCounting implements CounterSource {

	private static final int CANCEL_CHECK_INTERVAL = 1_000;

	private final SnapshotSource source;

	InMemoryCounting(SnapshotSource source) {
		this.source = source;
	}

	@Override
	public int count(EntityType type) throws Exception {
		return source.count(type);
	}

	@Override
	public List<EntityResult> evaluate(Evaluator evaluator, EntityType type, IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, source.count(type));
		List<EntityResult> results = new ArrayList<>();
		if (evaluator.statuses(type).isEmpty()) {
			return results;
		}
		source.forEach(type, entity -> {
			results.add(evaluator.evaluate(entity));
			if (results.size() % CANCEL_CHECK_INTERVAL == 0) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				progress.worked(CANCEL_CHECK_INTERVAL);
			}
		});
		return results;
	}
}
