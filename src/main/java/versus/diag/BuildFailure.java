package versus.diag;

import java.util.List;

/**
 * Thrown when a whole operation cannot go on; carries the diagnostics that explain why. The command line prints them,
 * one per line, and never the stack trace (unless {@code --debug}).
 */
public final class BuildFailure extends RuntimeException {

  private final transient List<Diagnostic> diagnostics;

  public BuildFailure(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "build failed" : diagnostics.get(0).toString(), null, false, false);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public BuildFailure(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
