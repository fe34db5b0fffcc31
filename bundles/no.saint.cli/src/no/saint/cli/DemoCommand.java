package no.saint.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
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

	private static final Set<String> OPTIONS = new HashSet<>(Set.of("--companies", "--seed", "--as-of"));
	static {
		OPTIONS.addAll(DatabaseOptions.NAMES);
	}

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
		Options options;
		try {
			options = Options.parse(arguments, OPTIONS);
		} catch (Options.UsageException e) {
			context.err().println(messages.format(e.key, e.option, "demo"));
			return SaintCommandLine.EXIT_USAGE;
		}
		if (options.help()) {
			context.out().println(messages.format("demo.help", DEFAULT_COMPANIES, String.valueOf(DEFAULT_SEED)));
			return SaintCommandLine.EXIT_OK;
		}

		int companies;
		long seed;
		LocalDate asOf;
		DatabaseSettings settings;
		try {
			companies = Integer.parseInt(options.get("--companies", String.valueOf(DEFAULT_COMPANIES)));
			seed = Long.parseLong(options.get("--seed", String.valueOf(DEFAULT_SEED)));
			if (companies < 1) {
				throw new NumberFormatException();
			}
		} catch (NumberFormatException e) {
			context.err().println(messages.format("demo.badNumber"));
			return SaintCommandLine.EXIT_USAGE;
		}
		try {
			asOf = options.get("--as-of") == null ? LocalDate.now() : LocalDate.parse(options.get("--as-of"));
		} catch (DateTimeParseException e) {
			context.err().println(messages.format("demo.badDate", options.get("--as-of")));
			return SaintCommandLine.EXIT_USAGE;
		}
		try {
			settings = DatabaseOptions.settings(options);
		} catch (IllegalArgumentException e) {
			context.err().println(messages.format("error.badDatabase", e.getMessage()));
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
