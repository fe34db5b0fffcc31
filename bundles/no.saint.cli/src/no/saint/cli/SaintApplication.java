package no.saint.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless {@code saint} application. The launcher script passes the
 * user's arguments through; the returned integer becomes the exit code.
 */
public class SaintApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return new SaintCommandLine(System.out, System.err).run(args == null ? new String[0] : args);
	}

	@Override
	public void stop() {
		// Every command runs to completion on the calling thread.
	}
}
