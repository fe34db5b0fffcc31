package no.saint.evaluation;

import java.util.Optional;

/**
 * A status monitor. {@code rank} is the effective rank: an explicit rank, or
 * for a status without one a rank after every ranked status of its entity
 * type, in file order. Lower ranks win when an entity has several statuses.
 *
 * @param image path of the image relative to the rules file, or null
 * @param description text with {@code {company.name}}-style template variables, or null
 * @param followUp the default follow-up, or null
 * @param line line of the status in its rules file, for messages
 */
public record StatusDefinition(String name, EntityType entityType, int rank, boolean explicitRank, String image,
		boolean visualize, String description, FollowUp followUp, Criterion criterion, int line) {

	public Optional<FollowUp> defaultFollowUp() {
		return Optional.ofNullable(followUp);
	}
}
