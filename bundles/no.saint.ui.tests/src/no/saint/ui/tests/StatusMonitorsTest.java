package no.saint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.saint.ui.SaintUiPlugin;
import no.saint.ui.jobs.RegenerateJob;
import no.saint.ui.session.SaintSession;
import no.saint.ui.session.StatusMonitors;
import no.saint.ui.session.StatusMonitors.Monitor;
import no.saint.ui.views.StatusMonitorsView;

/** Tests the status monitors, their regeneration job and the view that lists them. */
class StatusMonitorsTest {

	@TempDir
	static Path folder;

	static SaintSession session;

	@BeforeAll
	static void openSession() throws Exception {
		session = TestSessions.open(folder);
	}

	@AfterAll
	static void closeSession() {
		if (SaintUiPlugin.getDefault().session() == session) {
			SaintUiPlugin.getDefault().setSession(null);
		} else {
			session.close();
		}
	}

	@Test
	void monitorsListEveryStatusWithMatches() throws Exception {
		List<Monitor> monitors = new StatusMonitors(session).monitors();

		assertEquals(session.ruleSet().statuses().size(), monitors.size());
		for (Monitor monitor : monitors) {
			assertEquals(session.index().entitiesWith(monitor.name()).size(), monitor.matches(), monitor.name());
			assertNotNull(monitor.lastGenerated(), "last generated of " + monitor.name());
		}
		for (int i = 1; i < monitors.size(); i++) {
			assertTrue(monitors.get(i - 1).rank() <= monitors.get(i).rank(), "rank order at " + monitors.get(i).name());
		}
	}

	@Test
	void jobRegeneratesOneStatus() throws Exception {
		Monitor before = monitor("Dyr kunde");

		RegenerateJob job = new RegenerateJob(session, "Dyr kunde");
		job.schedule();
		job.join();

		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
		assertEquals(before.matches(), job.summary().matches().get("Dyr kunde").intValue());
		assertTrue(!monitor("Dyr kunde").lastGenerated().isBefore(before.lastGenerated()), "last generated moved on");
	}

	@Test
	void cancelledJobKeepsStatuses() throws Exception {
		int matches = monitor("Forsømt kunde").matches();
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);

		IStatus result = new RegenerateJob(session, null).regenerate(cancelled);

		assertEquals(IStatus.CANCEL, result.getSeverity());
		assertEquals(matches, monitor("Forsømt kunde").matches());
		assertEquals(matches, session.index().entitiesWith("Forsømt kunde").size());
	}

	@Test
	void viewRegeneratesAllByCommand() throws Exception {
		SaintUiPlugin.getDefault().setSession(session);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		StatusMonitorsView view = (StatusMonitorsView) page.showView(StatusMonitorsView.ID);
		processEvents();

		assertEquals(session.ruleSet().statuses().size(), view.viewer().getTable().getItemCount());

		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand("no.saint.ui.commands.regenerateAll", null);
		Job.getJobManager().join(RegenerateJob.FAMILY, null);
		processEvents();

		assertEquals(session.ruleSet().statuses().size(), view.viewer().getTable().getItemCount());
		Screenshots.save(page.getWorkbenchWindow().getShell(), "status-monitors");
	}

	private static Monitor monitor(String name) throws Exception {
		return new StatusMonitors(session).monitors().stream()
				.filter(monitor -> monitor.name().equals(name))
				.findFirst()
				.orElseThrow();
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// Run the pending asynchronous updates and paints.
		}
	}
}
