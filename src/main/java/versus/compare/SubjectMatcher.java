package versus.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import versus.compare.Words.Word;

/**
 * Finds subjects in text by their names and aliases, word by word, preferring the longest name: in "Elastic
 * Kubernetes Service" it finds EKS, not Kubernetes. Case, accents, punctuation, markup and emoji do not matter.
 */
final class SubjectMatcher {

  /** Names shorter than this are never matched by spelling: ECS and EKS are one letter apart. */
  static final int MIN_FUZZY_LENGTH = 6;

  private final Map<String, String> byKey = new HashMap<>();
  private final List<Subject> subjects;
  private int longest = 1;

  SubjectMatcher(List<Subject> subjects) {
    this.subjects = List.copyOf(subjects);
    for (Subject s : subjects) {
      for (String name : s.names()) {
        String key = Words.key(name);
        if (!key.isEmpty()) {
          // The first subject to claim a name keeps it; the configuration loader reports the clash.
          byKey.putIfAbsent(key, s.id());
          longest = Math.max(longest, key.split(" ").length);
        }
      }
    }
  }

  List<Subject> subjects() {
    return subjects;
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
      for (int n = Math.min(longest, words.size() - i); n >= 1 && found == null; n--) {
        StringBuilder key = new StringBuilder();
        for (int k = i; k < i + n; k++) {
          key.append(k == i ? "" : " ").append(words.get(k).folded());
        }
        String id = byKey.get(key.toString());
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
    String key = Words.key(cell);
    // Digits are never a misspelling: "Laptop 10" is not "Laptop 1".
    if (key.length() < MIN_FUZZY_LENGTH || key.chars().anyMatch(Character::isDigit)) {
      return Optional.empty();
    }
    String best = null;
    for (Subject s : subjects) {
      for (String name : s.names()) {
        String k = Words.key(name);
        if (k.length() >= MIN_FUZZY_LENGTH && k.chars().noneMatch(Character::isDigit) && distance(key, k) == 1) {
          if (best != null && !best.equals(s.id())) {
            return Optional.empty(); // near two subjects: guessing would be wrong half the time
          }
          best = s.id();
        }
      }
    }
    return Optional.ofNullable(best).map(id -> new Named(id, Quality.SPELLING));
  }

  /** Trims whitespace including no-break spaces, which {@link String#strip()} keeps. */
  static String trimSpaces(String s) {
    return s.replaceAll("^[\\s\\u00A0\\u2007\\u202F]+|[\\s\\u00A0\\u2007\\u202F]+$", "");
  }

  /** Edit distance with adjacent transpositions counting as one edit (Damerau–Levenshtein, optimal string alignment). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
