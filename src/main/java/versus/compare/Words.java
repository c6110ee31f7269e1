package versus.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words of a text for matching names: letters and digits (with their combining marks) make words, everything else
 * (spaces, punctuation, emoji, markup) separates them. Folding ignores case and accents, with {@link Locale#ROOT}.
 */
final class Words {

  /** Small words that carry no meaning of their own in a feature name or a statement. */
  static final Set<String> STOP =
      Set.of("a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "and", "or", "is", "are", "be", "it",
          "its", "as", "that", "this", "you", "your", "s", "t", "can", "will", "than", "from", "into", "their");

  /** Words that turn a statement into its opposite: two statements differing in them are never near-duplicates. */
  static final Set<String> NEGATIONS =
      Set.of("not", "no", "never", "without", "non", "cannot", "can't", "don't", "doesn't", "isn't", "aren't", "none");

  private Words() {}

  /**
   * One word of a text.
   *
   * @param surface the characters as written
   * @param folded lower-case, accents removed
   * @param start offset of its first character in the text
   * @param end offset after its last character
   */
  record Word(String surface, String folded, int start, int end) {}

  static List<Word> of(String text) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < text.length()) {
        int c = text.codePointAt(i);
        int type = Character.getType(c);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
            || type == Character.COMBINING_SPACING_MARK;
        if (!Character.isLetterOrDigit(c) && !mark) {
          break;
        }
        i += Character.charCount(c);
      }
      String surface = text.substring(start, i);
      out.add(new Word(surface, fold(surface), start, i));
    }
    return out;
  }

  /** Lower case without accents or combining marks: {@code Écs} and {@code ecs} are the same word. */
  static String fold(String word) {
    String d = Normalizer.normalize(word, Normalizer.Form.NFKD);
    return d.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  /** The folded words of {@code text} joined by single spaces: a key that ignores case, punctuation and emoji. */
  static String key(String text) {
    StringBuilder out = new StringBuilder();
    for (Word w : of(text)) {
      out.append(out.length() == 0 ? "" : " ").append(w.folded());
    }
    return out.toString();
  }

  /** A light English plural strip, so "Launch Types" and "Launch Type" are one feature. */
  static String stem(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /** True when the word is only digits: list numbering ("1", "2️⃣" folds to "2"). */
  static boolean numbering(String folded) {
    return !folded.isEmpty() && folded.chars().allMatch(Character::isDigit);
  }

  /**
   * The label as a reader would write it: markup, emoji and numbering gone from the ends, trailing colons and
   * question marks dropped, whitespace collapsed, first letter upper-case. Internal punctuation stays
   * ({@code Multi-Cloud}).
   */
  static String cleanLabel(String text) {
    List<Word> words = of(text);
    int first = 0;
    while (first < words.size() - 1 && numbering(words.get(first).folded())) {
      first++;
    }
    if (words.isEmpty()) {
      return "";
    }
    String core = text.substring(words.get(first).start(), words.get(words.size() - 1).end());
    // Keep a closing parenthesis that belongs to the label: "Hybrid (EKS Anywhere)".
    int close = words.get(words.size() - 1).end();
    if (close < text.length() && text.charAt(close) == ')' && core.indexOf('(') >= 0) {
      core = core + ")";
    }
    core = core.replaceAll("[\\s\\u00A0]+", " ").strip();
    return capitalize(core);
  }

  static String capitalize(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int cp = s.codePointAt(0);
    return new String(Character.toChars(Character.toUpperCase(cp))) + s.substring(Character.charCount(cp));
  }

  /**
   * The text without the bullet a pasted list put in front of it: symbols ({@code ✅}, {@code 🔹}, {@code •}) and a
   * number written as a keycap or followed by a dot or parenthesis ({@code 1️⃣}, {@code 2.}).
   */
  static String stripBullet(String text) {
    int i = 0;
    while (i < text.length() && !Character.isLetterOrDigit(text.codePointAt(i)) && text.charAt(i) != '('
        && text.charAt(i) != '"' && text.charAt(i) != '`') {
      i += Character.charCount(text.codePointAt(i));
    }
    int digits = i;
    while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    boolean numbered = digits > i && digits < text.length()
        && (")\uFE0F\u20E3".indexOf(text.charAt(digits)) >= 0
            || text.charAt(digits) == '.' && digits + 1 < text.length() && text.charAt(digits + 1) == ' ');
    if (numbered) {
      i = digits;
      while (i < text.length() && !Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return text.substring(i).strip();
  }

  /** An ASCII slug for URLs ({@code App Runner} → {@code app-runner}); empty when the text has no ASCII letters. */
  static String slug(String text) {
    String ascii = fold(text).replaceAll("[^a-z0-9]+", "-");
    return ascii.replaceAll("^-+|-+$", "");
  }
}
