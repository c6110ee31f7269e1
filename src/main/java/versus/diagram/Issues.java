package versus.diagram;

import java.util.ArrayList;
import java.util.List;

/** Collects the issues of one render, keeping at most {@link #LIMIT} so that a hostile drawing cannot flood the output. */
final class Issues {

  static final int LIMIT = 200;

  private final List<DiagramIssue> kept = new ArrayList<>();
  private int dropped;

  void add(int line, int column, String kind, String message) {
    if (kept.size() < LIMIT) {
      kept.add(new DiagramIssue(line, column, kind, message));
    } else {
      dropped++;
    }
  }

  /** Everything collected, sorted; a final {@link DiagramIssue#TRUNCATED} entry counts what was dropped. */
  List<DiagramIssue> sorted() {
    List<DiagramIssue> out = new ArrayList<>(kept);
    out.sort(DiagramIssue.ORDER);
    if (dropped > 0) {
      DiagramIssue last = out.get(out.size() - 1);
      out.add(new DiagramIssue(last.line(), last.column(), DiagramIssue.TRUNCATED,
          dropped + " more issues were found and not listed"));
    }
    return out;
  }
}
