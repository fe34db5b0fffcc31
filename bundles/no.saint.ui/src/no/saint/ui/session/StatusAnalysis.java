package no.saint.ui.session;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import no.saint.engine.CounterSource;
import no.saint.engine.EntityResult;
import no.saint.engine.Evaluator;
import no.saint.engine.InMemorySnapshotSource;
import no.saint.engine.StoreSnapshotSource;
import no.saint.evaluation.StatusDefinition;

/**
 * Computes the figures of the analysis charts: the number of entities per
 * status, and a status's number of matches at the end of each of the past
 * months, and writes them as CSV.
 */
public final class StatusAnalysis {

	/** Number of month ends the history covers. */
	public static final int MONTHS = 12;

	/** One point of a chart: a label and its value. */
	public record Point(String label, int value) {
	}

	private final SaintSession session;

	public StatusAnalysis(SaintSession session) {
		this.session = session;
	}

	/** Returns every status of the rules, in rank order, with its current number of entities. */
	public List<Point> entitiesPerStatus() {
		List<Point> points = new ArrayList<>();
		for (StatusDefinition status : session.ruleSet().statuses()) {
			points.add(new Point(status.name(), session.index().entitiesWith(status.name()).size()));
		}
		return points;
	}

	/** Returns the last day of each of the {@value #MONTHS} months up to the as-of date's previous month, oldest first. */
	public static List<LocalDate> monthEnds(LocalDate asOf) {
		List<LocalDate> ends = new ArrayList<>();
		YearMonth month = YearMonth.from(asOf);
		// The as-of date's own month counts when the as-of date is its last day.
		YearMonth last = asOf.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
		for (int i = MONTHS - 1; i >= 0; i--) {
			ends.add(last.minusMonths(i).atEndOfMonth());
		}
		return ends;
	}

	/**
	 * Evaluates {@code statusName} at each month end of {@link #monthEnds} with
	 * today's CRM data and returns its number of matches, labelled
	 * {@code YYYY-MM}. The entities are read once and evaluated in memory.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
	 */
	public List<Point> monthlyMatches(String statusName, IProgressMonitor monitor) throws Exception {
		StatusDefinition status = session.status(statusName);
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(SessionMessages.Analysis_history, statusName),
				MONTHS + 2);
		InMemorySnapshotSource snapshots = new InMemorySnapshotSource();
		new StoreSnapshotSource(session.store()).forEach(status.entityType(), snapshots::put);
		progress.worked(2);

		CounterSource counting = CounterSource.inMemory(snapshots);
		List<Point> points = new ArrayList<>();
		for (LocalDate end : monthEnds(session.asOf())) {
			Evaluator evaluator = new Evaluator(session.ruleSet(), end);
			List<EntityResult> results = counting.evaluate(evaluator, status.entityType(), progress.split(1));
			int matches = (int) results.stream().filter(result -> result.has(statusName)).count();
			points.add(new Point(YearMonth.from(end).toString(), matches));
		}
		return points;
	}

	/**
	 * Writes the points as CSV (RFC 4180, UTF-8) with the given two column
	 * headers. A temporary file is moved into place, so a failure leaves no
	 * half-written file.
	 */
	public static void writeCsv(List<Point> points, String labelHeader, String valueHeader, Path file)
			throws IOException {
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".saint-analysis", ".csv");
		try {
			try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
					CSVPrinter csv = new CSVPrinter(writer,
							CSVFormat.RFC4180.builder().setHeader(labelHeader, valueHeader).get())) {
				for (Point point : points) {
					csv.printRecord(point.label(), point.value());
				}
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
