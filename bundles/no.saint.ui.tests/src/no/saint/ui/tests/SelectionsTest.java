package no.saint.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.saint.engine.EntityKey;
import no.saint.evaluation.EntityType;
import no.saint.model.crm.Activity;
import no.saint.model.crm.Company;
import no.saint.model.crm.DynamicSelection;
import no.saint.model.crm.StaticSelection;
import no.saint.ui.SaintUiPlugin;
import no.saint.ui.session.BulkFollowUpOperation;
import no.saint.ui.session.EntityRow;
import no.saint.ui.session.MailingExport;
import no.saint.ui.session.SaintSession;
import no.saint.ui.session.SelectionCriteria;
import no.saint.ui.session.SelectionMembers;
import no.saint.ui.session.SelectionMembers.Entry;
import no.saint.ui.session.SelectionMembers.StatusEntry;
import no.saint.ui.session.SelectionMembers.StoredEntry;
import no.saint.ui.session.Selections;
import no.saint.ui.views.SelectionsView;

/** Tests static, dynamic and SAINT selections, follow-ups for all members and the CSV export. */
class SelectionsTest {

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
	void criteriaParseAndPrint() {
		SelectionCriteria criteria = SelectionCriteria
				.parse("has status \"Forsømt kunde\" and company.category = \"A-kunde\" and company.name starts with \"Berg and\"");

		assertEquals(3, criteria.criteria().size());
		assertEquals("has status \"Forsømt kunde\" and company.category = \"A-kunde\" and company.name starts with \"Berg and\"",
				criteria.text());
	}

	@Test
	void criteriaRejectInvalidCondition() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> SelectionCriteria.parse("has status Forsømt"));

		assertTrue(error.getMessage().contains("has status Forsømt"), error.getMessage());
		assertThrows(IllegalArgumentException.class, () -> SelectionCriteria.parse("  "));
	}

	@Test
	void saintSelectionListsEntitiesWithStatus() {
		SelectionMembers members = new SelectionMembers(session);
		Entry neglected = members.entries().stream()
				.filter(entry -> entry instanceof StatusEntry && entry.name().equals("Forsømt kunde"))
				.findFirst()
				.orElseThrow();

		List<EntityRow> rows = members.members(neglected);

		assertEquals(session.index().entitiesWith("Forsømt kunde").size(), rows.size());
		assertFalse(rows.isEmpty(), "members of the SAINT selection");
	}

	@Test
	void dynamicSelectionCombinesStatusAndField() {
		SelectionMembers members = new SelectionMembers(session);
		DynamicSelection selection = members.createDynamic("Forsømte A-kunder", EntityType.COMPANY,
				"has status \"Forsømt kunde\"  and  company.category = \"a-kunde\"");

		List<EntityRow> rows = members.members(new StoredEntry(selection));

		for (EntityRow row : rows) {
			assertTrue(session.index().has(row.key(), "Forsømt kunde"), row.name());
			Company company = session.store().find(Company.class, row.key().id()).orElseThrow();
			assertEquals("A-kunde", company.getCategory().getName(), row.name());
		}
		List<EntityRow> all = members.members(new StoredEntry(members.createDynamic("Alle forsømte", EntityType.COMPANY,
				"has status \"Forsømt kunde\"")));
		assertEquals(session.index().entitiesWith("Forsømt kunde").size(), all.size());
		assertTrue(rows.size() <= all.size(), "the field condition narrows the selection");
	}

	@Test
	void dynamicSelectionRejectsUnknownStatus() {
		SelectionMembers members = new SelectionMembers(session);

		assertThrows(IllegalArgumentException.class,
				() -> members.createDynamic("Feil", EntityType.COMPANY, "has status \"Finnes ikke\""));
		assertThrows(IllegalArgumentException.class,
				() -> members.createDynamic("Feil type", EntityType.COMPANY, "has status \"Forsømt prosjekt\""));
	}

	@Test
	void staticSelectionsSkipDynamicOnes() {
		SelectionMembers members = new SelectionMembers(session);
		members.createDynamic("Sovende", EntityType.COMPANY, "has status \"Sovende kunde\"");
		StaticSelection created = new Selections(session).create("Statisk", EntityType.COMPANY);

		List<StaticSelection> statics = new Selections(session).staticSelections(EntityType.COMPANY);

		assertTrue(statics.stream().anyMatch(selection -> selection.getId() == created.getId()), "static selection listed");
		assertTrue(statics.stream().allMatch(selection -> selection instanceof StaticSelection), "only static selections");
	}

	@Test
	void staticSelectionAddsAndRemovesMembers() {
		Selections selections = new Selections(session);
		StaticSelection selection = selections.create("Ring i morgen", EntityType.COMPANY);
		EntityKey first = TestSessions.companyWith(session, "Dyr kunde");
		EntityKey second = TestSessions.companyWith(session, "Sovende kunde");

		selections.add(selection, first);
		selections.add(selection, second);
		selections.remove(selection, first);

		List<EntityRow> rows = new SelectionMembers(session).members(new StoredEntry(selections.reload(selection)));
		assertEquals(List.of(second), rows.stream().map(EntityRow::key).toList());
	}

	@Test
	void followUpsForAllMembersUndoAtOnce() throws Exception {
		Selections selections = new Selections(session);
		StaticSelection selection = selections.create("Oppfølging denne uken", EntityType.COMPANY);
		List<EntityKey> keys = session.index().entitiesWith("Dyr kunde").stream().map(row -> row.key()).limit(3).toList();
		keys.forEach(key -> selections.add(selection, key));
		List<EntityRow> members = new SelectionMembers(session).members(new StoredEntry(selections.reload(selection)));
		IOperationHistory history = new DefaultOperationHistory();
		ObjectUndoContext context = new ObjectUndoContext(this);
		BulkFollowUpOperation operation = new BulkFollowUpOperation(session, session.status("Dyr kunde"), members);
		operation.addContext(context);

		assertEquals(IStatus.OK, history.execute(operation, null, null).getSeverity());

		List<Activity> created = operation.created();
		assertEquals(keys.size(), created.size());
		for (Activity activity : created) {
			Activity stored = session.store().find(Activity.class, activity.getId()).orElseThrow();
			assertEquals(stored.getCompany().getOwner().getId(), stored.getOwner().getId(), "owner of " + stored.getText());
		}

		assertEquals(IStatus.OK, history.undo(context, null, null).getSeverity());

		for (Activity activity : created) {
			assertTrue(session.store().find(Activity.class, activity.getId()).isEmpty(), "deleted " + activity.getId());
		}
	}

	@Test
	void exportWritesMembersAsCsv() throws Exception {
		SelectionMembers members = new SelectionMembers(session);
		Entry expensive = members.entries().stream()
				.filter(entry -> entry instanceof StatusEntry && entry.name().equals("Dyr kunde"))
				.findFirst()
				.orElseThrow();
		List<EntityRow> rows = members.members(expensive);
		Path file = folder.resolve("dyr kunde.csv");

		new MailingExport(session).write(rows, file);

		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertEquals("name,type,company,position,postcode,country,owner", lines.get(0));
		assertEquals(rows.size() + 1, lines.size());
		assertTrue(lines.get(1).contains(",company,"), lines.get(1));
	}

	@Test
	void viewShowsMembersOfChosenSelection() throws Exception {
		SaintUiPlugin.getDefault().setSession(session);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		SelectionsView view = (SelectionsView) page.showView(SelectionsView.ID);
		processEvents();
		Entry neglected = new SelectionMembers(session).entries().stream()
				.filter(entry -> entry.name().equals("Forsømt kunde"))
				.findFirst()
				.orElseThrow();

		view.select(neglected);
		processEvents();

		assertEquals(session.index().entitiesWith("Forsømt kunde").size(), view.membersViewer().getTable().getItemCount());
		List<String> names = view.selectionsViewer().getTable().getItems().length == 0 ? List.of()
				: java.util.Arrays.stream(view.selectionsViewer().getTable().getItems()).map(item -> item.getText()).toList();
		assertEquals(names.size(), names.stream().distinct().count(), "each selection listed once: " + names);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		processEvents();
		Screenshots.save(page.getWorkbenchWindow().getShell(), "selections");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// Run the pending asynchronous updates and paints.
		}
	}
}
