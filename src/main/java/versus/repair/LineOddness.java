package versus.repair;

import java.util.Arrays;
import java.util.List;

/**
 * {@link Oddness#at} of the characters of one line, each computed when it is first asked for. Judging a stretch needs
 * the oddness around it, and judging a repair needs the change of the whole line's oddness; since a character's
 * oddness depends only on its neighbours up to {@link Oddness#REACH_BEFORE} before and {@link Oddness#REACH_AFTER}
 * after, that change is the difference over the characters near the edits ({@link #change}). So most characters of
 * a long line are never looked at.
 */
final class LineOddness {

  private final Oddness oddness;
  private final int[] cps;
  private final int length;
  private final int[] values; // -1 where not computed yet; oddness is never negative

  LineOddness(Oddness oddness, int[] cps, int length) {
    this.oddness = oddness;
    this.cps = cps;
    this.length = length;
    this.values = new int[length];
    Arrays.fill(values, -1);
  }

  /** Sum of {@link Oddness#at} over {@code [from, to)}, clamped to the line. */
  int sum(int from, int to) {
    int s = 0;
    for (int i = Math.max(0, from); i < Math.min(length, to); i++) {
      int v = values[i];
      if (v < 0) {
        v = values[i] = oddness.at(cps, length, i);
      }
      s += v;
    }
    return s;
  }

  /**
   * The oddness of the whole line {@code before} minus that of {@code after}, which is the same line with
   * {@code edits} made (sorted, not overlapping). A character further than the reach of oddness from every edit has
   * the same neighbours, hence the same oddness, in both lines; only the characters within reach of an edit are
   * summed, each run of edits whose reaches touch as one range.
   *
   * @param starts where each edit's replacement begins in {@code after}
   */
  static int change(LineOddness before, List<LineEvaluator.Edit> edits, LineOddness after, int[] starts) {
    int change = 0;
    int k = 0;
    while (k < edits.size()) {
      int first = k;
      while (k + 1 < edits.size()
          && edits.get(k + 1).start() - Oddness.REACH_AFTER <= edits.get(k).end() + Oddness.REACH_BEFORE) {
        k++;
      }
      LineEvaluator.Edit last = edits.get(k);
      // a character is within reach of an edit when the edit touches [i - REACH_BEFORE, i + REACH_AFTER]
      change +=
          before.sum(edits.get(first).start() - Oddness.REACH_AFTER, last.end() + Oddness.REACH_BEFORE)
              - after.sum(
                  starts[first] - Oddness.REACH_AFTER,
                  starts[k] + last.replacement().length + Oddness.REACH_BEFORE);
      k++;
    }
    return change;
  }
}
