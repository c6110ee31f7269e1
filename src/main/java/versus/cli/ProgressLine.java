package versus.cli;

import java.io.PrintWriter;
import java.util.Locale;
import versus.build.Progress;

/**
 * Shows a long build's progress: after the first second, a line that updates in place on a terminal, or a plain line
 * per tenth of each phase in a log. Short builds print nothing, so the usual output stays one summary line.
 */
final class ProgressLine implements Progress {

  private static final long QUIET_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private String shownPhase = "";
  private int shownTenth = -1;
  private boolean drawn;

  ProgressLine(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void update(String phase, int done, int total) {
    if (System.nanoTime() - start < QUIET_NANOS || total < 100) {
      return;
    }
    String label = phase.equals("notes") ? "Rendering notes" : "Writing pages";
    if (terminal) {
      err.printf(Locale.ROOT, "\r%s: %d/%d", label, done, total);
      err.flush();
      drawn = true;
      return;
    }
    int tenth = done * 10 / total;
    if (!phase.equals(shownPhase) || tenth > shownTenth) {
      shownPhase = phase;
      shownTenth = tenth;
      err.printf(Locale.ROOT, "%s: %d/%d%n", label, done, total);
    }
  }

  /** Clears the in-place line before the summary. */
  synchronized void finish() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
