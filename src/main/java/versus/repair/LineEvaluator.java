package versus.repair;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, for one line and one code page, which stretches are mojibake. A stretch is repaired when its decoded form
 * is valid, not rare, and no stranger than the original (see {@link Oddness}); a line is repaired only when at least
 * one stretch is clear evidence (a long sequence, or one whose repair removes oddness) and the evidence outweighs
 * the stretches that decode to nonsense and the accented letters that decode to nothing.
 */
final class LineEvaluator {

  private final Oddness oddness;
  private final CharStats stats;
  private final EmojiTable emoji;

  /** {@link #valid} and {@link #usual} of every BMP character, as bits 1 and 2: both are asked for every stretch. */
  private final byte[] validUsual = new byte[0x10000];

  LineEvaluator(Oddness oddness, CharStats stats, EmojiTable emoji) {
    this.oddness = oddness;
    this.stats = stats;
    this.emoji = emoji;
    for (int c = 0; c < 0x10000; c++) {
      validUsual[c] = (byte) ((computeValid(c) ? 1 : 0) | (computeUsual(c) ? 2 : 0));
    }
  }

  /**
   * The verdict on the stretches one code page finds in one line. Code pages that find the same stretches share it;
   * what differs between them (their prior, the accented letters they leave unexplained) is added by {@link Round}.
   *
   * @param score how strongly the line reads as mojibake (positive: repair it), before the code page's own terms
   * @param anchored whether some stretch is clear evidence on its own
   * @param layered whether the evidence is a stretch the previous pass produced (another layer of the same damage)
   * @param edits the repairs to make if the line is repaired, left to right, in line indices
   * @param lossy stretches with bytes missing, to be restored by {@link LostBytes}
   */
  record Verdict(double score, boolean anchored, boolean layered, List<Edit> edits, List<Seq> lossy) {}

  /** One replacement in line coordinates (code point indices). */
  record Edit(int start, int end, int[] replacement) {}

  /**
   * Judges the stretches {@code seqs} a code page found in one line.
   *
   * @param fresh per character, whether the previous pass produced it (null when none): a repair that still reads as
   *     mojibake is the strongest evidence of another layer
   * @param lineOddness the oddness of the line's characters, shared by every code page
   */
  Verdict evaluate(int[] cps, int length, List<Seq> seqs, boolean[] fresh, LineOddness lineOddness) {
    List<Seq> lossy = new ArrayList<>();
    List<Seq> good = new ArrayList<>(seqs.size());
    int rejected = 0;
    for (Seq s : seqs) {
      if (s.kind() == Seq.Kind.INCOMPLETE) {
        lossy.add(s);
      } else if (valid(s.codePoint())
          && usual(s.codePoint())
          && (!oddness.isRare(s.codePoint()) || CodePage.inAnyPage(s.codePoint()))
          && fitsAfter(cps, s)) {
        // a rare letter that some code page produces may be an inner layer of double encoding
        good.add(s);
      } else if (s.kind() == Seq.Kind.COMPLETE) {
        rejected++;
      }
    }
    if (good.isEmpty()) {
      return new Verdict(0, false, false, List.of(), lossy);
    }
    List<Edit> all = new ArrayList<>(good.size());
    for (int k = 0; k < good.size(); k++) {
      all.add(new Edit(good.get(k).start(), good.get(k).end(), replacement(cps, length, good, k)));
    }
    // the line with every candidate repaired: the context each repair is judged in
    int[] decodedStart = new int[good.size()];
    int[] decoded = applied(cps, length, all, decodedStart);
    int n = decoded.length;
    LineOddness decodedOddness = new LineOddness(oddness, decoded, n);
    // Dropped bytes hit only the few sequences that contain an undefined byte (about one in seven three-byte
    // sequences in windows-1252); a line where incomplete sequences rival complete ones is something else.
    double score =
        -2.0 * rejected
            - 2.0 * Math.max(0, lossy.size() - good.size() / 2.0)
            - strangers(cps, length, seqs);
    boolean anchored = false;
    boolean layered = false;
    List<Edit> edits = new ArrayList<>(good.size());
    for (int k = 0; k < good.size(); k++) {
      Seq s = good.get(k);
      Edit candidate = all.get(k);
      int before = lineOddness.sum(s.start() - 1, s.end() + 1);
      int after = decodedOddness.sum(decodedStart[k] - 1, decodedStart[k] + candidate.replacement().length + 1);
      int delta = before - after;
      boolean layer = fresh != null && overlaps(fresh, s);
      boolean anchor;
      boolean apply;
      switch (s.kind()) {
        case MARKER -> {
          anchor = layer || hasReplacementCharacter(cps, s);
          apply = true;
        }
        case SPACE_A0 -> {
          // reading a space as a lost no-break space is a second guess: it needs the line's other evidence
          anchor = delta >= 2;
          apply = delta >= 0;
        }
        default -> {
          anchor =
              s.isLong()
                  ? delta >= 0 && inCompany(decoded, n, decodedStart[k], s.codePoint())
                  : delta >= 1 || (layer && delta >= 0);
          layered |= layer && delta >= 0;
          // In a line that is mojibake, a sequence may decode to an inner layer that still looks odd:
          // a character of a code page is the next layer's raw material.
          boolean innerLayer = CodePage.inAnyPage(s.codePoint());
          apply = (s.isLong() ? delta >= 0 : delta >= -2) || innerLayer;
          score -= s.isLong() && delta < 0 && !innerLayer ? 2 : 0;
        }
      }
      score += (anchor ? 1 : 0) + (anchor && s.isLong() ? 1 : 0);
      anchored |= anchor;
      if (apply) {
        edits.add(candidate);
      }
    }
    // The whole line must look less strange once repaired: local gains that overlap are counted once. When every
    // candidate is made, the repaired line is the decoded one, whose oddness is partly known already.
    if (edits.size() == all.size()) {
      score += LineOddness.change(lineOddness, all, decodedOddness, decodedStart);
    } else {
      int[] repairedStart = new int[edits.size()];
      int[] repaired = applied(cps, length, edits, repairedStart);
      LineOddness repairedOddness = new LineOddness(oddness, repaired, repaired.length);
      score += LineOddness.change(lineOddness, edits, repairedOddness, repairedStart);
    }
    return new Verdict(score, anchored, layered, edits, lossy);
  }

  /**
   * Whether {@code cp} is a symbol of a kind running text uses. Decoding noise lands just as readily in blocks that
   * text hardly ever uses (squared CJK words, APL, control pictures); those are not accepted as repairs.
   */
  boolean usual(int cp) {
    return cp >= 0 && cp < 0x10000 ? (validUsual[cp] & 2) != 0 : computeUsual(cp);
  }

  private boolean computeUsual(int cp) {
    if (cp < 0x2000 || Character.isLetterOrDigit(cp) || emoji.contains(cp) || cp == 0xFFFD || CodePage.inAnyPage(cp)) {
      return true;
    }
    boolean apl = cp >= 0x2336 && cp <= 0x237A;
    return (cp < 0x2400 && !apl)
        || (cp >= 0x2460 && cp < 0x2C00)
        || (cp >= 0x3000 && cp < 0x3040)
        || (cp >= 0xFE00 && cp < 0xFE10)
        || (cp >= 0xFF00 && cp < 0xFFF0);
  }

  /** A character a repair may produce: assigned (or a known emoji), not a surrogate, private or non-character. */
  boolean valid(int cp) {
    return cp >= 0 && cp < 0x10000 ? (validUsual[cp] & 1) != 0 : computeValid(cp);
  }

  private boolean computeValid(int cp) {
    int type = Character.getType(cp);
    if (type == Character.SURROGATE || (cp & 0xFFFE) == 0xFFFE) {
      return false;
    }
    if (type == Character.PRIVATE_USE) {
      return CodePage.inAnyPage(cp); // Mac Roman's Apple logo, as an inner layer of double encoding
    }
    if (cp >= 0xFDD0 && cp <= 0xFDEF) {
      return false;
    }
    return type != Character.UNASSIGNED || emoji.contains(cp);
  }

  /**
   * What a stretch becomes. A space read as byte 0xA0 at the end of a two-byte letter was either the no-break space
   * itself (consumed) or, when whitespace was collapsed, the word gap after a word-final letter such as French
   * {@code à} (kept): the corpus says how often the letter ends a word.
   */
  private int[] replacement(int[] cps, int length, List<Seq> good, int k) {
    Seq s = good.get(k);
    int cp = s.codePoint();
    boolean spaceLast = s.kind() == Seq.Kind.SPACE_A0 && cps[s.end() - 1] == ' ';
    if (!spaceLast || cp == 0xA0 || s.end() >= length) {
      return new int[] {cp};
    }
    int next = k + 1 < good.size() && good.get(k + 1).start() == s.end() ? good.get(k + 1).codePoint() : cps[s.end()];
    if (!Character.isLetterOrDigit(next) || !Character.isLetter(cp)) {
      return new int[] {cp};
    }
    if (Oddness.script(next) == Oddness.script(cp) && Oddness.script(cp) != Character.UnicodeScript.LATIN) {
      return new int[] {cp};
    }
    return stats.finalRatio(cp) >= 0.5 ? new int[] {cp, ' '} : new int[] {cp};
  }

  /**
   * Non-ASCII characters that no stretch explains, right beside one that does: mojibake of this code page would have
   * explained them too, so the line is probably something else (another code page, or noise).
   */
  private static int strangers(int[] cps, int length, List<Seq> seqs) {
    boolean[] covered = new boolean[length];
    for (Seq s : seqs) {
      java.util.Arrays.fill(covered, s.start(), s.end(), true);
    }
    int n = 0;
    for (int i = 0; i < length; i++) {
      boolean touches = (i > 0 && covered[i - 1]) || (i + 1 < length && covered[i + 1]);
      n += !covered[i] && cps[i] >= 0x80 && touches ? 1 : 0;
    }
    return n;
  }

  /**
   * A long sequence that decodes to a letter is evidence only if a neighbour in the repaired line is written in the
   * same script: mojibake of Japanese yields Japanese words, not one ideograph between spaces. Symbols and emoji need
   * no company.
   */
  private static boolean inCompany(int[] decoded, int n, int at, int cp) {
    if (!Oddness.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
      return true;
    }
    for (int i = Math.max(0, at - 1); i <= Math.min(n - 1, at + 1); i++) {
      if (i != at && Oddness.isLetter(decoded[i]) && sameWriting(Oddness.script(decoded[i]), Oddness.script(cp))) {
        return true;
      }
    }
    return Oddness.script(cp) == Character.UnicodeScript.COMMON;
  }

  /** One script, or Chinese characters with Japanese kana. */
  private static boolean sameWriting(Character.UnicodeScript a, Character.UnicodeScript b) {
    if (a == Character.UnicodeScript.COMMON) {
      return false;
    }
    return a == b || (japanese(a) && japanese(b));
  }

  private static boolean japanese(Character.UnicodeScript s) {
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA;
  }

  /** A space read as 0xA0 must not make a letter or digit of a foreign script right after a word. */
  private static boolean fitsAfter(int[] cps, Seq s) {
    if (s.kind() != Seq.Kind.SPACE_A0 || s.start() == 0 || !Character.isLetter(cps[s.start() - 1])) {
      return true;
    }
    return Oddness.scriptDistance(s.codePoint(), cps[s.start() - 1]) < 3;
  }

  /** The line with {@code edits} made; {@code starts}, when given, receives where each replacement begins. */
  private static int[] applied(int[] cps, int length, List<Edit> edits, int[] starts) {
    int[] out = new int[length + edits.size()];
    int n = 0;
    int at = 0;
    for (int k = 0; k < edits.size(); k++) {
      Edit e = edits.get(k);
      while (at < e.start()) {
        out[n++] = cps[at++];
      }
      if (starts != null) {
        starts[k] = n;
      }
      for (int cp : e.replacement()) {
        out[n++] = cp;
      }
      at = e.end();
    }
    while (at < length) {
      out[n++] = cps[at++];
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static boolean overlaps(boolean[] fresh, Seq s) {
    for (int i = s.start(); i < s.end(); i++) {
      if (fresh[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasReplacementCharacter(int[] cps, Seq s) {
    for (int i = s.start(); i < s.end(); i++) {
      if (cps[i] == 0xFFFD) {
        return true;
      }
    }
    return false;
  }
}
