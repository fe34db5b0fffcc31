package no.saint.ui.views;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;

import no.saint.engine.StatusChange;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.StatusDefinition;
import no.saint.ui.Messages;
import no.saint.ui.SaintUiPlugin;
import no.saint.ui.cards.CardEditor;
import no.saint.ui.session.EntityRow;
import no.saint.ui.session.NavigatorModel;
import no.saint.ui.session.SaintSession;

/**
 * Lists the companies, persons or projects of the CRM database in a virtual
 * table: search by name prefix, filter by status, sort by clicking a column
 * header. Double-clicking a row opens its card.
 */
public class NavigatorView extends ViewPart {

	public static final String ID = "no.saint.ui.views.navigator";

	private static final EntityType[] TYPES = { EntityType.COMPANY, EntityType.PERSON, EntityType.PROJECT };

	private Composite root;
	private Label message;
	private Combo typeCombo;
	private Text searchText;
	private Combo statusCombo;
	private TableViewer viewer;
	private NavigatorModel model;
	private SaintSession session;
	private final Consumer<SaintSession> sessionListener = this::sessionOpened;
	private final Consumer<StatusChange> statusListener = this::statusesChanged;

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(2, 2).applyTo(root);

		typeCombo = new Combo(root, SWT.READ_ONLY);
		typeCombo.setItems(Messages.NavigatorView_companies, Messages.NavigatorView_persons, Messages.NavigatorView_projects);
		typeCombo.select(0);
		searchText = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		searchText.setMessage(Messages.NavigatorView_searchHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(searchText);
		statusCombo = new Combo(root, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(statusCombo);

		message = new Label(root, SWT.WRAP);
		message.setText(Messages.NavigatorView_opening);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(message);

		createTable();
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		getSite().registerContextMenu(menu, viewer);
		setEnabled(false);
		SaintUiPlugin.getDefault().whenSessionOpen(sessionListener);
	}

	private void createTable() {
		viewer = new TableViewer(root, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(table);
		viewer.setUseHashlookup(true);
		ColumnViewerToolTipSupport.enableFor(viewer);

		TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEFT);
		name.getColumn().setText(Messages.NavigatorView_nameColumn);
		name.getColumn().setWidth(220);
		name.setLabelProvider(new EntityLabelProvider(false));
		name.getColumn().addListener(SWT.Selection, event -> sortByName());

		TableViewerColumn statuses = new TableViewerColumn(viewer, SWT.LEFT);
		statuses.getColumn().setText(Messages.NavigatorView_statusColumn);
		statuses.getColumn().setWidth(200);
		statuses.setLabelProvider(new EntityLabelProvider(true));
		statuses.getColumn().addListener(SWT.Selection, event -> sort(NavigatorModel.Sort.STATUS));

		viewer.setContentProvider(new LazyRows());
		viewer.addDoubleClickListener(event -> openSelection());
		typeCombo.addListener(SWT.Selection, event -> typeChanged());
		searchText.addListener(SWT.Modify, event -> update(() -> model.setSearch(searchText.getText())));
		statusCombo.addListener(SWT.Selection, event -> statusFilterChanged());
	}

	/** Supplies the rows the virtual table shows, one at a time. */
	private final class LazyRows implements ILazyContentProvider {

		@Override
		public void updateElement(int index) {
			EntityRow row = model.row(index);
			if (row != null) {
				viewer.replace(row, index);
			}
		}

		@Override
		public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
			// The model is read when rows are requested.
		}
	}

	private void sessionOpened(SaintSession opened) {
		root.getDisplay().asyncExec(() -> {
			if (root.isDisposed()) {
				return;
			}
			if (session != null) {
				session.removeListener(statusListener);
			}
			session = opened;
			if (session == null) {
				setEnabled(false);
				return;
			}
			session.addListener(statusListener);
			model = new NavigatorModel(session);
			fillStatusChoices();
			message.setText(Messages.NavigatorView_ready);
			setEnabled(true);
			viewer.setInput(model);
			showRows();
		});
	}

	private void statusesChanged(StatusChange change) {
		root.getDisplay().asyncExec(() -> {
			if (!root.isDisposed() && model != null) {
				update(() -> {
					if (model.statusFilter() != null || model.sort() == NavigatorModel.Sort.STATUS) {
						model.refresh();
					}
				});
			}
		});
	}

	private void typeChanged() {
		update(() -> model.setType(TYPES[typeCombo.getSelectionIndex()]));
		fillStatusChoices();
	}

	private void statusFilterChanged() {
		int index = statusCombo.getSelectionIndex();
		List<StatusDefinition> choices = model.statusChoices();
		update(() -> model.setStatusFilter(index <= 0 ? null : choices.get(index - 1).name()));
	}

	private void fillStatusChoices() {
		statusCombo.removeAll();
		statusCombo.add(Messages.NavigatorView_allStatuses);
		model.statusChoices().forEach(status -> statusCombo.add(status.name()));
		statusCombo.select(0);
	}

	private void sortByName() {
		sort(model.sort() == NavigatorModel.Sort.NAME_ASCENDING ? NavigatorModel.Sort.NAME_DESCENDING
				: NavigatorModel.Sort.NAME_ASCENDING);
	}

	private void sort(NavigatorModel.Sort sort) {
		update(() -> model.setSort(sort));
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(sort == NavigatorModel.Sort.STATUS ? 1 : 0));
		table.setSortDirection(sort == NavigatorModel.Sort.NAME_DESCENDING ? SWT.DOWN : SWT.UP);
	}

	/** Changes the model and shows its rows again. */
	private void update(Runnable change) {
		if (model == null) {
			return;
		}
		change.run();
		showRows();
	}

	private void showRows() {
		Table table = viewer.getTable();
		viewer.setItemCount(model.size());
		table.clearAll();
		message.setText(org.eclipse.osgi.util.NLS.bind(Messages.NavigatorView_count, model.size()));
	}

	private void setEnabled(boolean enabled) {
		typeCombo.setEnabled(enabled);
		searchText.setEnabled(enabled);
		statusCombo.setEnabled(enabled);
	}

	private void openSelection() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		for (Object element : selection) {
			if (element instanceof EntityRow row) {
				CardEditor.open(getSite().getPage(), row);
			}
		}
	}

	/** Returns the table model, or null before the session is open. Used by tests and benchmarks. */
	public NavigatorModel model() {
		return model;
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		searchText.setFocus();
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
