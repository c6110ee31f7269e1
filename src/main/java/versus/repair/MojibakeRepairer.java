package versus.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Repairs mojibake: UTF-8 text that was decoded with a single-byte code page (windows-1252 or Latin-1, the other
 * Windows code pages, ISO-8859-2, Mac Roman, code page 437), once or several times, with undefined bytes turned into
 * C1 controls, replaced by U+FFFD or dropped. Clean text, and clean lines among broken ones, come back unchanged;
 * repairing a repaired text changes nothing.
 *
 * <p>Immutable and thread-safe: the tables are built once per class and shared; create one instance and reuse it.
 */
public final class MojibakeRepairer {

  /**
   * More layers than this are not undone (triple encoding is the deepest seen in the wild); passes beyond it go on only
   * while every edit shortens the text (a chain of replaced bytes merging one per pass), which must end.
   */
  private static final int MAX_PASSES = 8;

  private final Round round;
  private final Words words;

  public MojibakeRepairer() {
    this.round = Tables.INSTANCE.round;
    this.words = Tables.INSTANCE.words;
  }

  /** Repairs {@code text} and lists what was repaired. */
  public RepairResult repair(String text) {
    if (!Prefilter.mayHaveMojibake(text, 0, text.length())) {
      return new RepairResult(text, List.of());
    }
    SiteMap map = new SiteMap();
    String current = text;
    Supplier<Set<String>> noteWords = memoize(() -> words.in(text));
    List<int[]> fresh = List.of();
    for (int pass = 0; ; pass++) {
      List<TextEdit> edits = round.edits(current, noteWords, fresh);
      if (edits.isEmpty()) {
        edits = C1Controls.edits(current);
      }
      if (edits.isEmpty() || (pass >= MAX_PASSES && !shortens(edits))) {
        break;
      }
      map.apply(edits);
      current = apply(current, edits);
      fresh = produced(edits);
    }
    return new RepairResult(current, report(text, current, map.sites()));
  }

  /** Whether every edit makes the text shorter: passes that only shorten it cannot go on for ever. */
  private static boolean shortens(List<TextEdit> edits) {
    for (TextEdit e : edits) {
      if (e.replacement().length() >= e.end() - e.start()) {
        return false;
      }
    }
    return true;
  }

  /** Where the replacements of {@code edits} ended up in the text after applying them. */
  private static List<int[]> produced(List<TextEdit> edits) {
    List<int[]> out = new ArrayList<>(edits.size());
    int delta = 0;
    for (TextEdit e : edits) {
      int start = e.start() + delta;
      out.add(new int[] {start, start + e.replacement().length()});
      delta += e.replacement().length() - (e.end() - e.start());
    }
    return out;
  }

  private static String apply(String text, List<TextEdit> edits) {
    StringBuilder sb = new StringBuilder(text.length());
    int at = 0;
    for (TextEdit e : edits) {
      sb.append(text, at, e.start()).append(e.replacement());
      at = e.end();
    }
    return sb.append(text, at, text.length()).toString();
  }

  /** One {@link Repair} per run of adjacent sites; a choice stays a run of its own. */
  private static List<Repair> report(String original, String repaired, List<SiteMap.Site> sites) {
    Positions index = new Positions(original);
    List<Repair> out = new ArrayList<>(sites.size());
    int i = 0;
    while (i < sites.size()) {
      SiteMap.Site first = sites.get(i);
      int j = i + 1;
      String layers = label(first.layers);
      int lost = first.lostBytes;
      while (first.alternatives.isEmpty()
          && j < sites.size()
          && sites.get(j).alternatives.isEmpty()
          && sites.get(j).origStart == sites.get(j - 1).origEnd
          && label(sites.get(j).layers).equals(layers)) {
        lost += sites.get(j++).lostBytes;
      }
      SiteMap.Site last = sites.get(j - 1);
      String before = original.substring(first.origStart, last.origEnd);
      String after = repaired.substring(first.curStart, last.curEnd);
      if (!before.equals(after)) {
        index.moveTo(first.origStart);
        out.add(new Repair(index.line(), index.column(), before, after, layers, lost, first.alternatives));
      }
      i = j;
    }
    return out;
  }

  private static String label(List<String> layers) {
    boolean same = true;
    for (String layer : layers) {
      same &= layer.equals(layers.get(0));
    }
    if (same) {
      return layers.size() == 1 ? layers.get(0) : layers.get(0) + " ×" + layers.size();
    }
    return String.join(" + ", layers);
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    List<T> cell = new ArrayList<>(1);
    return () -> {
      if (cell.isEmpty()) {
        cell.add(supplier.get());
      }
      return cell.get(0);
    };
  }
}
