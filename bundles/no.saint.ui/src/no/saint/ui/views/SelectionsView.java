package no.saint.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import no.saint.engine.StatusChange;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.StatusDefinition;
import no.saint.model.crm.StaticSelection;
import no.saint.ui.Messages;
import no.saint.ui.SaintUiPlugin;
import no.saint.ui.cards.CardEditor;
import no.saint.ui.session.BulkFollowUpOperation;
import no.saint.ui.session.EntityRow;
import no.saint.ui.session.MailingExport;
import no.saint.ui.session.SaintSession;
import no.saint.ui.session.SelectionMembers;
import no.saint.ui.session.SelectionMembers.Entry;
import no.saint.ui.session.SelectionMembers.StatusEntry;
import no.saint.ui.session.SelectionMembers.StoredEntry;
import no.saint.ui.session.Selections;

/**
 * Lists the static, dynamic and SAINT selections on the left and the members
 * of the chosen one on the right. From a selection the user creates follow-ups
 * for every member in one undoable operation, or exports the members as CSV.
 */
public class SelectionsView extends ViewPart {

	public static final String ID = "no.saint.ui.views.selections";

	private TableViewer selectionsViewer;
	private TableViewer membersViewer;
	private SaintSession session;
	private final Consumer<SaintSession> sessionListener = this::sessionOpened;
	private final Consumer<StatusChange> statusListener = change -> refreshLater();

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		selectionsViewer = table(sash, Messages.SelectionsView_selection, element -> element instanceof Entry entry
				? entry.name() + kindSuffix(entry) : "");
		membersViewer = table(sash, Messages.SelectionsView_member, element -> element instanceof EntityRow row
				? row.name() : "");
		sash.setWeights(2, 3);
		selectionsViewer.addSelectionChangedListener(event -> showMembers());
		membersViewer.addDoubleClickListener(event -> {
			if (membersViewer.getStructuredSelection().getFirstElement() instanceof EntityRow row) {
				CardEditor.open(getSite().getPage(), row);
			}
		});
		getSite().setSelectionProvider(membersViewer);
		createActions();
		SaintUiPlugin.getDefault().whenSessionOpen(sessionListener);
	}

	private static TableViewer table(Composite parent, String title, java.util.function.Function<Object, String> text) {
		TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(260);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	private static String kindSuffix(Entry entry) {
		return switch (entry) {
		case StatusEntry status -> " (" + Messages.SelectionsView_saint + ")";
		case StoredEntry stored -> stored.isStatic() ? "" : " (" + Messages.SelectionsView_dynamic + ")";
		};
	}

	private void createActions() {
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(action(Messages.SelectionsView_newStatic, this::newStaticSelection));
		toolBar.add(action(Messages.SelectionsView_newDynamic, this::newDynamicSelection));
		toolBar.add(action(Messages.SelectionsView_removeMembers, this::removeMembers));
		toolBar.add(action(Messages.SelectionsView_createFollowUps, this::createFollowUps));
		toolBar.add(action(Messages.SelectionsView_export, this::exportMembers));
		new UndoRedoActionGroup(getSite(), PlatformUI.getWorkbench().getOperationSupport().getUndoContext(), true)
				.fillActionBars(getViewSite().getActionBars());
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private void sessionOpened(SaintSession opened) {
		selectionsViewer.getControl().getDisplay().asyncExec(() -> {
			if (selectionsViewer.getControl().isDisposed()) {
				return;
			}
			if (session != null) {
				session.removeListener(statusListener);
			}
			session = opened;
			if (session != null) {
				session.addListener(statusListener);
			}
			refresh();
		});
	}

	private void refreshLater() {
		if (!selectionsViewer.getControl().isDisposed()) {
			selectionsViewer.getControl().getDisplay().asyncExec(() -> {
				if (!selectionsViewer.getControl().isDisposed()) {
					showMembers();
				}
			});
		}
	}

	/** Reads the selections again, keeping the chosen one when it still exists. */
	public void refresh() {
		if (session == null) {
			return;
		}
		Entry chosen = chosen();
		List<Entry> entries = new SelectionMembers(session).entries();
		selectionsViewer.setInput(entries);
		if (chosen != null) {
			entries.stream().filter(entry -> entry.name().equals(chosen.name())).findFirst()
					.ifPresent(this::select);
		}
	}

	/** Chooses the selection and shows its members. */
	public void select(Entry entry) {
		if (selectionsViewer.getInput() instanceof List<?> entries) {
			entries.stream().filter(candidate -> candidate instanceof Entry shown && shown.name().equals(entry.name())
					&& shown.getClass() == entry.getClass()).findFirst().ifPresent(shown -> selectionsViewer
							.setSelection(new StructuredSelection(shown), true));
		}
		showMembers();
	}

	private Entry chosen() {
		return selectionsViewer.getStructuredSelection().getFirstElement() instanceof Entry entry ? entry : null;
	}

	private void showMembers() {
		Entry entry = chosen();
		if (session == null || entry == null) {
			membersViewer.setInput(List.of());
			return;
		}
		try {
			membersViewer.setInput(new SelectionMembers(session).members(entry));
		} catch (IllegalArgumentException e) {
			membersViewer.setInput(List.of());
			showError(NLS.bind(Messages.SelectionsView_membersFailed, entry.name(), e.getMessage()), e);
		}
	}

	public TableViewer selectionsViewer() {
		return selectionsViewer;
	}

	public TableViewer membersViewer() {
		return membersViewer;
	}

	private void newStaticSelection() {
		if (session == null) {
			return;
		}
		InputDialog name = new InputDialog(getSite().getShell(), Messages.SelectionsView_newStatic,
				Messages.ShowStatusesDialog_selectionName, "", text -> text.isBlank()
						? Messages.ShowStatusesDialog_selectionNameMissing : null);
		if (name.open() == Window.OK) {
			new Selections(session).create(name.getValue(), EntityType.COMPANY);
			refresh();
		}
	}

	private void newDynamicSelection() {
		if (session == null) {
			return;
		}
		InputDialog name = new InputDialog(getSite().getShell(), Messages.SelectionsView_newDynamic,
				Messages.ShowStatusesDialog_selectionName, "", text -> text.isBlank()
						? Messages.ShowStatusesDialog_selectionNameMissing : null);
		if (name.open() != Window.OK) {
			return;
		}
		InputDialog criteria = new InputDialog(getSite().getShell(), Messages.SelectionsView_newDynamic,
				Messages.SelectionsView_criteriaPrompt, "has status \"\"", null);
		if (criteria.open() != Window.OK) {
			return;
		}
		try {
			new SelectionMembers(session).createDynamic(name.getValue(), EntityType.COMPANY, criteria.getValue());
			refresh();
		} catch (IllegalArgumentException e) {
			MessageDialog.openError(getSite().getShell(), Messages.SelectionsView_newDynamic, e.getMessage());
		}
	}

	private void removeMembers() {
		if (!(chosen() instanceof StoredEntry stored) || !(stored.selection() instanceof StaticSelection selection)) {
			MessageDialog.openInformation(getSite().getShell(), Messages.SelectionsView_removeMembers,
					Messages.SelectionsView_staticOnly);
			return;
		}
		Selections selections = new Selections(session);
		for (Object element : membersViewer.getStructuredSelection()) {
			if (element instanceof EntityRow row) {
				selections.remove(selection, row.key());
			}
		}
		refresh();
	}

	private void createFollowUps() {
		Entry entry = chosen();
		if (session == null || entry == null) {
			return;
		}
		StatusDefinition status = entry instanceof StatusEntry statusEntry ? statusEntry.status() : chooseStatus(entry);
		if (status == null) {
			return;
		}
		List<EntityRow> members = new SelectionMembers(session).members(entry);
		try {
			IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
			BulkFollowUpOperation operation = new BulkFollowUpOperation(session, status, members);
			operation.addContext(PlatformUI.getWorkbench().getOperationSupport().getUndoContext());
			history.execute(operation, null, null);
			showMembers();
		} catch (ExecutionException | IllegalArgumentException e) {
			showError(NLS.bind(Messages.SelectionsView_followUpsFailed, entry.name(), e.getMessage()), e);
		}
	}

	private StatusDefinition chooseStatus(Entry entry) {
		ListDialog dialog = new ListDialog(getSite().getShell());
		dialog.setTitle(Messages.SelectionsView_createFollowUps);
		dialog.setMessage(Messages.SelectionsView_chooseStatus);
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((StatusDefinition) element).name();
			}
		});
		dialog.setInput(session.ruleSet().statuses().stream()
				.filter(status -> status.entityType() == entry.memberType() && status.defaultFollowUp().isPresent())
				.toList());
		return dialog.open() == Window.OK && dialog.getResult().length > 0
				? (StatusDefinition) dialog.getResult()[0] : null;
	}

	private void exportMembers() {
		Entry entry = chosen();
		if (session == null || entry == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.csv" });
		dialog.setFileName(entry.name() + ".csv");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			new MailingExport(session).write(new SelectionMembers(session).members(entry), Path.of(file));
		} catch (IOException | IllegalArgumentException e) {
			showError(NLS.bind(Messages.SelectionsView_exportFailed, file, e.getMessage()), e);
		}
	}

	private static void showError(String message, Exception e) {
		StatusManager.getManager().handle(Status.error(message, e), StatusManager.LOG | StatusManager.SHOW);
	}

	@Override
	public void setFocus() {
		selectionsViewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		SaintUiPlugin.getDefault().removeSessionListener(sessionListener);
		if (session != null) {
			session.removeListener(statusListener);
		}
		super.dispose();
	}
}
