package no.saint.ui.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import no.saint.engine.GenerationSummary;
import no.saint.ui.Messages;
import no.saint.ui.session.SaintSession;

/**
 * Regenerates one status or all of them in the background. Cancelling keeps
 * the values of the previous generation, because the session writes a
 * generation in one transaction.
 */
public final class RegenerateJob extends Job {

	/** Family of every regeneration job, for {@code Job.getJobManager().join}. */
	public static final Object FAMILY = RegenerateJob.class;

	private final SaintSession session;
	private final String statusName;
	private GenerationSummary summary;

	/** Creates the job for {@code statusName}, or for every status when it is null. */
	public RegenerateJob(SaintSession session, String statusName) {
		super(statusName == null ? Messages.RegenerateJob_all : NLS.bind(Messages.RegenerateJob_one, statusName));
		this.session = session;
		this.statusName = statusName;
		setUser(true);
		setRule(new SessionRule(session));
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		return regenerate(monitor);
	}

	/** Runs the regeneration in the calling thread and returns the job's result. */
	public IStatus regenerate(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		try {
			summary = session.regenerate(statusName, progress.split(100));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (Exception e) {
			// The job manager logs the returned error and shows it to the user.
			return Status.error(NLS.bind(Messages.RegenerateJob_failed, getName(), e.getMessage()), e);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** Returns the summary of the finished regeneration, or null when it did not finish. */
	public GenerationSummary summary() {
		return summary;
	}

	/** Lets one regeneration of a session run at a time. */
	private record SessionRule(SaintSession session) implements ISchedulingRule {

		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule instanceof SessionRule other && other.session == session;
		}
	}
}
