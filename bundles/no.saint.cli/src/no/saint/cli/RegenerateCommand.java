package no.saint.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.xtext.validation.Issue;

import no.saint.cli.CommandOptions.UsageException;
import no.saint.engine.CounterSource;
import no.saint.engine.GenerationSummary;
import no.saint.engine.SqlCounting;
import no.saint.engine.StatusDatabase;
import no.saint.engine.StoreSnapshotSource;
import no.saint.engine.internal.DefaultEvaluationService;
import no.saint.evaluation.RuleSet;
import no.saint.rules.rules.RulesFile;
import no.saint.rules.translation.RulesTranslator;
import no.saint.store.CrmStore;
import no.saint.store.CrmStores;
import no.saint.store.DatabaseSettings;

/**
 * {@code saint regenerate}: computes the counters and statuses of every
 * entity from a rules file and writes them to the database in one
 * transaction.
 */
class RegenerateCommand implements Command {

	/** The setting that remembers the rules file of the last regeneration, for {@code saint explain}. */
	static final String RULES_FILE_SETTING = "rules.file";

	@Override
	public String name() {
		return "regenerate";
	}

	@Override
	public String summaryKey() {
		return "regenerate.summary";
	}

	@Override
	public int run(List<String> arguments, Context context) throws Exception {
		int[] exit = new int[1];
		CommandOptions options = CommandSupport.parse(this, arguments,
				Set.of("rules", "as-of", "status", "counting", "db", "user", "password"), context, exit);
		if (options == null) {
			return exit[0];
		}
		try {
			String rulesFile = options.value("rules");
			if (rulesFile == null) {
				throw new UsageException("error.missingOption", "--rules");
			}
			String counting = options.value("counting", "memory");
			if (!counting.equals("memory") && !counting.equals("sql")) {
				throw new UsageException("error.badCounting", counting);
			}
			LocalDate asOf = CommandSupport.date(options, "as-of");
			DatabaseSettings settings = CommandSupport.database(options);
			RuleSet rules = loadRules(Path.of(rulesFile), rulesFile, context);
			if (rules == null) {
				return SaintCommandLine.EXIT_FAILURE;
			}
			return regenerate(rules, Path.of(rulesFile), asOf, options.value("status"), counting, settings, context);
		} catch (UsageException e) {
			context.err().println(e.message(context.messages()));
			return SaintCommandLine.EXIT_USAGE;
		}
	}

	/** Returns the translated rules, or null after printing the errors of an invalid file. */
	static RuleSet loadRules(Path file, String fileName, Context context) throws UsageException {
		RulesFiles.Loaded loaded = RulesFiles.load(file);
		if (loaded.hasErrors()) {
			for (Issue issue : loaded.issues()) {
				context.err().println(CheckCommand.format(fileName, issue, context.messages()));
			}
			context.err().println(context.messages().format("regenerate.invalidRules", fileName));
			return null;
		}
		return new RulesTranslator().translate((RulesFile) loaded.resource().getContents().get(0));
	}

	private static int regenerate(RuleSet rules, Path rulesFile, LocalDate asOf, String statusName, String counting,
			DatabaseSettings settings, Context context) throws Exception {
		if (statusName != null && rules.status(statusName).isEmpty()) {
			context.err().println(context.messages().format("error.unknownStatus", statusName, rulesFile));
			return SaintCommandLine.EXIT_FAILURE;
		}
		try (CrmStore store = CrmStores.open(settings)) {
			CounterSource source = counting.equals("sql") ? new SqlCounting(settings)
					: CounterSource.inMemory(new StoreSnapshotSource(store));
			StatusDatabase database = new StatusDatabase(settings);
			GenerationSummary summary = new DefaultEvaluationService().regenerate(database, source, rules, asOf,
					statusName, new NullProgressMonitor());
			database.putSetting(RULES_FILE_SETTING, rulesFile.toAbsolutePath().toString());
			print(summary, context);
		}
		return SaintCommandLine.EXIT_OK;
	}

	private static void print(GenerationSummary summary, Context context) {
		context.out().println(context.messages().format("regenerate.done", summary.entities(), summary.asOf().toString()));
		for (Map.Entry<String, Integer> entry : summary.matches().entrySet()) {
			context.out().println(context.messages().format("regenerate.matches", entry.getKey(), entry.getValue()));
		}
	}
}
