package versus.build;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One piece of a build run on a thread of its own while the build goes on; {@link #join} waits for its result and
 * rethrows what it threw, as if it had run in line.
 */
final class Beside<T> {

  private final FutureTask<T> task;

  private Beside(FutureTask<T> task) {
    this.task = task;
  }

  /** Starts {@code work} on a new daemon thread named {@code name}. */
  static <T> Beside<T> start(String name, java.util.function.Supplier<T> work) {
    Beside<T> beside = new Beside<>(new FutureTask<>(work::get));
    Thread thread = new Thread(beside.task, name);
    thread.setDaemon(true);
    thread.start();
    return beside;
  }

  /** The result, once the work is done. */
  T join() {
    try {
      return task.get();
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
