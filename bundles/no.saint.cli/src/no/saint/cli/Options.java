package no.saint.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} options of a command. Every option takes a value
 * except {@code --help}.
 */
final class Options {

	private final Map<String, String> values = new HashMap<>();
	private final boolean help;

	private Options(boolean help) {
		this.help = help;
	}

	/** Thrown for an unknown option or an option without value; the message is the CLI message key's argument. */
	static final class UsageException extends Exception {

		private static final long serialVersionUID = 1L;

		final String key;
		final String option;

		UsageException(String key, String option) {
			super(option);
			this.key = key;
			this.option = option;
		}
	}

	/** Parses {@code arguments}, accepting only the options in {@code known}. */
	static Options parse(List<String> arguments, Set<String> known) throws UsageException {
		Options options = new Options(arguments.contains("--help"));
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals("--help")) {
				continue;
			}
			if (!known.contains(argument)) {
				throw new UsageException("error.unknownOption", argument);
			}
			if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
				throw new UsageException("error.missingValue", argument);
			}
			options.values.put(argument, arguments.get(++i));
		}
		return options;
	}

	boolean help() {
		return help;
	}

	String get(String option) {
		return values.get(option);
	}

	String get(String option, String fallback) {
		return values.getOrDefault(option, fallback);
	}
}
