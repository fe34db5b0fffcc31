package no.saint.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.saint.cli.CommandOptions.UsageException;
import no.saint.evaluation.EntityType;
import no.saint.store.DatabaseSettings;

/** Option handling that several sub-commands share. */
final class CommandSupport {

	private CommandSupport() {
	}

	/**
	 * Parses the options, or prints the command's help or a usage error.
	 * Returns null when the command should stop with the exit code in {@code exit[0]}.
	 */
	static CommandOptions parse(Command command, List<String> arguments, Set<String> known, Command.Context context,
			int[] exit) {
		return parse(command, arguments, known, true, context, exit);
	}

	/**
	 * Parses the options like {@link #parse(Command, List, Set, Command.Context, int[])}.
	 * Without {@code positionalAllowed}, an argument that is not an option is
	 * a usage error. {@code helpArguments} fill the command's help text.
	 */
	static CommandOptions parse(Command command, List<String> arguments, Set<String> known, boolean positionalAllowed,
			Command.Context context, int[] exit, Object... helpArguments) {
		try {
			CommandOptions options = CommandOptions.parse(arguments, known);
			if (options.help()) {
				context.out().println(context.messages().format(command.name() + ".help", helpArguments));
				exit[0] = SaintCommandLine.EXIT_OK;
				return null;
			}
			if (!positionalAllowed && !options.positional().isEmpty()) {
				throw new UsageException("options.unknownOption", options.positional().get(0));
			}
			return options;
		} catch (UsageException e) {
			context.err().println(e.message(context.messages()));
			context.err().println(context.messages().format("error.seeHelp", command.name()));
			exit[0] = SaintCommandLine.EXIT_USAGE;
			return null;
		}
	}

	/** Returns the database of {@code --db URL}, or the configured one (else the embedded H2 database in the user's home). */
	static DatabaseSettings database(CommandOptions options) throws UsageException {
		String url = options.value("db");
		if (url == null) {
			return DatabaseSettings.configured();
		}
		try {
			String user = url.startsWith("jdbc:h2:") ? "sa" : null;
			return new DatabaseSettings(url, options.value("user", user), options.value("password", ""));
		} catch (IllegalArgumentException e) {
			throw new UsageException("options.badDatabase", url);
		}
	}

	static LocalDate date(CommandOptions options, String name) throws UsageException {
		String value = options.value(name);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new UsageException("error.badDate", "--" + name, value);
		}
	}

	static EntityType entityType(CommandOptions options) throws UsageException {
		String value = options.value("entity-type");
		if (value == null) {
			return null;
		}
		try {
			return EntityType.valueOf(value.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new UsageException("error.badEntityType", value);
		}
	}
}
