package versus.build;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work run on a thread of its own while the caller goes on; {@link #join} waits for its result and rethrows what it
 * threw, as if it had run in line. A cold JVM runs a build's first steps on one thread, so the second core is free for
 * work that does not depend on them.
 */
public final class Beside<T> {

  private final FutureTask<T> task;

  private Beside(FutureTask<T> task) {
    this.task = task;
  }

  /** Starts {@code work} on a new daemon thread named {@code name}. */
  public static <T> Beside<T> start(String name, java.util.function.Supplier<T> work) {
    Beside<T> beside = new Beside<>(new FutureTask<>(work::get));
    Thread thread = new Thread(beside.task, name);
    thread.setDaemon(true);
    thread.start();
    return beside;
  }

  /** The result, once the work is done. */
  public T join() {
    try {
      return task.get();
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (ExecutionException e) {
      throw rethrown(e);
    }
  }

  /**
   * What work on another thread threw, to throw again as if it had run in line: its unchecked exception or error as it
   * was, anything else wrapped.
   */
  static RuntimeException rethrown(ExecutionException e) {
    if (e.getCause() instanceof RuntimeException re) {
      return re;
    }
    if (e.getCause() instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(e.getCause());
  }
}
