package no.saint.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import no.saint.engine.StatusChange;
import no.saint.evaluation.StatusDefinition;
import no.saint.ui.Messages;
import no.saint.ui.SaintUiPlugin;
import no.saint.ui.session.SaintSession;
import no.saint.ui.session.StatusAnalysis;
import no.saint.ui.session.StatusAnalysis.Point;

/**
 * Shows the analysis charts: the number of entities per status as bars, or
 * one status's number of matches at the past twelve month ends as a line,
 * computed in a background job. Both export as PNG and CSV.
 */
public class AnalysisView extends ViewPart {

	public static final String ID = "no.saint.ui.views.analysis";

	/** Size of the exported PNG image, in pixels. */
	public static final int EXPORT_WIDTH = 900;
	public static final int EXPORT_HEIGHT = 500;

	private Combo chartCombo;
	private Combo statusCombo;
	private Canvas canvas;
	private SaintSession session;
	private List<Point> points = List.of();
	private String title = "";
	private ChartPainter.Kind kind = ChartPainter.Kind.BARS;
	private Job historyJob;
	private final Consumer<SaintSession> sessionListener = this::sessionOpened;
	private final Consumer<StatusChange> statusListener = change -> showLater();

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(2, 2).applyTo(root);
		chartCombo = new Combo(root, SWT.READ_ONLY);
		chartCombo.setItems(Messages.AnalysisView_perStatus, Messages.AnalysisView_history);
		chartCombo.select(0);
		statusCombo = new Combo(root, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(statusCombo);
		Button png = new Button(root, SWT.PUSH);
		png.setText(Messages.AnalysisView_exportPng);
		Button csv = new Button(root, SWT.PUSH);
		csv.setText(Messages.AnalysisView_exportCsv);
		canvas = new Canvas(root, SWT.DOUBLE_BUFFERED);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(600, 300).applyTo(canvas);

		canvas.addPaintListener(event -> ChartPainter.paint(event.gc, canvas.getClientArea(), title, points, kind));
		chartCombo.addListener(SWT.Selection, event -> show());
		statusCombo.addListener(SWT.Selection, event -> show());
		png.addListener(SWT.Selection, event -> exportPng(chooseFile("*.png", ".png")));
		csv.addListener(SWT.Selection, event -> exportCsv(chooseFile("*.csv", ".csv")));
		SaintUiPlugin.getDefault().whenSessionOpen(sessionListener);
	}

	private void sessionOpened(SaintSession opened) {
		canvas.getDisplay().asyncExec(() -> {
			if (canvas.isDisposed()) {
				return;
			}
			if (session != null) {
				session.removeListener(statusListener);
			}
			session = opened;
			statusCombo.removeAll();
			if (session == null) {
				return;
			}
			session.addListener(statusListener);
			for (StatusDefinition status : session.ruleSet().statuses()) {
				statusCombo.add(status.name());
			}
			statusCombo.select(0);
			show();
		});
	}

	private void showLater() {
		if (!canvas.isDisposed()) {
			canvas.getDisplay().asyncExec(() -> {
				// The history is recomputed only on request, because it evaluates twelve dates.
				if (!canvas.isDisposed() && kind == ChartPainter.Kind.BARS) {
					show();
				}
			});
		}
	}

	/** Shows the entities per status, or starts computing the chosen status's history. */
	public void show() {
		if (session == null) {
			return;
		}
		boolean history = chartCombo.getSelectionIndex() == 1;
		statusCombo.setEnabled(history);
		if (!history) {
			setChart(Messages.AnalysisView_perStatus, new StatusAnalysis(session).entitiesPerStatus(),
					ChartPainter.Kind.BARS);
			return;
		}
		showHistory(statusCombo.getText());
	}

	/** Chooses the history chart of {@code statusName} and computes it in a background job. */
	public Job showHistory(String statusName) {
		chartCombo.select(1);
		statusCombo.setText(statusName);
		statusCombo.setEnabled(true);
		if (historyJob != null) {
			historyJob.cancel();
		}
		SaintSession current = session;
		String chartTitle = NLS.bind(Messages.AnalysisView_historyTitle, statusName);
		historyJob = Job.create(chartTitle, (IProgressMonitor monitor) -> {
			try {
				List<Point> history = new StatusAnalysis(current).monthlyMatches(statusName, monitor);
				canvas.getDisplay().asyncExec(() -> {
					if (!canvas.isDisposed()) {
						setChart(chartTitle, history, ChartPainter.Kind.LINE);
					}
				});
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				// The job manager logs the returned error and shows it to the user.
				return Status.error(NLS.bind(Messages.AnalysisView_historyFailed, statusName, e.getMessage()), e);
			}
		});
		historyJob.setUser(true);
		historyJob.schedule();
		return historyJob;
	}

	private void setChart(String newTitle, List<Point> newPoints, ChartPainter.Kind newKind) {
		title = newTitle;
		points = newPoints;
		kind = newKind;
		canvas.redraw();
	}

	public List<Point> points() {
		return points;
	}

	public Canvas canvas() {
		return canvas;
	}

	private Path chooseFile(String filter, String extension) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { filter });
		dialog.setFileName(title.replaceAll("[\\\\/:*?\"<>|]", "_") + extension);
		dialog.setOverwrite(true);
		String file = dialog.open();
		return file == null ? null : Path.of(file);
	}

	/** Writes the chart as a PNG image of {@value #EXPORT_WIDTH} x {@value #EXPORT_HEIGHT} pixels. */
	public void exportPng(Path file) {
		if (file == null) {
			return;
		}
		ImageLoader loader = new ImageLoader();
		ImageData data = ChartPainter.render(canvas.getDisplay(), EXPORT_WIDTH, EXPORT_HEIGHT, title, points, kind);
		loader.data = new ImageData[] { data };
		try {
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} catch (RuntimeException e) {
			showError(NLS.bind(Messages.AnalysisView_exportFailed, file, e.getMessage()), e);
		}
	}

	/** Writes the chart's figures as CSV. */
	public void exportCsv(Path file) {
		if (file == null) {
			return;
		}
		String labelHeader = kind == ChartPainter.Kind.BARS ? "status" : "month";
		String valueHeader = kind == ChartPainter.Kind.BARS ? "entities" : "matches";
		try {
			StatusAnalysis.writeCsv(points, labelHeader, valueHeader, file);
		} catch (IOException e) {
			showError(NLS.bind(Messages.AnalysisView_exportFailed, file, e.getMessage()), e);
		}
	}

	private static void showError(String message, Exception e) {
		StatusManager.getManager().handle(Status.error(message, e), StatusManager.LOG | StatusManager.SHOW);
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		SaintUiPlugin.getDefault().removeSessionListener(sessionListener);
		if (session != null) {
			session.removeListener(statusListener);
		}
		if (historyJob != null) {
			historyJob.cancel();
		}
		super.dispose();
	}
}
