package versus.repair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Single-code-point emoji with their default presentation, how often they occur in tweets and what they mean
 * (keywords); see {@code emoji.tsv} for the sources. Used to choose between the emoji a lost byte could restore.
 */
final class EmojiTable {

  /** A keyword shared by more emoji than this says nothing about which one is meant. */
  private static final int MAX_SHARED = 10;

  private final int[] codePoints;
  private final boolean[] emojiPresentation;
  private final int[] tweets;
  private final String[][] keywords;

  private EmojiTable(List<String[]> rows) {
    int n = rows.size();
    codePoints = new int[n];
    emojiPresentation = new boolean[n];
    tweets = new int[n];
    keywords = new String[n][];
    Map<String, Integer> shared = new HashMap<>();
    List<List<String>> words = new ArrayList<>();
    for (String[] row : rows) {
      List<String> list = new ArrayList<>();
      for (String k : row[3].split("\\|")) {
        String w = stem(k);
        if (w.length() >= 3 && w.chars().allMatch(c -> c >= 'a' && c <= 'z') && !list.contains(w)) {
          list.add(w);
          shared.merge(w, 1, Integer::sum);
        }
      }
      words.add(list);
    }
    for (int i = 0; i < n; i++) {
      String[] row = rows.get(i);
      codePoints[i] = Integer.parseInt(row[0], 16);
      emojiPresentation[i] = row[1].equals("E");
      tweets[i] = Integer.parseInt(row[2]);
      keywords[i] = words.get(i).stream().filter(w -> shared.get(w) <= MAX_SHARED).toArray(String[]::new);
    }
  }

  static EmojiTable load() {
    List<String[]> rows = new ArrayList<>();
    CharStats.readTsv("emoji.tsv", rows::add);
    rows.sort((a, b) -> Integer.compare(Integer.parseInt(a[0], 16), Integer.parseInt(b[0], 16)));
    return new EmojiTable(rows);
  }

  private int index(int cp) {
    return Arrays.binarySearch(codePoints, cp);
  }

  boolean contains(int cp) {
    return index(cp) >= 0;
  }

  /** Whether {@code cp} shows as an emoji without a variation selector (Emoji_Presentation). */
  boolean emojiPresentation(int cp) {
    int i = index(cp);
    return i >= 0 && emojiPresentation[i];
  }

  int tweets(int cp) {
    int i = index(cp);
    return i < 0 ? 0 : tweets[i];
  }

  /** Every informative keyword of any emoji: the only words {@link Words} needs to find. */
  Set<String> vocabulary() {
    Set<String> all = new HashSet<>();
    for (String[] k : keywords) {
      all.addAll(Arrays.asList(k));
    }
    return all;
  }

  /** Informative keywords of {@code cp}, lower case and stemmed like {@link #stem}. */
  String[] keywords(int cp) {
    int i = index(cp);
    return i < 0 ? new String[0] : keywords[i];
  }

  /** Lower case without a plural {@code s}, so that {@code Containers} meets {@code container}. */
  static String stem(String word) {
    return plural(word.trim().toLowerCase(Locale.ROOT));
  }

  /** {@link #stem} of a word already trimmed and in lower case. */
  static String plural(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }
}
