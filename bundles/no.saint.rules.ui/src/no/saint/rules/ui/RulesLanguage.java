package no.saint.rules.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.core.runtime.ILog;

import com.google.inject.Injector;
import com.google.inject.Key;

import no.saint.rules.ide.RulesIdeSetup;

/**
 * The Guice injector of the rules language with its ide services. Creating
 * it takes a few hundred milliseconds, so the activator starts it on a
 * background thread and editor contributions wait for it only when they
 * need it first.
 */
public final class RulesLanguage {

	private static CompletableFuture<Injector> injector;

	private RulesLanguage() {
	}

	static synchronized void startInjectorCreation() {
		if (injector == null) {
			injector = CompletableFuture.supplyAsync(RulesLanguage::createInjector);
		}
	}

	private static Injector createInjector() {
		long start = System.nanoTime();
		Injector created = new RulesIdeSetup().createInjectorAndDoEMFRegistration();
		ILog.of(RulesLanguage.class).info("Created the rules language injector in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		return created;
	}

	/** Returns the injector, waiting for its creation when it is still running. */
	public static Injector injector() {
		startInjectorCreation();
		try {
			return injector.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while creating the rules language injector", e);
		} catch (ExecutionException e) {
			throw new IllegalStateException("Creating the rules language injector failed", e.getCause());
		}
	}

	/** Returns an instance of {@code type} from the language injector. */
	public static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}

	/**
	 * Returns the language's binding of {@code type}, or an instance of
	 * {@code fallback} when the language module binds nothing to it.
	 */
	public static <T> T get(Class<T> type, Class<? extends T> fallback) {
		Injector current = injector();
		if (current.getExistingBinding(Key.get(type)) != null) {
			return current.getInstance(type);
		}
		return current.getInstance(fallback);
	}
}
