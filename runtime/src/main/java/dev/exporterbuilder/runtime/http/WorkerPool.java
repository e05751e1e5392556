package dev.exporterbuilder.runtime.http;

import dev.exporterbuilder.runtime.process.DaemonThreads;
import dev.exporterbuilder.runtime.process.Log;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The worker threads that serve the requests of one {@link HttpListener}, and how many wait. */
public final class WorkerPool {

  /**
   * Worker threads of one server. They are not tied to {@code --web.max-requests}, which limits
   * scrapes with a semaphore: a worker also reads the request, so clients that stall mid-request
   * hold workers until the header timeout, and a few of them must not starve scrapes. Idle workers
   * end after a minute.
   */
  public static final int WORKERS = 256;

  /**
   * Requests waiting for a worker (a connection that has sent nothing waits in the listener's
   * selector, not here). Beyond that they are dropped rather than stalling the server; a waiting request costs
   * a few hundred bytes, so bursts of a thousand concurrent scrapes are answered, with 503 for those
   * over the limit.
   */
  static final int QUEUE_CAPACITY = 1024;

  private WorkerPool() {}

  /**
   * The workers of one server: a new one whenever all are busy, up to {@value #WORKERS}; then
   * requests wait, up to {@value #QUEUE_CAPACITY}; beyond that the listener closes the connection
   * instead of blocking. Idle workers end after a minute, so an exporter scraped a few
   * times a minute keeps a thread or two.
   */
  public static ThreadPoolExecutor create() {
    GrowFirstQueue queue = new GrowFirstQueue(QUEUE_CAPACITY);
    ThreadPoolExecutor executor = new ThreadPoolExecutor(
        1, WORKERS, 60, TimeUnit.SECONDS, queue,
        DaemonThreads.named("exporter-http-"),
        (task, pool) -> {
          if (!queue.force(task)) {
            Log.debug("Dropped a connection: every HTTP worker is busy and the queue is full");
            throw new RejectedExecutionException("HTTP worker queue full");
          }
        });
    executor.allowCoreThreadTimeOut(true);
    queue.pool = executor;
    return executor;
  }

  /**
   * A work queue that makes its pool grow before tasks wait ({@link ThreadPoolExecutor} by itself
   * only adds threads beyond its core size once the queue is full), as Tomcat's TaskQueue does.
   */
  static final class GrowFirstQueue extends LinkedBlockingQueue<Runnable> {
    private static final long serialVersionUID = 1L;
    private final int capacity;
    transient volatile ThreadPoolExecutor pool;

    GrowFirstQueue(int capacity) {
      this.capacity = capacity;
    }

    @Override
    public boolean offer(Runnable task) {
      ThreadPoolExecutor executor = pool;
      if (executor != null && executor.getPoolSize() < executor.getMaximumPoolSize()
          && executor.getActiveCount() + size() >= executor.getPoolSize()) {
        return false; // no idle worker: the pool starts one
      }
      return size() < capacity && super.offer(task);
    }

    /** Queues a task the pool refused because it is at its maximum; false when the queue is full. */
    boolean force(Runnable task) {
      return size() < capacity && super.offer(task);
    }
  }
}
