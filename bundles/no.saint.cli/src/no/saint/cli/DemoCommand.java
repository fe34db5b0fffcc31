package no.saint.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.saint.store.CrmStore;
import no.saint.store.CrmStores;
import no.saint.store.DatabaseSettings;
import no.saint.store.demo.BridgecomGenerator;
import no.saint.store.demo.DemoLoader;

/** {@code saint demo}: fills the database with the generated CRM of the example company Bridgecom. */
class DemoCommand implements Command {

	static final int DEFAULT_COMPANIES = 1000;
	static final long DEFAULT_SEED = 1;

	private static final Set<String> OPTIONS = Set.of("companies", "seed", "as-of", "db", "user", "password");

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public String summaryKey() {
		return "demo.summary";
	}

	@Override
	public int run(List<String> arguments, Context context) throws Exception {
		CliMessages messages = context.messages();
		int[] exit = new int[1];
		CommandOptions options = CommandSupport.parse(this, arguments, OPTIONS, false, context, exit, DEFAULT_COMPANIES,
				String.valueOf(DEFAULT_SEED));
		if (options == null) {
			return exit[0];
		}

		int companies;
		long seed;
		LocalDate asOf;
		DatabaseSettings settings;
		try {
			companies = Integer.parseInt(options.value("companies", String.valueOf(DEFAULT_COMPANIES)));
			seed = Long.parseLong(options.value("seed", String.valueOf(DEFAULT_SEED)));
			if (companies < 1) {
				throw new NumberFormatException();
			}
		} catch (NumberFormatException e) {
			context.err().println(messages.format("demo.badNumber"));
			return SaintCommandLine.EXIT_USAGE;
		}
		try {
			asOf = options.value("as-of") == null ? LocalDate.now() : LocalDate.parse(options.value("as-of"));
		} catch (DateTimeParseException e) {
			context.err().println(messages.format("demo.badDate", options.value("as-of")));
			return SaintCommandLine.EXIT_USAGE;
		}
		try {
			settings = CommandSupport.database(options);
		} catch (CommandOptions.UsageException e) {
			context.err().println(e.message(messages));
			return SaintCommandLine.EXIT_USAGE;
		}

		context.out().println(messages.format("demo.start", companies, String.valueOf(seed), asOf.toString(),
				settings.url()));
		try (CrmStore store = CrmStores.open(settings)) {
			Map<String, Integer> counts = DemoLoader.load(new BridgecomGenerator(seed, asOf), companies, store);
			for (Map.Entry<String, Integer> count : counts.entrySet()) {
				context.out().println(messages.format("import.stored", count.getValue(),
						messages.format("kind." + count.getKey())));
			}
		}
		return SaintCommandLine.EXIT_OK;
	}
}
