package org.newsevents.tools.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use over a stretch of work, from the JVM's memory pools: {@link #reset} starts a
 * stretch; {@link #peakBytes} is the sum of each heap pool's peak usage since, an upper bound of
 * the true peak since the pools (eden, survivor, old) may peak at different moments.
 */
final class HeapMeter {

  private HeapMeter() {}

  static void reset() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  static long peakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Heap in use after a full collection: what the loaded models occupy. */
  @SuppressWarnings("java:S1215") // an explicit GC is the point of this measurement
  static long liveBytesAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The JVM's maximum heap (-Xmx). */
  static long maxBytes() {
    return Runtime.getRuntime().maxMemory();
  }
}
