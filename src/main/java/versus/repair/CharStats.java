package versus.repair;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Character frequencies of a real multilingual corpus (the UDHR in 500+ languages, see {@code char-frequency.tsv}).
 * They tell a common letter such as {@code é} from one that mojibake produces by chance, such as {@code ɒ}.
 */
final class CharStats {

  /** Below this many occurrences (case folded) a letter of a well-covered script counts as rare. */
  static final int RARE = 5;

  private final int[] codePoints;
  private final int[] counts;
  private final int[] finals;

  private CharStats(int[] codePoints, int[] counts, int[] finals) {
    this.codePoints = codePoints;
    this.counts = counts;
    this.finals = finals;
  }

  static CharStats load() {
    int[][] cols = {new int[4096], new int[4096], new int[4096]};
    int[] n = {0};
    readTsv(
        "char-frequency.tsv",
        f -> {
          if (n[0] == cols[0].length) {
            for (int i = 0; i < 3; i++) {
              cols[i] = Arrays.copyOf(cols[i], n[0] * 2);
            }
          }
          cols[0][n[0]] = Integer.parseInt(f[0], 16);
          cols[1][n[0]] = Integer.parseInt(f[1]);
          cols[2][n[0]] = Integer.parseInt(f[2]);
          n[0]++;
        });
    return new CharStats(
        Arrays.copyOf(cols[0], n[0]), Arrays.copyOf(cols[1], n[0]), Arrays.copyOf(cols[2], n[0]));
  }

  /** Occurrences of {@code cp} in the corpus. */
  int count(int cp) {
    int i = Arrays.binarySearch(codePoints, cp);
    return i < 0 ? 0 : counts[i];
  }

  /** Occurrences of {@code cp} in either case: capitals are rare in running text, their letters are not. */
  int foldedCount(int cp) {
    int lower = Character.toLowerCase(cp);
    int upper = Character.toUpperCase(cp);
    int sum = count(cp);
    sum += lower != cp && Character.toUpperCase(lower) == cp ? count(lower) : 0;
    sum += upper != cp && Character.toLowerCase(upper) == cp ? count(upper) : 0; // not long s to S
    return sum;
  }

  /** How often the letter {@code cp} ends a word, from 0 to 1 (0.5 when it never occurs). */
  double finalRatio(int cp) {
    int i = Arrays.binarySearch(codePoints, Character.toLowerCase(cp));
    return i < 0 || counts[i] == 0 ? 0.5 : (double) finals[i] / counts[i];
  }

  /** Reads a tab-separated resource of this package, skipping {@code #} comments. */
  static void readTsv(String resource, Consumer<String[]> row) {
    try (InputStream in = CharStats.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource versus/repair/" + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          row.accept(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read versus/repair/" + resource, e);
    }
  }
}
