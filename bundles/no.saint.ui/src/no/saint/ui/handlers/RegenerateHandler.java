package no.saint.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import no.saint.ui.SaintUiPlugin;
import no.saint.ui.jobs.RegenerateJob;
import no.saint.ui.session.SaintSession;
import no.saint.ui.session.StatusMonitors.Monitor;

/** Regenerates the selected status monitors, each in its own background job. */
public class RegenerateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		SaintSession session = SaintUiPlugin.getDefault().session();
		if (session == null || !(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
			return null;
		}
		List<RegenerateJob> jobs = new ArrayList<>();
		for (Object element : selection) {
			if (element instanceof Monitor monitor) {
				jobs.add(new RegenerateJob(session, monitor.name()));
			}
		}
		jobs.forEach(RegenerateJob::schedule);
		return null;
	}
}
