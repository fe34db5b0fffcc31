package no.saint.engine.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.osgi.service.component.annotations.Component;

import no.saint.engine.EvaluationService;

@Component(service = EvaluationService.class)
public class DefaultEvaluationService implements EvaluationService {

	private final Clock clock = Clock.systemDefaultZone();

	@Override
	public LocalDate evaluationDate(LocalDate asOf) {
		return asOf != null ? asOf : LocalDate.now(clock);
	}
}
