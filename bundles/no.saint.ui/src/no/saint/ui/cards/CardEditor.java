package no.saint.ui.cards;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.statushandlers.StatusManager;

import no.saint.engine.StatusChange;
import no.saint.evaluation.StatusDefinition;
import no.saint.ui.Messages;
import no.saint.ui.SaintUiPlugin;
import no.saint.ui.StatusImages;
import no.saint.ui.dialogs.ShowStatusesDialog;
import no.saint.ui.session.CardModel;
import no.saint.ui.session.EntityRow;
import no.saint.ui.session.SaintSession;

/**
 * The card of a company, person or project: its fields over the image of
 * its highest-ranked visualized status, drawn as a watermark at 40 %
 * opacity, then its statuses and its activities, sales and requests.
 * Hovering over the image shows the status; clicking it opens "Show statuses".
 */
public class CardEditor extends EditorPart {

	public static final String ID = "no.saint.ui.cards.card";

	private SaintSession session;
	private CardModel card;
	private Composite header;
	private Composite fields;
	private Label statusLine;
	private TableViewer activities;
	private TableViewer sales;
	private TableViewer requests;
	private Image background;
	private Rectangle watermarkBounds;
	private final Consumer<StatusChange> statusListener = this::statusesChanged;

	/**
	 * Opens the card of {@code row}, or activates it when it is open already.
	 * Returns null when the card could not be created, for example for a deleted entity.
	 */
	public static CardEditor open(IWorkbenchPage page, EntityRow row) {
		try {
			return page.openEditor(new EntityEditorInput(row), ID) instanceof CardEditor card ? card : null;
		} catch (PartInitException e) {
			StatusManager.getManager().handle(Status.error(NLS.bind(Messages.CardEditor_openFailed, row.name()), e),
					StatusManager.LOG | StatusManager.SHOW);
			return null;
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof EntityEditorInput)) {
			throw new PartInitException(NLS.bind(Messages.CardEditor_wrongInput, input.getName()));
		}
		session = SaintUiPlugin.getDefault().session();
		if (session == null) {
			throw new PartInitException(Messages.CardEditor_noSession);
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
	}

	private EntityEditorInput entity() {
		return (EntityEditorInput) getEditorInput();
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(root);

		header = new Composite(root, SWT.NONE);
		header.setBackgroundMode(SWT.INHERIT_FORCE);
		// The right margin keeps the fields clear of the watermark.
		GridLayoutFactory.fillDefaults().margins(10, 10).extendedMargins(0, StatusImages.WIDTH + 16, 0, 0).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, StatusImages.HEIGHT + 16).applyTo(header);
		fields = new Composite(header, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 4).applyTo(fields);
		statusLine = new Label(header, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(statusLine);
		header.addListener(SWT.Resize, event -> paintBackground());
		header.addListener(SWT.MouseMove, this::hover);
		header.addListener(SWT.MouseUp, event -> {
			if (watermarkBounds != null && watermarkBounds.contains(event.x, event.y)) {
				openStatusesDialog(true);
			}
		});

		TabFolder tabs = new TabFolder(root, SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		activities = recordTable(tabs, Messages.CardEditor_activities);
		sales = recordTable(tabs, Messages.CardEditor_sales);
		requests = recordTable(tabs, Messages.CardEditor_requests);

		session.addListener(statusListener);
		reload();
	}

	private TableViewer recordTable(TabFolder tabs, String title) {
		TabItem tab = new TabItem(tabs, SWT.NONE);
		tab.setText(title);
		TableViewer table = new TableViewer(tabs, SWT.FULL_SELECTION | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(table, Messages.CardEditor_date, 90, line -> String.valueOf(line.date()));
		column(table, Messages.CardEditor_kind, 130, CardModel.RecordLine::kind);
		column(table, Messages.CardEditor_text, 300, CardModel.RecordLine::text);
		column(table, Messages.CardEditor_owner, 120, CardModel.RecordLine::owner);
		tab.setControl(table.getTable());
		return table;
	}

	private static void column(TableViewer table, String title, int width,
			java.util.function.Function<CardModel.RecordLine, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((CardModel.RecordLine) element);
				return value == null ? "" : value;
			}
		});
	}

	/** Reads the card again from the database and shows it. */
	public void reload() {
		card = CardModel.load(session, entity().key());
		for (org.eclipse.swt.widgets.Control child : fields.getChildren()) {
			child.dispose();
		}
		for (CardModel.Field field : card.fields()) {
			Label label = new Label(fields, SWT.NONE);
			label.setText(field.label() + ":");
			Label value = new Label(fields, SWT.NONE);
			value.setText(field.value() == null ? "" : field.value());
		}
		List<String> names = card.statuses().stream().map(StatusDefinition::name).toList();
		statusLine.setText(names.isEmpty() ? Messages.CardEditor_noStatuses
				: NLS.bind(Messages.CardEditor_statuses, String.join(", ", names)));
		activities.setInput(card.activities());
		sales.setInput(card.sales());
		requests.setInput(card.requests());
		header.layout(true, true);
		paintBackground();
	}

	/** Draws the header's background: the plain card colour with the watermark at the top right. */
	private void paintBackground() {
		Rectangle area = header.getClientArea();
		if (area.width <= 0 || area.height <= 0) {
			return;
		}
		Image image = card == null ? null
				: card.watermark().map(status -> StatusImages.of(header.getDisplay()).watermark(session.imageLocation(status)))
						.orElse(null);
		Image painted = new Image(header.getDisplay(), area.width, area.height);
		GC gc = new GC(painted);
		gc.setBackground(header.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(0, 0, area.width, area.height);
		watermarkBounds = null;
		if (image != null) {
			watermarkBounds = StatusImages.watermarkBounds(image, area);
			gc.setAlpha(StatusImages.WATERMARK_ALPHA);
			gc.drawImage(image, watermarkBounds.x, watermarkBounds.y);
		}
		gc.dispose();
		header.setBackgroundImage(painted);
		if (background != null) {
			background.dispose();
		}
		background = painted;
	}

	private void hover(Event event) {
		boolean over = watermarkBounds != null && watermarkBounds.contains(event.x, event.y);
		String text = over ? card.hoverText() : null;
		if (!java.util.Objects.equals(text, header.getToolTipText())) {
			header.setToolTipText(text);
		}
		header.setCursor(over ? header.getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null);
	}

	/**
	 * Opens "Show statuses" for the watermark's status, or the highest-ranked
	 * status when no status has an image. Returns null when the entity has no status.
	 */
	public ShowStatusesDialog openStatusesDialog(boolean block) {
		StatusDefinition shown = card.watermark().orElse(card.statuses().isEmpty() ? null : card.statuses().get(0));
		if (shown == null) {
			return null;
		}
		ShowStatusesDialog dialog = new ShowStatusesDialog(getSite().getShell(), session, entity().key(), shown);
		dialog.setBlockOnOpen(block);
		dialog.open();
		return dialog;
	}

	private void statusesChanged(StatusChange change) {
		if (change.all() || change.keys().contains(entity().key())) {
			header.getDisplay().asyncExec(() -> {
				if (!header.isDisposed()) {
					reload();
				}
			});
		}
	}

	/** Returns the card shown, for tests. */
	public CardModel card() {
		return card;
	}

	/** Returns the area of the watermark in the header, or null when the card has none. */
	public Rectangle watermarkBounds() {
		return watermarkBounds;
	}

	public Composite header() {
		return header;
	}

	@Override
	public void setFocus() {
		header.setFocus();
	}

	@Override
	public void dispose() {
		session.removeListener(statusListener);
		if (background != null) {
			background.dispose();
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// A card shows stored data and has nothing to save.
	}

	@Override
	public void doSaveAs() {
		// A card has nothing to save.
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
