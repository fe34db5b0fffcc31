package no.saint.engine.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

import no.saint.engine.CounterSource;
import no.saint.engine.EngineMessages;
import no.saint.engine.EntityResult;
import no.saint.engine.EntitySnapshot;
import no.saint.engine.EvaluationService;
import no.saint.engine.Evaluator;
import no.saint.engine.Explainer;
import no.saint.engine.Explanation;
import no.saint.engine.GenerationSummary;
import no.saint.engine.SnapshotSource;
import no.saint.engine.StatusDatabase;
import no.saint.evaluation.EntityType;
import no.saint.evaluation.Measure;
import no.saint.evaluation.RuleSet;
import no.saint.evaluation.StatusDefinition;

@Component(service = EvaluationService.class)
public class DefaultEvaluationService implements EvaluationService {

	private final Clock clock = Clock.systemDefaultZone();

	@Override
	public LocalDate evaluationDate(LocalDate asOf) {
		return asOf != null ? asOf : LocalDate.now(clock);
	}

	@Override
	public Evaluator evaluator(RuleSet rules, LocalDate asOf) {
		return new Evaluator(rules, evaluationDate(asOf));
	}

	@Override
	public List<EntityResult> evaluateAll(Evaluator evaluator, SnapshotSource source, IProgressMonitor monitor)
			throws Exception {
		return evaluate(evaluator, CounterSource.inMemory(source), List.of(EntityType.values()), monitor);
	}

	private static List<EntityResult> evaluate(Evaluator evaluator, CounterSource counting, List<EntityType> types,
			IProgressMonitor monitor) throws Exception {
		SubMonitor progress = SubMonitor.convert(monitor, types.size());
		List<EntityResult> results = new ArrayList<>();
		for (EntityType type : types) {
			SubMonitor step = progress.split(1);
			step.subTask(NLS.bind(EngineMessages.Regeneration_evaluating, counting.count(type), typeName(type)));
			results.addAll(counting.evaluate(evaluator, type, step));
		}
		return results;
	}

	@Override
	public GenerationSummary regenerate(StatusDatabase database, CounterSource counting, RuleSet rules, LocalDate asOf,
			String statusName, IProgressMonitor monitor) throws Exception {
		RuleSet selected = rules;
		if (statusName != null) {
			StatusDefinition status = rules.status(statusName).orElseThrow(
					() -> new IllegalArgumentException(NLS.bind(EngineMessages.Regeneration_unknownStatus, statusName)));
			selected = new RuleSet(rules.name(), List.of(status), rules.amountClasses());
		}
		Evaluator evaluator = evaluator(selected, asOf);
		SubMonitor progress = SubMonitor.convert(monitor, EngineMessages.Regeneration_task, 100);

		database.createTables();
		List<EntityType> types = List.of(EntityType.values()).stream()
				.filter(type -> !evaluator.statuses(type).isEmpty()).toList();
		List<EntityResult> results = evaluate(evaluator, counting, types, progress.split(50));

		Map<EntityType, List<Measure>> measures = new EnumMap<>(EntityType.class);
		types.forEach(type -> measures.put(type, evaluator.measures(type)));
		GenerationSummary summary = database.writeGeneration(evaluator.asOf(), selected.statuses(), measures, results,
				statusName == null, progress.split(50));
		ILog.of(DefaultEvaluationService.class).info("Regenerated " + (statusName == null ? "all statuses" : "status '"
				+ statusName + "'") + " of rules '" + rules.name() + "' as of " + evaluator.asOf() + " on "
				+ database.settings().url() + ": " + summary.matches());
		return summary;
	}

	@Override
	public Explanation explain(Evaluator evaluator, EntitySnapshot entity, String statusName, Locale locale) {
		StatusDefinition status = evaluator.ruleSet().status(statusName).orElseThrow(
				() -> new IllegalArgumentException(NLS.bind(EngineMessages.Regeneration_unknownStatus, statusName)));
		return new Explainer(locale).explain(evaluator, entity, status);
	}

	private static String typeName(EntityType type) {
		return StatusDatabase.typeName(type);
	}
}
