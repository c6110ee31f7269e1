package versus.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows repaired stretches through several passes, so that a stretch repaired twice (double encoding) is reported
 * once, at its position in the original text, with every layer that was undone.
 */
final class SiteMap {

  /** A repaired stretch: where it was in the original text and where it is in the current text. */
  static final class Site {
    int origStart;
    int origEnd;
    int curStart;
    int curEnd;
    final List<String> layers = new ArrayList<>();
    int lostBytes;
    List<String> alternatives = List.of();
  }

  private List<Site> sites = new ArrayList<>();

  List<Site> sites() {
    return sites;
  }

  /** Records the {@code edits} (sorted, not overlapping, in current offsets) of one pass. */
  void apply(List<TextEdit> edits) {
    List<Site> old = sites;
    List<Site> out = new ArrayList<>(old.size() + edits.size());
    int si = 0;
    int delta = 0;
    for (TextEdit e : edits) {
      while (si < old.size() && old.get(si).curEnd <= e.start()) {
        out.add(shift(old.get(si++), delta));
      }
      Site merged = new Site();
      int from = e.start();
      int to = e.end();
      List<Site> covered = new ArrayList<>();
      while (si < old.size() && old.get(si).curStart < e.end()) {
        Site t = old.get(si++);
        covered.add(t);
        from = Math.min(from, t.curStart);
        to = Math.max(to, t.curEnd);
      }
      merged.origStart = toOriginal(old, from);
      merged.origEnd = toOriginal(old, to);
      merged.curStart = from + delta;
      int growth = e.replacement().length() - (e.end() - e.start());
      merged.curEnd = to + delta + growth;
      List<String> outer = List.of();
      for (Site t : covered) {
        outer = t.layers.size() > outer.size() ? t.layers : outer;
        merged.lostBytes += t.lostBytes;
        merged.alternatives = t.alternatives.isEmpty() ? merged.alternatives : t.alternatives;
      }
      merged.layers.addAll(outer);
      merged.layers.add(e.encoding());
      merged.lostBytes += e.lostBytes();
      merged.alternatives = e.alternatives().isEmpty() ? merged.alternatives : e.alternatives();
      delta += growth;
      out.add(merged);
    }
    while (si < old.size()) {
      out.add(shift(old.get(si++), delta));
    }
    sites = out;
  }

  /** A copy moved by {@code delta}; the old list stays intact for {@link #toOriginal} lookups. */
  private static Site shift(Site s, int delta) {
    Site t = new Site();
    t.origStart = s.origStart;
    t.origEnd = s.origEnd;
    t.curStart = s.curStart + delta;
    t.curEnd = s.curEnd + delta;
    t.layers.addAll(s.layers);
    t.lostBytes = s.lostBytes;
    t.alternatives = s.alternatives;
    return t;
  }

  /** The original offset of current offset {@code p}, which lies on a site boundary or outside every site. */
  private static int toOriginal(List<Site> old, int p) {
    int lo = 0;
    int hi = old.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (old.get(mid).curEnd <= p) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 ? p : old.get(found).origEnd + (p - old.get(found).curEnd);
  }
}
