package no.saint.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import no.saint.ui.SaintUiPlugin;
import no.saint.ui.jobs.RegenerateJob;
import no.saint.ui.session.SaintSession;

/** Regenerates every status monitor of the rules in use in a background job. */
public class RegenerateAllHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		SaintSession session = SaintUiPlugin.getDefault().session();
		if (session != null) {
			new RegenerateJob(session, null).schedule();
		}
		return null;
	}

	@Override
	public boolean isEnabled() {
		return SaintUiPlugin.getDefault().session() != null;
	}
}
