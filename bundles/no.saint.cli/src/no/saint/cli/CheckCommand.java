package no.saint.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import no.saint.cli.CommandOptions.UsageException;

/**
 * {@code saint check RULES.saint}: parses and validates a rules file and
 * prints each problem as {@code file:line:column: severity: message}. Exits
 * with 1 when there is an error.
 */
class CheckCommand implements Command {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String summaryKey() {
		return "check.summary";
	}

	@Override
	public int run(List<String> arguments, Context context) throws Exception {
		int[] exit = new int[1];
		CommandOptions options = CommandSupport.parse(this, arguments, Set.of(), context, exit);
		if (options == null) {
			return exit[0];
		}
		if (options.positional().size() != 1) {
			context.err().println(context.messages().format("check.fileMissing"));
			context.err().println(context.messages().format("error.seeHelp", name()));
			return SaintCommandLine.EXIT_USAGE;
		}
		String fileName = options.positional().get(0);
		RulesFiles.Loaded loaded;
		try {
			loaded = RulesFiles.load(Path.of(fileName));
		} catch (UsageException e) {
			context.err().println(e.message(context.messages()));
			return SaintCommandLine.EXIT_FAILURE;
		}
		int errors = 0;
		int warnings = 0;
		for (Issue issue : loaded.issues()) {
			context.out().println(format(fileName, issue, context.messages()));
			if (issue.getSeverity() == Severity.ERROR) {
				errors++;
			} else if (issue.getSeverity() == Severity.WARNING) {
				warnings++;
			}
		}
		context.out().println(context.messages().format("check.result", fileName, errors, warnings));
		return errors > 0 ? SaintCommandLine.EXIT_FAILURE : SaintCommandLine.EXIT_OK;
	}

	/** Formats one problem as {@code file:line:column: severity: message}, with the column counted from 1. */
	static String format(String fileName, Issue issue, CliMessages messages) {
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		String severity = messages.format("severity." + issue.getSeverity().name().toLowerCase(Locale.ROOT));
		return fileName + ":" + line + ":" + column + ": " + severity + ": " + issue.getMessage();
	}
}
