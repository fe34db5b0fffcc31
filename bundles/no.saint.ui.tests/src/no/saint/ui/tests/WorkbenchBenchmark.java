package no.saint.ui.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.saint.engine.EntityKey;
import no.saint.evaluation.EntityType;
import no.saint.model.crm.Company;
import no.saint.model.crm.CrmFactory;
import no.saint.model.crm.CrmObject;
import no.saint.store.DatabaseSettings;
import no.saint.store.Page;
import no.saint.ui.SaintPerspective;
import no.saint.ui.SaintUiPlugin;
import no.saint.ui.cards.CardEditor;
import no.saint.ui.session.CardModel;
import no.saint.ui.session.EntityRow;
import no.saint.ui.session.SaintSession;
import no.saint.ui.views.NavigatorView;

/**
 * Prints how long opening a card takes and how the navigator scrolls over
 * 100,000 companies. Runs only with {@code -Dbenchmark=WorkbenchBenchmark}.
 */
class WorkbenchBenchmark {

	private static final int COMPANIES = 100_000;

	@TempDir
	Path folder;

	@Test
	void openCardsAndScroll() throws Exception {
		assumeTrue("WorkbenchBenchmark".equals(System.getProperty("benchmark")), "run with -Dbenchmark=WorkbenchBenchmark");

		DatabaseSettings settings = new DatabaseSettings("jdbc:h2:" + folder.resolve("crm").toAbsolutePath(), "sa", "");
		long start = System.nanoTime();
		try (SaintSession empty = SaintSession.open(settings, SaintSession.defaultRulesLocation(), TestSessions.AS_OF,
				true, null)) {
			List<CrmObject> companies = new ArrayList<>();
			for (int i = 0; i < COMPANIES; i++) {
				Company company = CrmFactory.eINSTANCE.createCompany();
				company.setName(String.format("Firma %06d", i));
				companies.add(company);
			}
			empty.store().saveAll(companies);
		}
		print("insert 100,000 companies", System.nanoTime() - start, "ms");

		start = System.nanoTime();
		SaintSession session = SaintSession.open(settings, SaintSession.defaultRulesLocation(), TestSessions.AS_OF.plusDays(1),
				false, null);
		print("open session and generate statuses", System.nanoTime() - start, "ms");
		SaintUiPlugin.getDefault().setSession(session);
		try {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(SaintPerspective.ID));
			NavigatorView navigator = (NavigatorView) page.showView(NavigatorView.ID);
			processEvents();
			measureScrolling(navigator);
			measureCardOpening(page, session);
			page.closeAllEditors(false);
		} finally {
			SaintUiPlugin.getDefault().setSession(null);
		}
	}

	private static void measureScrolling(NavigatorView navigator) {
		Table table = navigator.viewer().getTable();
		System.out.println("BENCHMARK navigator rows: " + table.getItemCount());
		int jumps = 50;
		long start = System.nanoTime();
		for (int i = 0; i < jumps; i++) {
			table.setTopIndex((int) ((long) i * (table.getItemCount() - 50) / jumps));
			processEvents();
			table.getItem(table.getTopIndex()).getText();
		}
		print("navigator jump to a new page, mean of " + jumps, (System.nanoTime() - start) / jumps, "ms");

		start = System.nanoTime();
		int steps = 200;
		for (int i = 0; i < steps; i++) {
			table.setTopIndex(50_000 + i * 10);
			processEvents();
		}
		print("navigator scroll by 10 rows, mean of " + steps, (System.nanoTime() - start) / steps, "ms");
	}

	private static void measureCardOpening(IWorkbenchPage page, SaintSession session) {
		List<EntityKey> keys = new ArrayList<>();
		for (int offset : new int[] { 10, 500, 5_000, 20_000, 40_000, 60_000, 80_000, 99_000 }) {
			keys.add(companyAt(session, offset));
		}
		// The first card loads classes and images; it is measured apart.
		long start = System.nanoTime();
		CardEditor.open(page, new EntityRow(companyAt(session, 0), "first"));
		processEvents();
		print("open first card", System.nanoTime() - start, "ms");

		long total = 0;
		for (EntityKey key : keys) {
			start = System.nanoTime();
			CardEditor.open(page, new EntityRow(key, "Firma " + key.id()));
			processEvents();
			total += System.nanoTime() - start;
		}
		print("open card, mean of " + keys.size(), total / keys.size(), "ms");

		// The next company after each measured one, so that no card model is read twice.
		total = 0;
		for (int offset : new int[] { 11, 501, 5_001, 20_001, 40_001, 60_001, 80_001, 99_001 }) {
			EntityKey key = companyAt(session, offset);
			start = System.nanoTime();
			CardModel.load(session, key);
			total += System.nanoTime() - start;
		}
		print("load card model without the editor, mean of 8", total / 8, "ms");
	}

	private static EntityKey companyAt(SaintSession session, int offset) {
		Company company = session.store().list(Company.class, new Page(offset, 1)).get(0);
		return new EntityKey(EntityType.COMPANY, company.getId());
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// Let the table ask for its rows and paint.
		}
	}

	private static void print(String figure, long nanos, String unit) {
		System.out.printf("BENCHMARK %s: %.1f %s%n", figure, nanos / 1e6, unit);
	}
}
