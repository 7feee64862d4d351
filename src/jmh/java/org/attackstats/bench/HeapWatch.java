package org.attackstats.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The peak of used heap while it watches: the largest total heap in use just before a garbage
 * collection (from the collectors' notifications, which see every peak the collector acted on),
 * or sampled every 5 ms in between, whichever is larger. Garbage not yet collected counts: this
 * is the heap the program needed, not the size of what it kept.
 */
final class HeapWatch implements AutoCloseable {

  private final AtomicLong peak = new AtomicLong();
  private final List<Runnable> undo = new ArrayList<>();
  private final Thread sampler;
  private volatile boolean running = true;

  HeapWatch() {
    NotificationListener l =
        (n, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long before =
                info.getGcInfo().getMemoryUsageBeforeGc().values().stream()
                    .mapToLong(MemoryUsage::getUsed)
                    .sum();
            peak.accumulateAndGet(before, Math::max);
          }
        };
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      NotificationEmitter e = (NotificationEmitter) gc;
      e.addNotificationListener(l, null, null);
      undo.add(() -> {
        try {
          e.removeNotificationListener(l);
        } catch (javax.management.ListenerNotFoundException x) {
          throw new IllegalStateException(x);
        }
      });
    }
    sampler =
        new Thread(
            () -> {
              while (running) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Used heap after full collections: what is still reachable. */
  static long live() throws InterruptedException {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
      best = Math.min(best, used());
    }
    return best;
  }

  long peak() {
    return Math.max(peak.get(), used());
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.join();
    undo.forEach(Runnable::run);
  }
}
