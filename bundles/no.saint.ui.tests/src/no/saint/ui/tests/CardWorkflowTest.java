package no.saint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.saint.engine.EntityKey;
import no.saint.evaluation.EntityType;
import no.saint.model.crm.StaticSelection;
import no.saint.ui.SaintPerspective;
import no.saint.ui.SaintUiPlugin;
import no.saint.ui.StatusImages;
import no.saint.ui.cards.CardEditor;
import no.saint.ui.dialogs.ShowStatusesDialog;
import no.saint.ui.session.EntityRow;
import no.saint.ui.session.FollowUps;
import no.saint.ui.session.SaintSession;
import no.saint.ui.session.Selections;
import no.saint.ui.views.EntityLabelProvider;
import no.saint.ui.views.NavigatorView;

/** Drives cards and the "Show statuses" dialog on the demo database, as a salesperson would. */
class CardWorkflowTest {

	@TempDir
	static Path folder;

	static SaintSession session;
	static IWorkbenchPage page;

	@BeforeAll
	static void openWorkbench() throws Exception {
		session = TestSessions.open(folder);
		SaintUiPlugin.getDefault().setSession(session);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setSize(1200, 800);
		page = window.getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(SaintPerspective.ID));
		page.showView(NavigatorView.ID);
		processEvents();
	}

	@AfterAll
	static void closeCards() {
		page.closeAllEditors(false);
		SaintUiPlugin.getDefault().setSession(null);
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// Run the pending asynchronous updates and paints.
		}
	}

	private static CardEditor openCard(EntityKey key) {
		CardEditor card = CardEditor.open(page, new EntityRow(key, TestSessions.name(session, key)));
		processEvents();
		return card;
	}

	@Test
	void navigatorListsCompaniesWithStatusIcons() throws Exception {
		NavigatorView navigator = (NavigatorView) page.findView(NavigatorView.ID);

		assertEquals(TestSessions.COMPANIES, navigator.model().size());
		assertEquals(TestSessions.COMPANIES, navigator.viewer().getTable().getItemCount());
		EntityRow first = navigator.model().row(0);
		assertNotNull(new EntityLabelProvider(false).getImage(first), "entity icon of " + first.name());
		assertNotNull(new EntityLabelProvider(true).getImage(first), "status icon of " + first.name());
		Screenshots.save(page.getWorkbenchWindow().getShell(), "navigator");
	}

	@Test
	void cardShowsWatermarkAndHoverText() throws Exception {
		EntityKey key = TestSessions.companyWithOnlyImage(session, "Forsømt kunde");
		CardEditor card = openCard(key);

		assertEquals("Forsømt kunde", card.card().watermark().orElseThrow().name());
		Rectangle bounds = card.watermarkBounds();
		assertNotNull(bounds, "watermark bounds");
		assertEquals(StatusImages.WIDTH, bounds.width);
		assertEquals(StatusImages.HEIGHT, bounds.height);

		Event move = new Event();
		move.x = bounds.x + bounds.width / 2;
		move.y = bounds.y + bounds.height / 2;
		card.header().notifyListeners(SWT.MouseMove, move);
		String hover = card.header().getToolTipText();
		assertNotNull(hover, "hover text over the watermark");
		assertTrue(hover.startsWith("Forsømt kunde\n"), hover);
		assertTrue(hover.contains("kontakt med " + TestSessions.name(session, key) + " det siste"), hover);

		Path screenshot = Screenshots.save(page.getWorkbenchWindow().getShell(), "card");
		assertTrue(Files.size(screenshot) > 1000, "screenshot " + screenshot + " is empty");
	}

	@Test
	void dialogLinksOtherStatuses() throws Exception {
		EntityKey key = session.index().entitiesWith("Dyr kunde").stream()
				.map(row -> row.key())
				.filter(dyr -> session.index().statuses(dyr).size() > 1)
				.findFirst()
				.orElseThrow(() -> new AssertionError("no demo company has \"Dyr kunde\" and another status"));
		String other = session.index().statuses(key).get(1);
		CardEditor card = openCard(key);

		ShowStatusesDialog dialog = card.openStatusesDialog(false);
		processEvents();
		try {
			assertEquals("Dyr kunde", dialog.status().name());
			Screenshots.save(dialog.getShell(), "show-statuses-dialog");

			dialog.show(session.status(other));
			assertEquals(other, dialog.status().name());
		} finally {
			dialog.close();
		}
	}

	@Test
	void followUpClearsStatusAndWatermark() throws Exception {
		EntityKey key = TestSessions.companyWithOnlyImage(session, "Forsømt kunde");
		// "Forsømt kunde" needs fewer than two outgoing activities in the last 3 months, so with none
		// a call beforehand makes the dialog's follow-up the one that clears it.
		if (outgoingInQuarter(key) == 0) {
			new FollowUps(session).create(key, session.status("Forsømt kunde"), null);
		}
		CardEditor card = openCard(key);
		assertTrue(session.index().has(key, "Forsømt kunde"), "status before the follow-up");

		ShowStatusesDialog dialog = card.openStatusesDialog(false);
		processEvents();
		try {
			assertNotNull(dialog.createFollowUp(), dialog.resultText());
			processEvents();
			Screenshots.save(dialog.getShell(), "show-statuses-after-follow-up");
		} finally {
			dialog.close();
		}
		processEvents();

		assertFalse(session.index().has(key, "Forsømt kunde"), "status after the follow-up");
		assertTrue(card.card().watermark().isEmpty(), "watermark after the follow-up");
		assertNull(card.watermarkBounds());
	}

	private static long outgoingInQuarter(EntityKey key) {
		return session.snapshot(key).activities().stream()
				.filter(activity -> "outgoing".equals(activity.direction()))
				.filter(activity -> activity.date().isAfter(session.asOf().minusMonths(3)))
				.count();
	}

	@Test
	void addToSelectionMakesEntityMember() {
		CardEditor card = openCard(TestSessions.companyWith(session, "Sovende kunde"));
		Selections selections = new Selections(session);
		StaticSelection selection = selections.create("Ring denne uken", EntityType.COMPANY);

		ShowStatusesDialog dialog = card.openStatusesDialog(false);
		try {
			assertNotNull(dialog.addToSelection(selection), dialog.resultText());
		} finally {
			dialog.close();
		}

		assertTrue(selections.isMember(selections.reload(selection), card.card().key()));
	}
}
