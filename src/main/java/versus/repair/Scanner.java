package versus.repair;

import java.util.ArrayList;
import java.util.List;

/** Finds, in one line, the stretches that read as UTF-8 once turned back into the bytes of a code page. */
final class Scanner {

  private Scanner() {}

  /**
   * What one code page finds in a line.
   *
   * @param seqs the stretches that read as UTF-8, left to right, not overlapping
   * @param orphans lead bytes that start no stretch: ordinary accented letters, evidence of clean text
   */
  record Scan(List<Seq> seqs, int orphans) {}

  /**
   * Where stretches can start in a line: the characters that some code page reads as a lead byte. Most characters of
   * a line are ASCII, so each code page visits these positions instead of the whole line.
   *
   * @param positions the indices of those characters, ascending, in {@code positions[0, count)}
   * @param pages the code pages (bits by index in {@link CodePage#ALL}) that read one of them as a lead byte
   */
  record Leads(int[] positions, int count, int pages) {

    static Leads of(int[] cps, int length) {
      int[] positions = new int[length];
      int count = 0;
      int pages = 0;
      for (int i = 0; i < length; i++) {
        int mask = Prefilter.leadPages(cps[i]);
        if (mask != 0) {
          positions[count++] = i;
          pages |= mask;
        }
      }
      return new Leads(positions, count, pages);
    }
  }

  /** The stretches of {@code cps[0, length)} in code page {@code page}. */
  static Scan scan(int[] cps, int length, CodePage page) {
    return scan(cps, length, page, Leads.of(cps, length));
  }

  /** The same, visiting only the {@code leads} of the line, which {@link Leads#of} found. */
  static Scan scan(int[] cps, int length, CodePage page, Leads leads) {
    List<Seq> out = new ArrayList<>(leads.count());
    int orphans = 0;
    int i = 0; // characters before i belong to a stretch found or were looked at already
    for (int k = 0; k < leads.count(); k++) {
      int at = leads.positions()[k];
      int lead = at < i ? -1 : page.byteOf(cps[at]);
      int need = lead < 0 ? -1 : Utf8.continuations(lead);
      if (need < 0) {
        continue;
      }
      Seq seq = read(cps, length, page, at, lead, need);
      if (seq == null) {
        orphans++;
        i = at + 1;
      } else {
        out.add(seq);
        i = seq.end();
      }
    }
    return new Scan(out, orphans);
  }

  private static Seq read(int[] cps, int length, CodePage page, int start, int lead, int need) {
    int[] bytes = new int[need + 1];
    bytes[0] = lead;
    int got = 0;
    int markers = 0;
    int spaceAt = -1;
    int j = start + 1;
    while (got < need && j < length) {
      int c = cps[j];
      int b = page.byteOf(c);
      if (b >= 0 && Utf8.allowed(lead, got + 1, b)) {
        bytes[++got] = b;
      } else if ((c == 0xFFFD || c == '?') && spaceAt < 0) {
        bytes[++got] = Utf8.MARKER;
        markers++;
      } else if (c == ' ' && spaceAt < 0 && markers == 0 && page.nbspIsA0() && Utf8.allowed(lead, got + 1, 0xA0)) {
        bytes[++got] = 0xA0;
        spaceAt = j;
      } else {
        break;
      }
      j++;
    }
    if (got == need && markers > 0) {
      return new Seq(start, j, Seq.Kind.MARKER, bytes, 0xFFFD);
    }
    if (got == need) {
      int cp = Utf8.decode(bytes, need + 1);
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        return surrogatePair(cps, length, page, start, j, cp);
      }
      if (cp >= 0 && (cp < 0xD800 || cp > 0xDFFF)) {
        if (spaceAt < 0) {
          return new Seq(start, j, Seq.Kind.COMPLETE, bytes, cp);
        }
        if (Character.isLetterOrDigit(cp) || cp == 0xA0) {
          return new Seq(start, j, Seq.Kind.SPACE_A0, bytes, cp);
        }
      }
      if (spaceAt >= 0) {
        got = spaceAt - start - 1; // the space is a real space after all: what came before it is incomplete
      } else {
        return null;
      }
    }
    int present = spaceAt >= 0 ? Math.min(got, spaceAt - start - 1) : got;
    if (markers == 0 && present >= 1 && present < need && need - present <= 2 && page.hasUndefined()) {
      int[] kept = new int[present + 1];
      System.arraycopy(bytes, 0, kept, 0, present + 1);
      return new Seq(start, start + present + 1, Seq.Kind.INCOMPLETE, kept, -1);
    }
    return null;
  }

  /** CESU-8: a surrogate pair encoded as two three-byte sequences (ED A0..AF xx ED B0..BF xx). */
  private static Seq surrogatePair(int[] cps, int length, CodePage page, int start, int mid, int high) {
    if (mid + 3 > length || page.byteOf(cps[mid]) != 0xED) {
      return null;
    }
    int b1 = page.byteOf(cps[mid + 1]);
    int b2 = page.byteOf(cps[mid + 2]);
    if (b1 < 0xB0 || b1 > 0xBF || !Utf8.isContinuation(b2)) {
      return null;
    }
    int low = 0xDC00 | ((b1 & 0x0F) << 6) | (b2 & 0x3F);
    int cp = Character.toCodePoint((char) high, (char) low);
    int[] bytes = {0xED, page.byteOf(cps[start + 1]), page.byteOf(cps[start + 2]), 0xED, b1, b2};
    return new Seq(start, mid + 3, Seq.Kind.COMPLETE, bytes, cp);
  }
}
