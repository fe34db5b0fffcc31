package no.saint.cli;

import java.io.PrintStream;
import java.util.List;

/** A sub-command of {@code saint}, such as {@code import} or {@code check}. */
public interface Command {

	/** Returns the name that selects this command on the command line. */
	String name();

	/** Returns the key of the one-line summary in the command line's messages, shown by {@code saint --help}. */
	String summaryKey();

	/**
	 * Runs the command with the arguments that follow its name and returns
	 * the exit code: {@link SaintCommandLine#EXIT_OK}, {@link SaintCommandLine#EXIT_FAILURE}
	 * or {@link SaintCommandLine#EXIT_USAGE}.
	 */
	int run(List<String> arguments, Context context) throws Exception;

	/** What a command may use: the output streams and the user's messages. */
	record Context(PrintStream out, PrintStream err, CliMessages messages) {
	}
}
