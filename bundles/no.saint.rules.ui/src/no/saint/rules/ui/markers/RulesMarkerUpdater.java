package no.saint.rules.ui.markers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/**
 * Revalidates every {@code *.saint} file that is added or saved and
 * replaces its problem markers, so that the Problems view lists the same
 * issues as the editor.
 */
public class RulesMarkerUpdater implements IResourceChangeListener {

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		List<IFile> changed = new ArrayList<>();
		try {
			delta.accept(child -> {
				if (child.getResource() instanceof IFile file && isRulesFile(file) && isContentChange(child)) {
					changed.add(file);
				}
				return true;
			});
		} catch (CoreException e) {
			ILog.of(RulesMarkerUpdater.class).error("Finding the changed rules files failed", e);
		}
		if (!changed.isEmpty()) {
			new RulesMarkerJob(changed).schedule();
		}
	}

	private static boolean isRulesFile(IFile file) {
		return "saint".equals(file.getFileExtension());
	}

	private static boolean isContentChange(IResourceDelta delta) {
		return delta.getKind() == IResourceDelta.ADDED
				|| delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0
				|| (delta.getFlags() & IResourceDelta.MOVED_FROM) != 0 && delta.getResource().getType() == IResource.FILE;
	}
}
