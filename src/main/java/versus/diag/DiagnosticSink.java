package versus.diag;

/** Where a stage reports what it found. Implementations must be safe to call from several threads. */
@FunctionalInterface
public interface DiagnosticSink {

  void report(Diagnostic diagnostic);

  /** A sink that drops everything; for callers that do not care (benchmarks, one-off renders). */
  static DiagnosticSink ignoring() {
    return d -> {};
  }
}
