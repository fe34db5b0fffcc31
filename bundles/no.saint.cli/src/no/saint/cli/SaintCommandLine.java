package no.saint.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

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

	public SaintCommandLine(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs the command line and returns the exit code. */
	public int run(String... args) {
		List<String> arguments = new ArrayList<>(List.of(args));
		CliMessages messages;
		try {
			messages = new CliMessages(takeLocale(arguments));
		} catch (IllegalArgumentException e) {
			err.println(new CliMessages(Locale.getDefault()).format("error.unknownLanguage", e.getMessage()));
			return EXIT_USAGE;
		}

		if (arguments.isEmpty() || arguments.get(0).equals("--help") || arguments.get(0).equals("help")) {
			out.println(messages.format("help.usage"));
			return arguments.isEmpty() ? EXIT_USAGE : EXIT_OK;
		}

		String command = arguments.remove(0);
		return switch (command) {
		case "version", "--version" -> printVersion(messages);
		default -> {
			err.println(messages.format("error.unknownCommand", command));
			yield EXIT_USAGE;
		}
		};
	}

	private int printVersion(CliMessages messages) {
		Bundle bundle = FrameworkUtil.getBundle(SaintCommandLine.class);
		String version = bundle == null ? "unknown" : bundle.getVersion().toString();
		out.println(messages.format("version", version, Runtime.version()));
		return EXIT_OK;
	}

	/** Removes {@code --lang X} from the arguments and returns its locale, or the default locale. */
	private static Locale takeLocale(List<String> arguments) {
		int index = arguments.indexOf("--lang");
		if (index < 0) {
			return Locale.getDefault();
		}
		if (index + 1 >= arguments.size()) {
			throw new IllegalArgumentException("");
		}
		String language = arguments.get(index + 1);
		arguments.subList(index, index + 2).clear();
		return CliMessages.localeOf(language);
	}
}
