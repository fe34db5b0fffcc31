package no.saint.ui.cards;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import no.saint.engine.EntityKey;
import no.saint.ui.session.EntityRow;

/** The input of a card: one company, person or project, equal for equal keys so that a card opens once. */
public final class EntityEditorInput implements IEditorInput {

	private final EntityRow row;

	public EntityEditorInput(EntityRow row) {
		this.row = Objects.requireNonNull(row, "row");
	}

	public EntityKey key() {
		return row.key();
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return row.name() == null ? row.key().toString() : row.name();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return getName();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(row) ? adapter.cast(row) : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof EntityEditorInput input && input.row.key().equals(row.key());
	}

	@Override
	public int hashCode() {
		return row.key().hashCode();
	}
}
