package no.saint.ui.session;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import no.saint.engine.EntityKey;
import no.saint.evaluation.FollowUp;
import no.saint.evaluation.StatusDefinition;
import no.saint.model.crm.Activity;
import no.saint.model.crm.ActivityType;
import no.saint.model.crm.Associate;
import no.saint.model.crm.Company;
import no.saint.model.crm.CrmFactory;
import no.saint.model.crm.Direction;
import no.saint.model.crm.Entity;
import no.saint.model.crm.Person;
import no.saint.model.crm.Project;

/**
 * Creates the follow-up of a status: an outgoing activity of the status's
 * default type with its prefilled text, dated on the as-of date, for the
 * entity and assigned to the entity's owner unless another associate is given.
 */
public final class FollowUps {

	private final SaintSession session;

	public FollowUps(SaintSession session) {
		this.session = session;
	}

	/** Returns the activity that {@link #create} would store, without storing it. */
	public Activity prepare(EntityKey key, StatusDefinition status, Associate assignee) {
		FollowUp followUp = status.defaultFollowUp()
				.orElseThrow(() -> new IllegalArgumentException(NLS.bind(SessionMessages.FollowUp_noDefault, status.name())));
		Entity entity = session.store().find(EntityTypes.modelClass(key.type()), key.id())
				.orElseThrow(() -> new IllegalArgumentException(NLS.bind(SessionMessages.Entity_notFound, key)));

		Activity activity = CrmFactory.eINSTANCE.createActivity();
		activity.setType(activityType(followUp.activityType(), status));
		activity.setDirection(Direction.OUTGOING);
		activity.setDate(session.asOf());
		activity.setText(followUp.text());
		activity.setOwner(assignee != null ? assignee : entity.getOwner());
		switch (entity) {
		case Company company -> activity.setCompany(company);
		case Person person -> {
			activity.setPerson(person);
			activity.setCompany(person.getCompany());
		}
		case Project project -> {
			activity.setProject(project);
			activity.setCompany(project.getCompany());
		}
		default -> throw new IllegalStateException("Unexpected entity " + entity);
		}
		return activity;
	}

	/**
	 * Stores the follow-up in its own transaction. The statuses of the entity
	 * are re-evaluated before this method returns.
	 */
	public Activity create(EntityKey key, StatusDefinition status, Associate assignee) {
		return session.store().save(prepare(key, status, assignee));
	}

	/** Maps a follow-up type of the rules language to an activity type; a meeting is an appointment. */
	static ActivityType activityType(String followUpType, StatusDefinition status) {
		String name = followUpType.toLowerCase(Locale.ROOT);
		if (name.equals("meeting")) {
			return ActivityType.APPOINTMENT;
		}
		ActivityType type = ActivityType.getByName(name);
		if (type == null) {
			throw new IllegalArgumentException(NLS.bind(SessionMessages.FollowUp_unknownType, followUpType, status.name()));
		}
		return type;
	}
}
