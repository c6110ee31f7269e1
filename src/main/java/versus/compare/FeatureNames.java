package versus.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides when two feature names are the same feature. Names are compared as keys (case, punctuation, emoji,
 * numbering, plurals and trailing small words ignored: {@code **2. Launch Types:**} is {@code launch type}), then
 * merged through alias groups: the built-in ones below, extended by {@code feature_aliases:} in {@code versus.yml}.
 */
final class FeatureNames {

  /**
   * Names that mean the same thing in most comparisons, whatever is compared; the first of each group is the name
   * shown. The order is the order of sections on a subject page. New groups from the configuration go in after the
   * third; a configured group that shares a name with built-in ones takes the place of the first of them.
   */
  static final List<List<String>> DEFAULT_GROUPS =
      List.of(
          List.of("What it is", "What is", "What they are", "Definition", "Overview", "Description", "Purpose",
              "About"),
          List.of("Key terms", "Key concepts", "Terminology", "Glossary", "Components", "Key components"),
          List.of("How it works", "How they work"),
          List.of("When to use", "When to choose", "Use cases", "Best for", "Ideal for", "Good for", "Why use"),
          List.of("When not to use", "Not ideal for", "Not recommended for", "When to avoid", "Avoid when"),
          List.of("Advantages", "Pros", "Benefits", "Strengths"),
          List.of("Disadvantages", "Cons", "Drawbacks", "Weaknesses", "Limitations"),
          List.of("Ease of use", "Complexity", "Learning curve", "Complexity and learning curve", "Simplicity",
              "Usability"),
          List.of("Portability", "Multi-cloud", "Cross-cloud", "Vendor lock-in", "Lock-in"),
          List.of("Scaling", "Scalability", "Auto scaling", "Autoscaling"),
          List.of("Works with", "Compatible with", "Integrates with", "Integrations"),
          List.of("Cost", "Pricing", "Price"),
          List.of("Summary", "In summary", "In short", "In simple terms", "Conclusion", "TL;DR", "Verdict",
              "Bottom line", "Which is better", "Which to choose"));

  static final int CONFIG_POSITION = 3;

  /** Words at the end of a name that do not change it ("Best for" is "Best"; "Advantages of" is "Advantages"). */
  private static final Set<String> TAIL =
      Set.of("of", "for", "to", "with", "the", "a", "an", "and", "or", "vs", "versus", "between", "in", "on");

  /** Feature names that only say "this compares": a heading "ECS vs EKS: Key Differences" names no feature. */
  private static final Set<String> COMPARING =
      Set.of("", "difference", "key difference", "comparison", "compared", "vs", "versus", "v");

  private final List<String> labels = new ArrayList<>();
  private final Map<String, Integer> groupOf = new HashMap<>();
  private final Map<String, String> canonical = new java.util.concurrent.ConcurrentHashMap<>();

  FeatureNames(List<List<String>> configGroups) {
    List<List<String>> groups = new ArrayList<>(DEFAULT_GROUPS);
    int insertAt = CONFIG_POSITION;
    for (List<String> g : configGroups) {
      List<Integer> overlapping = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        if (overlaps(groups.get(i), g)) {
          overlapping.add(i);
        }
      }
      if (overlapping.isEmpty()) {
        groups.add(insertAt++, List.copyOf(g));
        continue;
      }
      // A configured group that shares a name with others absorbs them in the place of the first; its first name
      // is shown.
      List<String> merged = new ArrayList<>(g);
      overlapping.forEach(i -> merged.addAll(groups.get(i)));
      groups.set(overlapping.get(0), merged);
      for (int k = overlapping.size() - 1; k >= 1; k--) {
        int i = overlapping.get(k);
        groups.remove(i);
        insertAt -= i < insertAt ? 1 : 0;
      }
    }
    for (List<String> g : groups) {
      int index = labels.size();
      labels.add(g.get(0));
      for (String name : g) {
        groupOf.putIfAbsent(key(name), index);
      }
    }
  }

  private static boolean overlaps(List<String> a, List<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (key(x).equals(key(y))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The comparison key of a name: folded words without numbering or trailing small words, plurals stripped. */
  static String key(String name) {
    List<String> words = new ArrayList<>();
    for (Words.Word w : Words.of(name)) {
      words.add(w.folded());
    }
    while (!words.isEmpty() && Words.numbering(words.get(0))) {
      words.remove(0);
    }
    while (words.size() > 1 && TAIL.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      out.append(out.length() == 0 ? "" : " ").append(Words.stem(w));
    }
    return out.toString();
  }

  /** True for a name that says only that things are compared ("Key Differences", "vs"). */
  static boolean comparing(String name) {
    return COMPARING.contains(key(name));
  }

  /** The key that stands for {@code name}'s feature: its group's, when it is in one. */
  String canonical(String name) {
    // Asked once per fact; a site has thousands of facts and far fewer names.
    return canonical.computeIfAbsent(name, n -> {
      String k = key(n);
      Integer g = groupOf.get(k);
      return g == null ? k : key(labels.get(g));
    });
  }

  /** The name shown for a group's feature. */
  Optional<String> groupLabel(String canonicalKey) {
    Integer g = groupOf.get(canonicalKey);
    return g == null ? Optional.empty() : Optional.of(labels.get(g));
  }

  /** Position of a feature among the well-known sections; {@code Integer.MAX_VALUE} when it is in no group. */
  int rank(String canonicalKey) {
    Integer g = groupOf.get(canonicalKey);
    return g == null ? Integer.MAX_VALUE : g;
  }
}
