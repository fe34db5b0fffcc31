package no.saint.ui.views;

import java.util.List;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import no.saint.evaluation.StatusDefinition;
import no.saint.ui.SaintUiPlugin;
import no.saint.ui.StatusImages;
import no.saint.ui.session.EntityRow;
import no.saint.ui.session.SaintSession;

/**
 * Labels of companies, persons and projects in every list: the name with the
 * entity icon, decorated with the image of the highest-ranked visualized
 * status; or, in the status column, the names of the entity's statuses.
 */
public class EntityLabelProvider extends ColumnLabelProvider {

	private final boolean statusColumn;

	/** Creates the label provider of the name column, or of the status column when {@code statusColumn} is set. */
	public EntityLabelProvider(boolean statusColumn) {
		this.statusColumn = statusColumn;
	}

	@Override
	public String getText(Object element) {
		if (!(element instanceof EntityRow row)) {
			return "";
		}
		if (!statusColumn) {
			return row.name();
		}
		SaintSession session = SaintUiPlugin.getDefault().session();
		if (session == null) {
			return "";
		}
		return String.join(", ", session.index().statuses(row.key()));
	}

	@Override
	public Image getImage(Object element) {
		SaintSession session = SaintUiPlugin.getDefault().session();
		if (!(element instanceof EntityRow row) || session == null) {
			return null;
		}
		StatusImages images = StatusImages.of(Display.getCurrent());
		if (statusColumn) {
			List<StatusDefinition> statuses = session.statuses(row.key());
			return statuses.isEmpty() ? null : images.icon(session.imageLocation(statuses.get(0)), 16);
		}
		return images.entityIcon(row.key().type(),
				session.watermarkStatus(row.key()).map(session::imageLocation).orElse(null));
	}

	@Override
	public String getToolTipText(Object element) {
		return statusColumn ? getText(element) : null;
	}
}
