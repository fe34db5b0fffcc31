package no.saint.store;

/**
 * Learns about writes to the CRM database. The store calls listeners after a
 * transaction has committed, on the thread that wrote, so a listener should
 * return quickly. Listeners registered as OSGi services are picked up by the
 * store's declarative service component as well.
 */
@FunctionalInterface
public interface CrmChangeListener {

	void changed(CrmChange change);
}
