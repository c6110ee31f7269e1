package versus.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

  private static final Pattern NOT_WORD_CHAR = Pattern.compile("[^\\p{L}\\p{N}']");

  private final EnglishStemmer stemmer = new EnglishStemmer();
  private final Map<String, String> stems = new HashMap<>();
  private final Map<String, String> folded = new HashMap<>();

  /**
   * Every word of {@code text}, folded (lower case, no accents) but not stemmed, in order. A word is a run of letters,
   * digits and marks, with single apostrophes inside ({@code don't}, {@code AWS’s}): the client's regular expression
   * {@code [\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*}, written out as a scanner because this runs over every word
   * of the site.
   */
  public List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i = run(text, i);
      while (i + 1 < n && isApostrophe(text.charAt(i)) && isWordChar(text.codePointAt(i + 1))) {
        i = run(text, i + 1);
      }
      String raw = text.substring(start, i);
      String w = folded.get(raw);
      if (w == null) {
        w = fold(raw);
        folded.put(raw, w);
      }
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The end of the run of word characters starting at {@code i}. */
  private static int run(String text, int i) {
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ';
  }

  /** Letters (L), numbers (N) and marks (M), as {@code \p{L}\p{N}\p{M}} in the client. */
  static boolean isWordChar(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
      default -> false;
    };
  }

  /**
   * A word in the form the index compares: lower case, compatibility-decomposed, without marks or other non-word
   * characters, with typographic apostrophes as {@code '}.
   */
  public static String fold(String word) {
    if (isPlainAscii(word)) {
      return trimApostrophes(word.toLowerCase(Locale.ROOT));
    }
    String s = word.replace('’', '\'').replace('ʼ', '\'').toLowerCase(Locale.ROOT);
    s = Normalizer.normalize(s, Normalizer.Form.NFKD);
    s = NOT_WORD_CHAR.matcher(s).replaceAll("");
    return trimApostrophes(s);
  }

  /** Only ASCII letters, digits and apostrophes: folding is lower-casing. */
  private static boolean isPlainAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!(c < 128 && (isWordChar(c) || c == '\''))) {
        return false;
      }
    }
    return true;
  }

  private static String trimApostrophes(String s) {
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
