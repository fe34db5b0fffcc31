package no.saint.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Prints the figures of a benchmark in one format: a name, a value and its
 * unit, one line each, prefixed with {@code BENCHMARK}. Also tracks the peak
 * heap of a measured step through the JVM's memory pools.
 */
public final class BenchmarkReport {

	private final String benchmark;

	public BenchmarkReport(String benchmark) {
		this.benchmark = benchmark;
		System.out.printf(Locale.ROOT, "BENCHMARK %s: Java %s, %d processors, max heap %d MB%n", benchmark,
				Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
	}

	/** Prints one figure. */
	public void print(String figure, double value, String unit) {
		System.out.printf(Locale.ROOT, "BENCHMARK %s | %s | %.3f %s%n", benchmark, figure, value, unit);
	}

	/** Runs {@code step}, then prints its wall-clock time in milliseconds and the peak heap in MB while it ran. */
	public <T> T measure(String figure, ThrowingSupplier<T> step) throws Exception {
		System.gc();
		resetPeaks();
		long start = System.nanoTime();
		T result = step.get();
		long elapsed = System.nanoTime() - start;
		print(figure + " time", elapsed / 1e6, "ms");
		print(figure + " peak heap", peakHeapBytes() / (1024.0 * 1024.0), "MB");
		return result;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/** Returns the sum of the heap pools' peak usage since the last reset, an upper estimate of the peak heap. */
	private static long peakHeapBytes() {
		long total = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				total += pool.getPeakUsage().getUsed();
			}
		}
		return total;
	}

	/** A measured step that may throw. */
	@FunctionalInterface
	public interface ThrowingSupplier<T> {
		T get() throws Exception;
	}
}
