package no.saint.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.saint.store.CrmStore;
import no.saint.store.CrmStores;
import no.saint.store.DatabaseSettings;
import no.saint.store.imports.CsvImporter;
import no.saint.store.imports.ImportException;
import no.saint.store.imports.ImportReport;
import no.saint.store.imports.MavenCrmImporter;
import no.saint.store.imports.Problem;

/**
 * {@code saint import}: loads CRM data from CSV files into the database and
 * prints every rejected row and warning, then a summary with counts.
 */
class ImportCommand implements Command {

	private static final Set<String> OPTIONS = Set.of("format", "dir", "date-format", "db", "user", "password");

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summaryKey() {
		return "import.summary";
	}

	@Override
	public int run(List<String> arguments, Context context) throws Exception {
		CliMessages messages = context.messages();
		int[] exit = new int[1];
		CommandOptions options = CommandSupport.parse(this, arguments, OPTIONS, false, context, exit);
		if (options == null) {
			return exit[0];
		}

		String format = options.value("format");
		String folder = options.value("dir");
		if (format == null || folder == null) {
			context.err().println(messages.format("import.missingOption"));
			return SaintCommandLine.EXIT_USAGE;
		}
		if (!format.equals("maven-crm") && !format.equals("csv")) {
			context.err().println(messages.format("import.unknownFormat", format));
			return SaintCommandLine.EXIT_USAGE;
		}
		String datePattern = options.value("date-format");
		if (datePattern != null && !validPattern(datePattern)) {
			context.err().println(messages.format("import.badDateFormat", datePattern));
			return SaintCommandLine.EXIT_USAGE;
		}

		DatabaseSettings settings;
		try {
			settings = CommandSupport.database(options);
		} catch (CommandOptions.UsageException e) {
			context.err().println(e.message(messages));
			return SaintCommandLine.EXIT_USAGE;
		}
		return importInto(settings, format, Path.of(folder), datePattern, context);
	}

	private static int importInto(DatabaseSettings settings, String format, Path folder, String datePattern,
			Context context) {
		CliMessages messages = context.messages();
		context.out().println(messages.format("import.start", folder.toAbsolutePath(), settings.url()));
		ImportReport report;
		try (CrmStore store = CrmStores.open(settings)) {
			report = format.equals("maven-crm") ? new MavenCrmImporter(datePattern).importFrom(folder, store)
					: new CsvImporter(datePattern).importFrom(folder, store);
		} catch (ImportException e) {
			context.err().println(messages.format("import.failed", e.message(messages.locale())));
			return SaintCommandLine.EXIT_FAILURE;
		}

		for (Problem problem : report.problems()) {
			context.out().println(problem.message(messages.locale()));
		}
		for (Map.Entry<String, Integer> stored : report.stored().entrySet()) {
			context.out().println(messages.format("import.stored", stored.getValue(),
					messages.format("kind." + stored.getKey())));
		}
		context.out().println(messages.format("import.rejected", report.rejected()));
		context.out().println(messages.format("import.warnings", report.warnings()));
		return SaintCommandLine.EXIT_OK;
	}

	private static boolean validPattern(String pattern) {
		try {
			java.time.format.DateTimeFormatter.ofPattern(pattern);
			return true;
		} catch (IllegalArgumentException e) {
			return false;
		}
	}
}
