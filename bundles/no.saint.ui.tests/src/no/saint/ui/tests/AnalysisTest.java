package no.saint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.saint.ui.SaintUiPlugin;
import no.saint.ui.session.SaintSession;
import no.saint.ui.session.StatusAnalysis;
import no.saint.ui.session.StatusAnalysis.Point;
import no.saint.ui.views.AnalysisView;

/** Tests the analysis figures, the chart view and its PNG and CSV export. */
class AnalysisTest {

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
	void entitiesPerStatusCountsIndex() {
		List<Point> points = new StatusAnalysis(session).entitiesPerStatus();

		assertEquals(session.ruleSet().statuses().size(), points.size());
		for (Point point : points) {
			assertEquals(session.index().entitiesWith(point.label()).size(), point.value(), point.label());
		}
	}

	@Test
	void monthEndsCoverPastYear() {
		List<LocalDate> atYearEnd = StatusAnalysis.monthEnds(LocalDate.of(2017, 12, 31));
		List<LocalDate> midMonth = StatusAnalysis.monthEnds(LocalDate.of(2018, 3, 15));

		assertEquals(12, atYearEnd.size());
		assertEquals(LocalDate.of(2017, 1, 31), atYearEnd.get(0));
		assertEquals(LocalDate.of(2017, 12, 31), atYearEnd.get(11));
		assertEquals(LocalDate.of(2017, 3, 31), midMonth.get(0));
		assertEquals(LocalDate.of(2018, 2, 28), midMonth.get(11));
	}

	@Test
	void historyEndsWithCurrentMatches() throws Exception {
		List<Point> history = new StatusAnalysis(session).monthlyMatches("Forsømt kunde", null);

		assertEquals(12, history.size());
		assertEquals("2017-01", history.get(0).label());
		assertEquals("2017-12", history.get(11).label());
		assertEquals(session.index().entitiesWith("Forsømt kunde").size(), history.get(11).value());
	}

	@Test
	void viewDrawsAndExportsHistory() throws Exception {
		SaintUiPlugin.getDefault().setSession(session);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		AnalysisView view = (AnalysisView) page.showView(AnalysisView.ID);
		processEvents();
		assertEquals(session.ruleSet().statuses().size(), view.points().size());

		Job job = view.showHistory("Forsømt kunde");
		job.join();
		processEvents();

		assertEquals(12, view.points().size());
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		processEvents();
		view.canvas().redraw();
		view.canvas().update();
		Screenshots.save(page.getWorkbenchWindow().getShell(), "analysis-chart");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);

		Path png = folder.resolve("history.png");
		Path csv = folder.resolve("history.csv");
		view.exportPng(png);
		view.exportCsv(csv);

		ImageData image = new ImageLoader().load(png.toString())[0];
		assertEquals(AnalysisView.EXPORT_WIDTH, image.width);
		assertEquals(AnalysisView.EXPORT_HEIGHT, image.height);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals("month,matches", lines.get(0));
		assertEquals(13, lines.size());
		assertTrue(lines.get(12).startsWith("2017-12,"), lines.get(12));
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// Run the pending asynchronous updates and paints.
		}
	}
}
