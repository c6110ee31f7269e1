package versus.repair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One pass over the text that undoes one layer of mojibake. Each line is judged in every code page and repaired in
 * the one that explains it best, the code page that explains most of the note winning ties; lost bytes are then
 * restored with the repaired lines around them as context.
 */
final class Round {

  private static final int[] NO_CODE_POINTS = {};

  private final LineEvaluator evaluator;
  private final LostBytes lostBytes;
  private final Oddness oddness;

  Round(LineEvaluator evaluator, LostBytes lostBytes, Oddness oddness) {
    this.evaluator = evaluator;
    this.lostBytes = lostBytes;
    this.oddness = oddness;
  }

  /**
   * The edits of one pass over {@code text}, sorted and not overlapping.
   *
   * @param fresh char ranges {start, end} of {@code text} that the previous pass produced, sorted
   */
  List<TextEdit> edits(String text, Supplier<Set<String>> noteWords, List<int[]> fresh) {
    Lines lineBounds = Lines.of(text);
    int lines = lineBounds.count();
    int[][] cps = new int[lines][];
    LineEvaluator.Verdict[][] verdicts = new LineEvaluator.Verdict[lines][];
    double[][] scores = new double[lines][];
    List<CodePage> pages = CodePage.ALL;
    double[] totals = new double[pages.size()];
    int k = 0; // the first fresh range that ends after the start of line l
    for (int l = 0; l < lines; l++) {
      int start = lineBounds.start(l);
      int end = lineBounds.end(l);
      while (k < fresh.size() && fresh.get(k)[1] <= start) {
        k++;
      }
      boolean touched = k < fresh.size() && fresh.get(k)[0] < Math.max(end, start + 1);
      // after the first pass only the lines the previous pass changed can hold another layer
      if ((!fresh.isEmpty() && !touched) || !Prefilter.mayHaveMojibake(text, start, end)) {
        continue;
      }
      cps[l] = codePoints(text, start, end);
      boolean[] freshMask = touched ? freshMask(text, start, cps[l].length, fresh, k) : null;
      verdicts[l] = new LineEvaluator.Verdict[pages.size()];
      scores[l] = new double[pages.size()];
      judge(cps[l], freshMask, verdicts[l], scores[l]);
      for (int p = 0; p < pages.size(); p++) {
        if (verdicts[l][p] != null && verdicts[l][p].anchored() && scores[l][p] > 0) {
          totals[p] += scores[l][p];
        }
      }
    }
    int dominant = -1;
    for (int p = 0; p < pages.size(); p++) {
      dominant = totals[p] > 0 && (dominant < 0 || totals[p] > totals[dominant]) ? p : dominant;
    }
    List<LineEdit> chosen = new ArrayList<>();
    List<LineEdit> lossy = new ArrayList<>();
    // One note went through one decoder: one that kept undefined bytes as C1 controls or replaced them with U+FFFD
    // did not drop them, so there is nothing to restore. Looked up when a line first has a lossy stretch.
    Boolean dropsBytes = null;
    for (int l = 0; l < lines; l++) {
      if (verdicts[l] == null) {
        continue;
      }
      int best = -1;
      double bestScore = 0;
      for (int p = 0; p < pages.size(); p++) {
        LineEvaluator.Verdict v = verdicts[l][p];
        double s = v == null || !v.anchored() ? 0 : scores[l][p] + (p == dominant ? 1 : 0);
        if (s > bestScore) {
          best = p;
          bestScore = s;
        }
      }
      if (best >= 0) {
        for (LineEvaluator.Edit e : verdicts[l][best].edits()) {
          chosen.add(new LineEdit(l, e.start(), e.end(), e.replacement(), pages.get(best), null));
        }
      }
      // Bytes are lost the same way throughout a note: its dominant code page says which bytes can be missing.
      int lossyPage = dominant >= 0 && pages.get(dominant).hasUndefined() ? dominant : best;
      LineEvaluator.Verdict lossyVerdict =
          lossyPage >= 0 && pages.get(lossyPage).hasUndefined() ? verdicts[l][lossyPage] : null;
      if (lossyVerdict == null || lossyVerdict.lossy().isEmpty()) {
        continue;
      }
      dropsBytes = dropsBytes != null ? dropsBytes : !keepsUndefinedBytes(text);
      if (dropsBytes) {
        List<LineEvaluator.Edit> made = best < 0 ? List.of() : verdicts[l][best].edits();
        for (Seq s : lossyVerdict.lossy()) {
          if (!overlapsAny(made, s)) {
            lossy.add(new LineEdit(l, s.start(), s.end(), null, pages.get(lossyPage), s));
          }
        }
      }
    }
    if (!lossy.isEmpty()) {
      chosen.addAll(restore(text, lineBounds, cps, chosen, lossy, noteWords.get()));
    }
    chosen.sort((a, b) -> a.line != b.line ? Integer.compare(a.line, b.line) : Integer.compare(a.start, b.start));
    return toTextEdits(text, lineBounds, cps, chosen);
  }

  private static boolean overlapsAny(List<LineEvaluator.Edit> edits, Seq s) {
    for (LineEvaluator.Edit e : edits) {
      if (e.end() > s.start() && e.start() < s.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Judges one line in every code page that has a lead byte in it. Code pages that find the same stretches share one
   * verdict; each adds its own prior and, unless the evidence is a layer the previous pass uncovered, half a point
   * per accented letter it leaves unexplained (clean text has those).
   */
  private void judge(int[] cps, boolean[] fresh, LineEvaluator.Verdict[] verdicts, double[] scores) {
    List<CodePage> pages = CodePage.ALL;
    LineOddness lineOddness = new LineOddness(oddness, cps, cps.length);
    Scanner.Leads leads = Scanner.Leads.of(cps, cps.length);
    List<List<Seq>> found = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      found.add(List.of());
      if ((leads.pages() & (1 << p)) == 0) {
        continue;
      }
      Scanner.Scan scan = Scanner.scan(cps, cps.length, pages.get(p), leads);
      List<Seq> seqs = scan.seqs();
      found.set(p, seqs);
      if (seqs.isEmpty()) {
        continue;
      }
      for (int q = 0; q < p && verdicts[p] == null; q++) {
        verdicts[p] = verdicts[q] != null && sameStretches(found.get(q), seqs) ? verdicts[q] : null;
      }
      if (verdicts[p] == null) {
        verdicts[p] = evaluator.evaluate(cps, cps.length, seqs, fresh, lineOddness);
      }
      double orphans = verdicts[p].layered() ? 0 : 0.5 * scan.orphans();
      scores[p] = verdicts[p].score() - pages.get(p).prior - orphans;
    }
  }

  private static boolean sameStretches(List<Seq> a, List<Seq> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      Seq x = a.get(i);
      Seq y = b.get(i);
      if (x.start() != y.start()
          || x.end() != y.end()
          || x.kind() != y.kind()
          || x.codePoint() != y.codePoint()
          || !java.util.Arrays.equals(x.bytes(), y.bytes())) {
        return false;
      }
    }
    return true;
  }

  /** One edit in line coordinates; {@code site} is set for a lossy stretch not yet restored. */
  private record LineEdit(
      int line, int start, int end, int[] replacement, CodePage page, Seq site, int lost, List<String> alternatives) {
    LineEdit(int line, int start, int end, int[] replacement, CodePage page, Seq site) {
      this(line, start, end, replacement, page, site, 0, List.of());
    }
  }

  private List<LineEdit> restore(
      String text, Lines bounds, int[][] cps, List<LineEdit> chosen, List<LineEdit> lossy, Set<String> words) {
    int lines = bounds.count();
    int[][] grid = new int[lines][];
    int[] lengths = new int[lines];
    boolean[] needed = new boolean[lines]; // a site looks one line up and one down
    for (LineEdit e : lossy) {
      for (int l = Math.max(0, e.line - 1); l <= Math.min(lines - 1, e.line + 1); l++) {
        needed[l] = true;
      }
    }
    Map<Integer, List<LineEdit>> byLine = new HashMap<>();
    for (List<LineEdit> edits : List.of(chosen, lossy)) {
      for (LineEdit e : edits) {
        if (needed[e.line]) {
          byLine.computeIfAbsent(e.line, l -> new ArrayList<>()).add(e);
        }
      }
    }
    Map<LineEdit, Integer> siteCol = new IdentityHashMap<>();
    for (int l = 0; l < lines; l++) {
      if (!needed[l]) {
        grid[l] = NO_CODE_POINTS;
        continue;
      }
      int[] src = cps[l] != null ? cps[l] : codePoints(text, bounds.start(l), bounds.end(l));
      List<LineEdit> edits = byLine.getOrDefault(l, new ArrayList<>());
      edits.sort((a, b) -> Integer.compare(a.start, b.start));
      int[] out = new int[src.length + edits.size()];
      int n = 0;
      int k = 0;
      for (int i = 0; i < src.length; ) {
        if (k < edits.size() && edits.get(k).start == i) {
          LineEdit e = edits.get(k++);
          if (e.site != null) {
            siteCol.put(e, n);
            out[n++] = 0xFFFD; // one cell per site until it is restored
          } else {
            for (int cp : e.replacement) {
              out[n++] = cp;
            }
          }
          i = e.end;
        } else {
          out[n++] = src[i++];
        }
      }
      grid[l] = out;
      lengths[l] = n;
    }
    Grid g = new Grid(grid, lengths);
    List<LineEdit> restored = new ArrayList<>(lossy.size());
    Map<Integer, Set<String>> lineWords = new HashMap<>(); // the grid stays as it is while sites are restored
    for (LineEdit e : lossy) {
      Set<String> near = lineWords.computeIfAbsent(e.line, l -> lostBytes.wordsOf(g, l));
      LostBytes.Restoration r = lostBytes.restore(e.site, e.page, g, e.line, siteCol.get(e), near, words);
      if (r != null) {
        int[] cp = {r.codePoint()};
        restored.add(new LineEdit(e.line, e.start, e.end, cp, e.page, null, r.lostBytes(), r.alternatives()));
      }
    }
    return restored;
  }

  private static List<TextEdit> toTextEdits(String text, Lines bounds, int[][] cps, List<LineEdit> edits) {
    List<TextEdit> out = new ArrayList<>(edits.size());
    int line = -1;
    int at = 0; // char offset of code point index atIndex on the current line
    int atIndex = 0;
    for (LineEdit e : edits) {
      if (e.line != line || e.start < atIndex) {
        line = e.line;
        at = bounds.start(line);
        atIndex = 0;
      }
      int start = charOffset(cps[line], atIndex, e.start, at);
      int end = charOffset(cps[line], e.start, e.end, start);
      at = end;
      atIndex = e.end;
      int[] r = e.replacement;
      String replacement = r.length == 1 ? Character.toString(r[0]) : new String(r, 0, r.length);
      out.add(new TextEdit(start, end, replacement, e.page.name, e.lost, e.alternatives));
    }
    return out;
  }

  /** The char offset of code point {@code to} of a line, given that code point {@code from} is at char {@code at}. */
  private static int charOffset(int[] cps, int from, int to, int at) {
    for (int i = from; i < to; i++) {
      at += Character.charCount(cps[i]);
    }
    return at;
  }

  /** Which code points of the line starting at {@code start} lie in a fresh range, scanning from range {@code k}. */
  private static boolean[] freshMask(String text, int start, int count, List<int[]> fresh, int k) {
    boolean[] mask = new boolean[count];
    int offset = start;
    for (int i = 0; i < count; i++) {
      while (k < fresh.size() && fresh.get(k)[1] <= offset) {
        k++;
      }
      mask[i] = k < fresh.size() && fresh.get(k)[0] <= offset;
      offset += Character.charCount(text.codePointAt(offset));
    }
    return mask;
  }

  /** Index of the first range (sorted) that ends after {@code offset}. */
  private static int firstEndingAfter(List<int[]> ranges, int offset) {
    int lo = 0;
    int hi = ranges.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ranges.get(mid)[1] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean keepsUndefinedBytes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 0x80 && c < 0xA0) || c == '\uFFFD') {
        return true;
      }
    }
    return false;
  }

  /** The code points of {@code text[start, end)}. */
  static int[] codePoints(String text, int start, int end) {
    int[] out = new int[end - start];
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
        out[n++] = Character.toCodePoint(c, text.charAt(++i));
      } else {
        out[n++] = c;
      }
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /** Start and end (exclusive, before the line feed) of each line. */
  record Lines(int[] starts, int count, int textLength) {

    static Lines of(String text) {
      int[] starts = new int[64];
      int n = 0;
      for (int at = 0; ; ) {
        if (n == starts.length) {
          starts = java.util.Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = at;
        int lineFeed = text.indexOf('\n', at);
        if (lineFeed < 0) {
          return new Lines(starts, n, text.length());
        }
        at = lineFeed + 1;
      }
    }

    int start(int line) {
      return starts[line];
    }

    int end(int line) {
      return line + 1 < count ? starts[line + 1] - 1 : textLength;
    }
  }
}
