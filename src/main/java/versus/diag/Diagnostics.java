package versus.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * A thread-safe collector of diagnostics for one build. It keeps at most {@code limit} of each severity, so that a
 * pathological input (a million broken links) cannot exhaust memory, and counts the rest.
 */
public final class Diagnostics implements DiagnosticSink {

  private final int limit;
  private final List<Diagnostic> kept = new ArrayList<>();
  private int errors;
  private int warnings;
  private int dropped;

  public Diagnostics() {
    this(1000);
  }

  public Diagnostics(int limit) {
    this.limit = limit;
  }

  @Override
  public synchronized void report(Diagnostic d) {
    switch (d.severity()) {
      case ERROR -> errors++;
      case WARNING -> warnings++;
      default -> {}
    }
    if (kept.size() < limit) {
      kept.add(d);
    } else {
      dropped++;
    }
  }

  public synchronized int errorCount() {
    return errors;
  }

  public synchronized int warningCount() {
    return warnings;
  }

  /** How many were counted but not kept because the limit was reached. */
  public synchronized int droppedCount() {
    return dropped;
  }

  public synchronized boolean hasErrors() {
    return errors > 0;
  }

  /** Everything kept so far, in {@link Diagnostic#ORDER}. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(kept);
    copy.sort(Diagnostic.ORDER);
    return List.copyOf(copy);
  }
}
