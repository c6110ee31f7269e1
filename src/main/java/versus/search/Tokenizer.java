package versus.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Splits text into words and turns each into an index term: Unicode lower case (Locale.ROOT), compatibility
 * decomposition with the accents dropped, then the Snowball English ("Porter2") stemmer. The client's
 * {@code tokenize}/{@code term} in {@code search.js} follow the same rules, and a test proves the two agree on a large
 * word list, because a term the two sides spell differently can never be found. Not thread-safe (the stemmer and its
 * cache are per instance): use one per thread.
 */
public final class Tokenizer {

  /** Words longer than this (hashes, base64) are left out of the index; the client skips them too. */
  static final int MAX_WORD = 40;

  /**
   * Words too common to help ranking. They stay in the stored text, so phrase queries ({@code "when to use ecs"})
   * still match them; they get no posting lists, which keeps the index small. The client reads this list from the
   * index, so the two sides cannot disagree.
   */
  static final List<String> STOP_WORDS =
      List.of(
          "a", "about", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from", "how",
          "i", "if", "in", "into", "is", "it", "its", "my", "no", "not", "of", "on", "or", "so", "such", "that",
          "the", "their", "then", "there", "these", "they", "this", "to", "was", "what", "when", "where", "which",
          "who", "why", "will", "with", "you", "your");

  private static final Set<String> STOP = Set.copyOf(STOP_WORDS);

  /** A word: letters, digits and marks, with single apostrophes inside ({@code don't}, {@code AWS’s}). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['’ʼ][\\p{L}\\p{N}\\p{M}]+)*");

  private static final Pattern NOT_WORD_CHAR = Pattern.compile("[^\\p{L}\\p{N}']");

  private final EnglishStemmer stemmer = new EnglishStemmer();
  private final Map<String, String> stems = new HashMap<>();

  /** Every word of {@code text}, folded (lower case, no accents) but not stemmed, in order. */
  public List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = fold(m.group());
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * A word in the form the index compares: lower case, compatibility-decomposed, without marks or other non-word
   * characters, with typographic apostrophes as {@code '}.
   */
  public static String fold(String word) {
    String s = word.replace('’', '\'').replace('ʼ', '\'').toLowerCase(Locale.ROOT);
    s = Normalizer.normalize(s, Normalizer.Form.NFKD);
    s = NOT_WORD_CHAR.matcher(s).replaceAll("");
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '\'') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '\'') {
      end--;
    }
    return s.substring(start, end);
  }

  /** The index term of a folded word: its stem. */
  public String stem(String folded) {
    String cached = stems.get(folded);
    if (cached == null) {
      stemmer.setCurrent(folded);
      stemmer.stem();
      cached = stemmer.getCurrent();
      stems.put(folded, cached);
    }
    return cached;
  }

  /** Whether a folded word gets no posting list (stop word, or too long to be a word). */
  static boolean unindexed(String folded) {
    return folded.length() > MAX_WORD || STOP.contains(folded);
  }
}
