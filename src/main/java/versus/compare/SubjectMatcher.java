package versus.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import versus.compare.Words.Word;

/**
 * Finds subjects in text by their names and aliases, word by word, preferring the longest name: in "Elastic
 * Kubernetes Service" it finds EKS, not Kubernetes. Case, accents, punctuation, markup and emoji do not matter.
 */
final class SubjectMatcher {

  /** Names shorter than this are never matched by spelling: ECS and EKS are one letter apart. */
  static final int MIN_FUZZY_LENGTH = 6;

  private final List<Subject> subjects = new ArrayList<>();
  private final Map<String, String> byKey = new HashMap<>();
  /** For each first word of a name, the most words a name starting with it has: other words start no name. */
  private final Map<String, Integer> longestFrom = new HashMap<>();
  /** Keys that a near spelling may stand for (long enough, no digits), by length: only lengths ±1 are tried. */
  private final Map<Integer, List<Spelled>> spellable = new HashMap<>();
  /** What {@link #name} said for each distinct cell: tables repeat their names, and the fuzzy step costs. */
  private final Map<String, Optional<Named>> named = new ConcurrentHashMap<>();

  private record Spelled(String key, String subject) {}

  SubjectMatcher(List<Subject> subjects) {
    subjects.forEach(this::add);
  }

  /**
   * Adds a subject. Only while discovery, confined to one thread, builds the matcher: a matcher that threads share is
   * never changed after it is made.
   */
  void add(Subject s) {
    subjects.add(s);
    named.clear();
    for (String name : s.names()) {
      List<Word> words = Words.of(name);
      if (words.isEmpty()) {
        continue;
      }
      String key = join(words, 0, words.size());
      // The first subject to claim a name keeps it; the configuration loader reports the clash.
      byKey.putIfAbsent(key, s.id());
      longestFrom.merge(words.get(0).folded(), words.size(), Math::max);
      if (key.length() >= MIN_FUZZY_LENGTH && !hasDigit(key)) {
        List<Spelled> same = spellable.computeIfAbsent(key.length(), k -> new ArrayList<>());
        Spelled entry = new Spelled(key, s.id());
        if (!same.contains(entry)) {
          same.add(entry);
        }
      }
    }
  }

  private static String join(List<Word> words, int from, int to) {
    if (to - from == 1) {
      return words.get(from).folded();
    }
    StringBuilder key = new StringBuilder();
    for (int k = from; k < to; k++) {
      key.append(k == from ? "" : " ").append(words.get(k).folded());
    }
    return key.toString();
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  List<Subject> subjects() {
    return List.copyOf(subjects);
  }

  /**
   * A subject named in a text.
   *
   * @param subject the subject's id
   * @param from index of its first word
   * @param to index after its last word
   */
  record Mention(String subject, int from, int to) {}

  /** Every subject mention in the words, left to right, longest name first at each position. */
  List<Mention> mentions(List<Word> words) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Mention found = null;
      Integer longest = longestFrom.get(words.get(i).folded());
      for (int n = longest == null ? 0 : Math.min(longest, words.size() - i); n >= 1 && found == null; n--) {
        String id = byKey.get(join(words, i, i + n));
        if (id != null) {
          found = new Mention(id, i, i + n);
        }
      }
      if (found != null) {
        out.add(found);
        i = found.to();
      } else {
        i++;
      }
    }
    return out;
  }

  /** The distinct subjects a text mentions, in order of first mention. */
  List<String> subjectsIn(String text) {
    return mentions(Words.of(text)).stream().map(Mention::subject).distinct().toList();
  }

  /** How a table cell names a subject. */
  enum Quality {
    /** Exactly a name, in any case, maybe with emoji, markup or a second name in parentheses. */
    EXACT,
    /** A name once stray spaces (also no-break spaces) are trimmed. */
    TRIMMED,
    /** Not a name, but one letter away from a long one: {@code Kuberentes}. */
    SPELLING
  }

  /** A table cell that names one subject and nothing else. */
  record Named(String subject, Quality quality) {}

  /**
   * The subject a table header or first-column cell names, when every word of it belongs to names of that one
   * subject ({@code ECS (Elastic Container Service)}), or it is a near spelling of a long name without digits.
   */
  Optional<Named> name(String cell) {
    return named.computeIfAbsent(cell, this::lookUp);
  }

  private Optional<Named> lookUp(String cell) {
    List<Word> words = Words.of(cell);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<Mention> mentions = mentions(words);
    int covered = mentions.stream().mapToInt(m -> m.to() - m.from()).sum();
    if (covered == words.size() && mentions.stream().map(Mention::subject).distinct().count() == 1) {
      boolean stray = !cell.equals(trimSpaces(cell)) || cell.contains("\u00A0") || cell.contains("  ");
      return Optional.of(new Named(mentions.get(0).subject(), stray ? Quality.TRIMMED : Quality.EXACT));
    }
    if (!mentions.isEmpty()) {
      return Optional.empty();
    }
    String key = join(words, 0, words.size());
    // Digits are never a misspelling: "Laptop 10" is not "Laptop 1".
    if (key.length() < MIN_FUZZY_LENGTH || hasDigit(key)) {
      return Optional.empty();
    }
    String best = null;
    for (int length = key.length() - 1; length <= key.length() + 1; length++) {
      for (Spelled near : spellable.getOrDefault(length, List.of())) {
        if (oneEditApart(key, near.key())) {
          if (best != null && !best.equals(near.subject())) {
            return Optional.empty(); // near two subjects: guessing would be wrong half the time
          }
          best = near.subject();
        }
      }
    }
    return Optional.ofNullable(best).map(id -> new Named(id, Quality.SPELLING));
  }

  /** Trims whitespace including no-break spaces, which {@link String#strip()} keeps. */
  static String trimSpaces(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && Words.space(s.charAt(from))) {
      from++;
    }
    while (to > from && Words.space(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  /**
   * True when {@code a} becomes {@code b} by exactly one edit: a letter changed, added or removed, or two neighbours
   * swapped (Damerau–Levenshtein distance 1, optimal string alignment). Linear, where the full distance table is not.
   */
  static boolean oneEditApart(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    int min = Math.min(la, lb);
    while (i < min && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la != lb) {
      // The longer one has an extra letter at i.
      return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }
    if (i == la) {
      return false; // equal
    }
    if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
      return true; // one letter changed
    }
    return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
        && a.regionMatches(i + 2, b, i + 2, la - i - 2);
  }
}
