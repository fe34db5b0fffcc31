package no.saint.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless {@code saint} application. The launcher script passes the
 * user's arguments through; the returned integer becomes the exit code.
 * Output is UTF-8 whatever the system locale, so that names with æ, ø and å
 * survive in pipes and CSV files; Java would use ASCII under the C locale.
 */
public class SaintApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		return new SaintCommandLine(out, err).run(args == null ? new String[0] : args);
	}

	@Override
	public void stop() {
		// Every command runs to completion on the calling thread.
	}
}
