package versus.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs the per-note work of a build on one thread per core, each with a large stack. flexmark walks its syntax tree
 * recursively, so a note nested ten thousand levels deep (lists inside lists, quotes inside quotes) needs far more
 * stack than a default thread has; the memory is only reserved, and committed page by page as it is used. Results come
 * back in input order, whatever order the threads finish in.
 */
final class RenderPool implements AutoCloseable {

  /** Stack of each render thread. */
  static final long STACK_BYTES = 512L * 1024 * 1024;

  private final ExecutorService executor;

  RenderPool() {
    AtomicInteger n = new AtomicInteger();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(null, r, "versus-render-" + n.incrementAndGet(), STACK_BYTES);
              t.setDaemon(true);
              return t;
            });
  }

  /** {@code f} applied to every item, in parallel, results in the items' order. */
  <T, R> List<R> map(List<T> items, Function<T, R> f) {
    List<Future<R>> futures = new ArrayList<>(items.size());
    for (T item : items) {
      futures.add(executor.submit(() -> f.apply(item)));
    }
    List<R> out = new ArrayList<>(items.size());
    try {
      for (Future<R> future : futures) {
        out.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (ExecutionException e) {
      throw Beside.rethrown(e);
    }
    return out;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
