package no.saint.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.ILog;

/**
 * Parses the arguments of {@code saint} and runs the sub-command they name.
 * Output goes to the given streams, so that tests can read it.
 */
public class SaintCommandLine {

	public static final int EXIT_OK = 0;
	public static final int EXIT_FAILURE = 1;
	public static final int EXIT_USAGE = 2;

	private final PrintStream out;
	private final PrintStream err;
	private final Map<String, Command> commands = new LinkedHashMap<>();

	public SaintCommandLine(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		register(new CheckCommand());
		register(new RegenerateCommand());
		register(new StatusesCommand());
		register(new ExplainCommand());
		register(new VersionCommand());
		register(new ImportCommand());
		register(new DemoCommand());
	}

	private void register(Command command) {
		commands.put(command.name(), command);
	}

	/** Runs the command line and returns the exit code. */
	public int run(String... args) {
		List<String> arguments = new ArrayList<>(List.of(args));
		CliMessages messages;
		try {
			messages = new CliMessages(takeLocale(arguments));
			RulesFiles.useLocale(messages.locale());
		} catch (IllegalArgumentException e) {
			err.println(new CliMessages(Locale.getDefault()).format("error.unknownLanguage", e.getMessage()));
			return EXIT_USAGE;
		}

		if (arguments.isEmpty() || arguments.get(0).equals("--help") || arguments.get(0).equals("help")) {
			printUsage(messages);
			return arguments.isEmpty() ? EXIT_USAGE : EXIT_OK;
		}

		String name = arguments.remove(0);
		Command command = commands.get(name.equals("--version") ? "version" : name);
		if (command == null) {
			err.println(messages.format("error.unknownCommand", name));
			return EXIT_USAGE;
		}
		return runCommand(command, arguments, new Command.Context(out, err, messages));
	}

	private int runCommand(Command command, List<String> arguments, Command.Context context) {
		try {
			return command.run(arguments, context);
		} catch (Exception e) {
			ILog.of(SaintCommandLine.class).error("saint " + command.name() + " failed", e);
			err.println(context.messages().format("error.commandFailed", command.name(), String.valueOf(e.getMessage())));
			return EXIT_FAILURE;
		}
	}

	private void printUsage(CliMessages messages) {
		out.println(messages.format("help.usage"));
		for (Command command : commands.values()) {
			out.println(String.format("  %-12s %s", command.name(), messages.format(command.summaryKey())));
		}
		out.println();
		out.println(messages.format("help.commandHelp"));
	}

	/**
	 * Removes {@code --lang X} from the arguments and returns its locale, else
	 * the locale that the environment's {@code LC_ALL}, {@code LC_MESSAGES} or
	 * {@code LANG} names.
	 */
	private static Locale takeLocale(List<String> arguments) {
		int index = arguments.indexOf("--lang");
		if (index < 0) {
			return CliMessages.environmentLocale(System.getenv(), Locale.getDefault());
		}
		if (index + 1 >= arguments.size()) {
			throw new IllegalArgumentException("");
		}
		String language = arguments.get(index + 1);
		arguments.subList(index, index + 2).clear();
		return CliMessages.localeOf(language);
	}
}
