package no.saint.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.saint.cli.CommandOptions.UsageException;
import no.saint.engine.CriterionExplanation;
import no.saint.engine.EntityKey;
import no.saint.engine.EntitySnapshot;
import no.saint.engine.Evaluator;
import no.saint.engine.Explainer;
import no.saint.engine.Explanation;
import no.saint.engine.StatusDatabase;
import no.saint.engine.StoreSnapshotSource;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.RuleSet;
import no.saint.evaluation.StatusDefinition;
import no.saint.model.crm.Company;
import no.saint.model.crm.Entity;
import no.saint.model.crm.Person;
import no.saint.model.crm.Project;
import no.saint.store.CrmStore;
import no.saint.store.CrmStores;
import no.saint.store.DatabaseSettings;
import no.saint.store.Page;

/**
 * {@code saint explain}: shows, for one entity and one status, the value of
 * each criterion against its threshold. Uses the rules file and as-of date
 * of the last regeneration unless {@code --rules} or {@code --as-of} are given.
 */
class ExplainCommand implements Command {

	private static final int MAX_CANDIDATES = 10;

	@Override
	public String name() {
		return "explain";
	}

	@Override
	public String summaryKey() {
		return "explain.summary";
	}

	@Override
	public int run(List<String> arguments, Context context) throws Exception {
		int[] exit = new int[1];
		CommandOptions options = CommandSupport.parse(this, arguments,
				Set.of("entity", "status", "rules", "as-of", "db", "user", "password"), context, exit);
		if (options == null) {
			return exit[0];
		}
		try {
			String entityName = required(options, "entity");
			String statusName = required(options, "status");
			DatabaseSettings settings = CommandSupport.database(options);
			LocalDate asOf = CommandSupport.date(options, "as-of");
			return explain(entityName, statusName, options.value("rules"), asOf, settings, context);
		} catch (UsageException e) {
			context.err().println(e.message(context.messages()));
			return SaintCommandLine.EXIT_USAGE;
		}
	}

	private static String required(CommandOptions options, String name) throws UsageException {
		String value = options.value(name);
		if (value == null) {
			throw new UsageException("error.missingOption", "--" + name);
		}
		return value;
	}

	private static int explain(String entityName, String statusName, String rulesOption, LocalDate asOfOption,
			DatabaseSettings settings, Context context) throws Exception {
		StatusDatabase database = new StatusDatabase(settings);
		database.createTables();
		String rulesFile = rulesOption != null ? rulesOption : database.setting(RegenerateCommand.RULES_FILE_SETTING);
		if (rulesFile == null) {
			context.err().println(context.messages().format("explain.noRules"));
			return SaintCommandLine.EXIT_FAILURE;
		}
		RuleSet rules = RegenerateCommand.loadRules(Path.of(rulesFile), rulesFile, context);
		if (rules == null) {
			return SaintCommandLine.EXIT_FAILURE;
		}
		StatusDefinition status = rules.status(statusName).orElse(null);
		if (status == null) {
			context.err().println(context.messages().format("error.unknownStatus", statusName, rulesFile));
			return SaintCommandLine.EXIT_FAILURE;
		}
		LocalDate asOf = asOfOption != null ? asOfOption : database.lastAsOf();
		asOf = asOf != null ? asOf : LocalDate.now();

		try (CrmStore store = CrmStores.open(settings)) {
			Entity entity = findEntity(store, status.entityType(), entityName, context);
			if (entity == null) {
				return SaintCommandLine.EXIT_FAILURE;
			}
			EntityKey key = new EntityKey(status.entityType(), entity.getId());
			EntitySnapshot snapshot = new StoreSnapshotSource(store).load(List.of(key)).get(0);
			Locale locale = context.messages().locale();
			Explanation explanation = new Explainer(locale).explain(new Evaluator(rules, asOf), snapshot, status);
			print(explanation, status, asOf, context);
		}
		return SaintCommandLine.EXIT_OK;
	}

	/** Returns the entity named exactly {@code name} (ignoring case), or the only one whose name starts with it. */
	private static Entity findEntity(CrmStore store, EntityType type, String name, Context context) {
		Class<? extends Entity> modelClass = switch (type) {
		case COMPANY -> Company.class;
		case PERSON -> Person.class;
		case PROJECT -> Project.class;
		};
		List<? extends Entity> candidates = store.findByName(modelClass, name, Page.first(MAX_CANDIDATES + 1));
		for (Entity candidate : candidates) {
			if (candidate.getName().equalsIgnoreCase(name)) {
				return candidate;
			}
		}
		String typeName = context.messages().format("entityType." + StatusDatabase.typeName(type));
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		if (candidates.isEmpty()) {
			context.err().println(context.messages().format("explain.entityNotFound", typeName, name));
		} else {
			List<String> names = candidates.stream().limit(MAX_CANDIDATES).map(Entity::getName).toList();
			context.err().println(context.messages().format("explain.entityAmbiguous", typeName, name,
					String.join(", ", names)));
		}
		return null;
	}

	private static void print(Explanation explanation, StatusDefinition status, LocalDate asOf, Context context) {
		CliMessages messages = context.messages();
		String typeName = messages.format("entityType." + StatusDatabase.typeName(status.entityType()));
		String verdict = messages.format(explanation.matches() ? "explain.matches" : "explain.noMatch");
		context.out().println(messages.format("explain.header", status.name(), typeName, explanation.entityName(),
				asOf.toString(), verdict));
		for (CriterionExplanation criterion : explanation.criteria()) {
			String mark = messages.format(criterion.holds() ? "explain.holds" : "explain.fails");
			String negated = criterion.negated() ? messages.format("explain.negated") : "";
			context.out().println("  " + mark + " " + criterion.text() + negated);
		}
	}
}
