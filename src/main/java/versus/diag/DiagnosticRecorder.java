package versus.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps what one step reported, in order, so that a cached result can report it again when it is reused. Thread-safe.
 */
public final class DiagnosticRecorder implements DiagnosticSink {

  private final List<Diagnostic> said = new ArrayList<>();

  @Override
  public synchronized void report(Diagnostic d) {
    said.add(d);
  }

  /** Everything reported so far, in the order it was reported. */
  public synchronized List<Diagnostic> said() {
    return List.copyOf(said);
  }
}
