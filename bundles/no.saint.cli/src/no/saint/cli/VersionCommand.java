package no.saint.cli;

import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** {@code saint version}: prints the version of SAINT Workbench and of Java. */
class VersionCommand implements Command {

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String summaryKey() {
		return "version.summary";
	}

	@Override
	public int run(List<String> arguments, Context context) {
		Bundle bundle = FrameworkUtil.getBundle(VersionCommand.class);
		String version = bundle == null ? "unknown" : bundle.getVersion().toString();
		context.out().println(context.messages().format("version", version, Runtime.version()));
		return SaintCommandLine.EXIT_OK;
	}
}
