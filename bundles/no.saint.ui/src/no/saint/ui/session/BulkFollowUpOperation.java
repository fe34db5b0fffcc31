package no.saint.ui.session;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import no.saint.evaluation.StatusDefinition;
import no.saint.model.crm.Activity;

/**
 * Creates the follow-up of a status for every member of a selection, each
 * assigned to the member's owner, in one database transaction. Undo deletes
 * the created activities in one transaction, redo creates them again.
 */
public final class BulkFollowUpOperation extends AbstractOperation {

	private final SaintSession session;
	private final StatusDefinition status;
	private final List<EntityRow> members;
	private final List<Activity> created = new ArrayList<>();

	public BulkFollowUpOperation(SaintSession session, StatusDefinition status, List<EntityRow> members) {
		super(NLS.bind(SessionMessages.BulkFollowUp_label, status.name(), members.size()));
		if (status.defaultFollowUp().isEmpty()) {
			throw new IllegalArgumentException(NLS.bind(SessionMessages.FollowUp_noDefault, status.name()));
		}
		this.session = session;
		this.status = status;
		this.members = List.copyOf(members);
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		SubMonitor progress = SubMonitor.convert(monitor, getLabel(), members.size() + 1);
		FollowUps followUps = new FollowUps(session);
		List<Activity> activities = new ArrayList<>(members.size());
		for (EntityRow member : members) {
			progress.checkCanceled();
			activities.add(followUps.prepare(member.key(), status, null));
			progress.worked(1);
		}
		try {
			session.store().write(transaction -> {
				transaction.saveAll(activities);
				return null;
			});
		} catch (RuntimeException e) {
			throw new ExecutionException(NLS.bind(SessionMessages.BulkFollowUp_failed, status.name(), e.getMessage()), e);
		}
		created.clear();
		created.addAll(activities);
		return Status.OK_STATUS;
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		try {
			session.store().write(transaction -> {
				for (Activity activity : created) {
					transaction.delete(activity);
				}
				return null;
			});
		} catch (RuntimeException e) {
			throw new ExecutionException(NLS.bind(SessionMessages.BulkFollowUp_undoFailed, status.name(), e.getMessage()), e);
		}
		created.clear();
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return execute(monitor, info);
	}

	/** Returns the activities of the last execution, empty after undo. */
	public List<Activity> created() {
		return List.copyOf(created);
	}
}
