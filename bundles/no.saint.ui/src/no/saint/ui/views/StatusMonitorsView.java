package no.saint.ui.views;

import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import no.saint.engine.StatusChange;
import no.saint.ui.Messages;
import no.saint.ui.SaintUiPlugin;
import no.saint.ui.session.SaintSession;
import no.saint.ui.session.StatusMonitors;
import no.saint.ui.session.StatusMonitors.Monitor;

/**
 * Lists every status monitor of the rules in use with its entity type, rank,
 * number of matches and last generation. The commands "Regenerate" and
 * "Regenerate all" act on it.
 */
public class StatusMonitorsView extends ViewPart {

	public static final String ID = "no.saint.ui.views.statusMonitors";

	private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

	private TableViewer viewer;
	private SaintSession session;
	private final Consumer<SaintSession> sessionListener = this::sessionOpened;
	private final Consumer<StatusChange> statusListener = change -> refreshLater();

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(Messages.StatusMonitorsView_name, 220, SWT.LEFT, Monitor::name);
		column(Messages.StatusMonitorsView_entityType, 90, SWT.LEFT, monitor -> entityTypeText(monitor));
		column(Messages.StatusMonitorsView_rank, 60, SWT.RIGHT, monitor -> String.valueOf(monitor.rank()));
		column(Messages.StatusMonitorsView_matches, 80, SWT.RIGHT, monitor -> String.valueOf(monitor.matches()));
		column(Messages.StatusMonitorsView_lastGenerated, 150, SWT.LEFT, monitor -> monitor.lastGenerated() == null
				? Messages.StatusMonitorsView_never
				: TIME_FORMAT.withLocale(Locale.getDefault()).format(monitor.lastGenerated()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());

		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		table.setMenu(menu.createContextMenu(table));
		getSite().registerContextMenu(menu, viewer);
		SaintUiPlugin.getDefault().whenSessionOpen(sessionListener);
	}

	private void column(String title, int width, int alignment, Function<Monitor, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Monitor monitor ? text.apply(monitor) : "";
			}
		});
	}

	private static String entityTypeText(Monitor monitor) {
		return switch (monitor.entityType()) {
		case COMPANY -> Messages.NavigatorView_companies;
		case PERSON -> Messages.NavigatorView_persons;
		case PROJECT -> Messages.NavigatorView_projects;
		};
	}

	private void sessionOpened(SaintSession opened) {
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (viewer.getControl().isDisposed()) {
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
		if (!viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(this::refresh);
		}
	}

	/** Reads the monitors again and shows them. */
	public void refresh() {
		if (session == null || viewer.getControl().isDisposed()) {
			return;
		}
		try {
			List<Monitor> monitors = new StatusMonitors(session).monitors();
			viewer.setInput(monitors);
		} catch (SQLException e) {
			StatusManager.getManager().handle(Status.error(NLS.bind(Messages.StatusMonitorsView_readFailed,
					e.getMessage()), e), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
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
