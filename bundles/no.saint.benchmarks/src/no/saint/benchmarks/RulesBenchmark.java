package no.saint.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

import no.saint.rules.RulesStandaloneSetup;

/**
 * Parses and validates a generated rules file with 500 statuses, each with
 * the settings and a two-condition criterion like the language examples, and
 * prints the time of each step. The first round warms up the JVM and is
 * printed separately.
 */
class RulesBenchmark {

	private static final int STATUSES = 500;

	@Test
	void parseAndValidate500Statuses() throws Exception {
		BenchmarkReport report = new BenchmarkReport("RulesBenchmark");
		Injector injector = new RulesStandaloneSetup().createInjectorAndDoEMFRegistration();
		String text = generate(STATUSES);
		report.print("file size", text.length() / 1024.0, "KB");

		for (String round : List.of("cold", "warm")) {
			XtextResource resource = report.measure(round + " parse", () -> parse(injector, text));
			List<Issue> issues = report.measure(round + " validation",
					() -> injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
							CancelIndicator.NullImpl));
			report.print(round + " issues", issues.size(), "issues");
		}
	}

	private static XtextResource parse(Injector injector, String text) throws Exception {
		XtextResourceSet resources = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resources.createResource(URI.createURI("memory:/benchmark.saint"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		return resource;
	}

	private static String generate(int statuses) {
		StringBuilder text = new StringBuilder("rules \"Benchmark\"\n\nperiod kvartal = 90 days\n"
				+ "period halvaar = 6 months\n\namount classes {\n    small = below 1000\n"
				+ "    medium = 1000 to 10000\n    large = from 10000\n}\n");
		String[] entities = { "company", "person", "project" };
		for (int i = 0; i < statuses; i++) {
			String entity = entities[i % 3];
			text.append("\nstatus \"Status ").append(i).append("\" for ").append(entity).append(" {\n")
					.append("    rank ").append(i).append('\n')
					.append("    description \"Status ").append(i).append(" for {").append(entity).append(".name}\"\n")
					.append("    follow-up phone \"Ring ").append(i).append("\"\n")
					.append("    when count(activities where direction = outgoing and type in (phone, email), kvartal) < ")
					.append(1 + i % 5).append('\n')
					.append("     and (count(sales where status = sold and amount class = large, halvaar) >= ")
					.append(1 + i % 3).append(" or days since last(activities where completed) > ").append(7 + i % 30)
					.append(")\n}\n");
		}
		return text.toString();
	}
}
