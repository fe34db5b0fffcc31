package no.saint.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The status monitors of one rules file, with the amount classes they use. */
public record RuleSet(String name, List<StatusDefinition> statuses, List<AmountClass> amountClasses) {

	public RuleSet {
		statuses = List.copyOf(statuses);
		amountClasses = List.copyOf(amountClasses);
	}

	/** Returns the statuses that watch {@code type}, lowest rank first. */
	public List<StatusDefinition> statusesFor(EntityType type) {
		return statuses.stream()
				.filter(status -> status.entityType() == type)
				.sorted(Comparator.comparingInt(StatusDefinition::rank))
				.toList();
	}

	public Optional<StatusDefinition> status(String statusName) {
		return statuses.stream().filter(status -> status.name().equals(statusName)).findFirst();
	}
}
