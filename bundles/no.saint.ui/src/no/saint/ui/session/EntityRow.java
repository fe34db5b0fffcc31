package no.saint.ui.session;

import no.saint.engine.EntityKey;

/** A company, person or project as lists show it: its key and name. */
public record EntityRow(EntityKey key, String name) {
}
