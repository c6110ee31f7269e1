package versus.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

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
    while ((i = wordStart(text, i)) < text.length()) {
      int start = i;
      i = wordEnd(text, start);
      String surface = text.substring(start, i);
      out.add(new Word(surface, fold(surface), start, i));
    }
    return out;
  }

  /** The offset of the next word's first character at or after {@code i}; the text's length when there is none. */
  private static int wordStart(String text, int i) {
    int n = text.length();
    while (i < n) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        if (asciiWordChar(ch)) {
          return i;
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  /** The offset after the word that starts at {@code start}: letters and digits with their combining marks. */
  private static int wordEnd(String text, int start) {
    int n = text.length();
    int i = start;
    while (i < n) {
      char ch = text.charAt(i);
      if (ch < 0x80) {
        if (!asciiWordChar(ch)) {
          break;
        }
        i++;
        continue;
      }
      int c = text.codePointAt(i);
      int type = Character.getType(c);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK;
      if (!Character.isLetterOrDigit(c) && !mark) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  private static boolean asciiWordChar(char ch) {
    return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
  }

  /** How many words {@code text} has, without making them. */
  static int count(String text) {
    int words = 0;
    int i = 0;
    while ((i = wordStart(text, i)) < text.length()) {
      words++;
      i = wordEnd(text, i);
    }
    return words;
  }

  /** True when the text has no word at all (only spaces, punctuation, emoji). */
  static boolean none(String text) {
    return wordStart(text, 0) == text.length();
  }

  /**
   * Lower case without accents or combining marks: {@code Écs} and {@code ecs} are the same word. Most words are
   * ASCII, which decomposition leaves as it is, so they skip the normaliser.
   */
  static String fold(String word) {
    boolean ascii = true;
    boolean lower = true;
    for (int i = 0; i < word.length() && ascii; i++) {
      char ch = word.charAt(i);
      ascii = ch < 0x80;
      lower &= ch < 'A' || ch > 'Z';
    }
    if (ascii) {
      return lower ? word : word.toLowerCase(Locale.ROOT);
    }
    String d = Normalizer.normalize(word, Normalizer.Form.NFKD);
    return MARKS.matcher(d).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** The folded words of {@code text} joined by single spaces: a key that ignores case, punctuation and emoji. */
  static String key(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while ((i = wordStart(text, i)) < text.length()) {
      int end = wordEnd(text, i);
      out.append(out.length() == 0 ? "" : " ").append(fold(text.substring(i, end)));
      i = end;
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
    return capitalize(collapseSpaces(core));
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
    String ascii = NOT_SLUG.matcher(fold(text)).replaceAll("-");
    int from = 0;
    int to = ascii.length();
    while (from < to && ascii.charAt(from) == '-') {
      from++;
    }
    while (to > from && ascii.charAt(to - 1) == '-') {
      to--;
    }
    return ascii.substring(from, to);
  }

  /** White space as tables and labels see it: ASCII white space and the no-break spaces pasted text brings along. */
  static boolean space(char ch) {
    return ch == ' ' || ch >= '\t' && ch <= '\r' || ch == '\u00A0' || ch == '\u2007' || ch == '\u202F';
  }

  /** Runs of {@linkplain #space white space} as one space, stripped at the ends; the text itself when already so. */
  static String collapseSpaces(String s) {
    int n = s.length();
    boolean clean = true;
    for (int i = 0; i < n && clean; i++) {
      char ch = s.charAt(i);
      clean = !space(ch) || ch == ' ' && i > 0 && i + 1 < n && !space(s.charAt(i + 1));
    }
    if (clean) {
      return s.strip();
    }
    StringBuilder out = new StringBuilder(n);
    boolean pending = false;
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (space(ch)) {
        pending = true;
      } else {
        if (pending && out.length() > 0) {
          out.append(' ');
        }
        pending = false;
        out.append(ch);
      }
    }
    return out.toString().strip();
  }
}
