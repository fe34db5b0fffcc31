package no.saint.ui.session;

import java.util.Locale;

import no.saint.evaluation.EntityType;
import no.saint.model.crm.Company;
import no.saint.model.crm.CrmObject;
import no.saint.model.crm.Person;
import no.saint.model.crm.Project;

/** Converts between the entity types of the rules language and those of the CRM model. */
public final class EntityTypes {

	private EntityTypes() {
	}

	public static EntityType evaluationType(no.saint.model.crm.EntityType type) {
		return EntityType.valueOf(type.getName().toUpperCase(Locale.ROOT));
	}

	public static no.saint.model.crm.EntityType modelType(EntityType type) {
		return no.saint.model.crm.EntityType.getByName(type.name().toLowerCase(Locale.ROOT));
	}

	/** Returns the model class of companies, persons or projects. */
	public static Class<? extends no.saint.model.crm.Entity> modelClass(EntityType type) {
		return switch (type) {
		case COMPANY -> Company.class;
		case PERSON -> Person.class;
		case PROJECT -> Project.class;
		};
	}

	/** Returns the type of a stored company, person or project. */
	public static EntityType typeOf(CrmObject entity) {
		return switch (entity) {
		case Company company -> EntityType.COMPANY;
		case Person person -> EntityType.PERSON;
		case Project project -> EntityType.PROJECT;
		default -> throw new IllegalArgumentException("Not a company, person or project: " + entity);
		};
	}
}
