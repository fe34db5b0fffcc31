package no.saint.rules.ui.markers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import no.saint.rules.ui.Messages;
import no.saint.rules.ui.ParsedRules;
import no.saint.rules.ui.RulesDocuments;
import no.saint.rules.ui.RulesUiPlugin;

/** Validates rules files and replaces their problem markers with the issues found. */
public class RulesMarkerJob extends WorkspaceJob {

	/** The marker type of rules issues, a problem and text marker. */
	public static final String MARKER_TYPE = "no.saint.rules.ui.problem";

	/** The marker attribute with the validator's issue code. */
	public static final String ISSUE_CODE = "no.saint.rules.ui.issueCode";

	private final List<IFile> files;

	public RulesMarkerJob(List<IFile> files) {
		super(Messages.RulesMarkerJob_name);
		this.files = List.copyOf(files);
		setRule(markerRule(files));
		setSystem(true);
	}

	private static ISchedulingRule markerRule(List<IFile> files) {
		ISchedulingRule[] rules = files.stream()
				.map(file -> file.getWorkspace().getRuleFactory().markerRule(file))
				.toArray(ISchedulingRule[]::new);
		return MultiRule.combine(rules);
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, files.size());
		for (IFile file : files) {
			progress.subTask(file.getFullPath().toString());
			if (file.exists()) {
				updateMarkers(file);
			}
			progress.worked(1);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
		}
		return Status.OK_STATUS;
	}

	/** Replaces the rules problem markers of one file with the issues of its saved content. */
	public static void updateMarkers(IFile file) throws CoreException {
		String text;
		try (InputStream in = file.getContents(true)) {
			text = new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (IOException e) {
			ILog.of(RulesMarkerJob.class).error(NLS.bind("Reading {0} for validation failed", file.getFullPath()), e);
			return;
		}
		List<Issue> issues = ParsedRules.parse(text, RulesDocuments.uriOf(file)).validate(null);

		file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			file.createMarker(MARKER_TYPE, attributesOf(issue));
		}
	}

	private static Map<String, Object> attributesOf(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, issue.getMessage());
		attributes.put(IMarker.SEVERITY, severityOf(issue.getSeverity()));
		attributes.put(IMarker.SOURCE_ID, RulesUiPlugin.PLUGIN_ID);
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		if (issue.getCode() != null) {
			attributes.put(ISSUE_CODE, issue.getCode());
		}
		return attributes;
	}

	private static int severityOf(Severity severity) {
		return switch (severity) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
	}
}
