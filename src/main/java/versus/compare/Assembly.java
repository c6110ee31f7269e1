package versus.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import versus.diag.Diagnostic;
import versus.diag.DiagnosticSink;
import versus.diag.SourcePos;

/** Turns extracted facts into the matrix: features named and ordered, statements merged, disagreements marked. */
final class Assembly {

  private final FeatureNames names;
  private final List<Subject> subjects;
  private final List<Fact> facts;
  private final Map<String, Integer> subjectOrder = new HashMap<>();

  private final java.util.function.Function<String, String> textKey;
  private final CellMemo cellMemo;

  /** Keeps cells between builds: a cell is a function of its feature, its subject and its facts. */
  interface CellMemo {
    MatrixCell cell(String feature, Subject subject, List<Fact> facts, java.util.function.Supplier<MatrixCell> make);
  }

  Assembly(FeatureNames names, List<Subject> subjects, List<Fact> facts) {
    this(names, subjects, facts, Words::key, (feature, subject, cellFacts, make) -> make.get());
  }

  /**
   * @param textKey {@link Words#key}, or a memo of it
   * @param cellMemo makes a cell, or finds it made by an earlier build
   */
  Assembly(
      FeatureNames names,
      List<Subject> subjects,
      List<Fact> facts,
      java.util.function.Function<String, String> textKey,
      CellMemo cellMemo) {
    this.textKey = textKey;
    this.cellMemo = cellMemo;
    this.names = names;
    this.subjects = List.copyOf(subjects);
    this.facts = List.copyOf(facts);
    for (int i = 0; i < subjects.size(); i++) {
      subjectOrder.put(subjects.get(i).id(), i);
    }
  }

  Comparison comparison(List<NoteRef> notes, List<Set<String>> sideBySide, DiagnosticSink sink) {
    Map<String, List<Fact>> byFeature = new LinkedHashMap<>();
    for (Fact f : facts) {
      byFeature.computeIfAbsent(names.canonical(f.feature()), k -> new ArrayList<>()).add(f);
    }
    List<Feature> features = new ArrayList<>();
    Map<String, String> idOfKey = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, List<Fact>> e : byFeature.entrySet()) {
      String label = names.groupLabel(e.getKey()).orElseGet(() -> mostUsed(e.getValue()));
      String id = Comparer.uniqueId(Words.slug(label), ids, "feature-" + (features.size() + 1));
      idOfKey.put(e.getKey(), id);
      TreeSet<String> written = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      e.getValue().forEach(f -> written.add(f.feature()));
      features.add(new Feature(id, label, List.copyOf(written), names.rank(e.getKey())));
    }
    List<MatrixCell> cells = new ArrayList<>();
    for (Map.Entry<String, List<Fact>> e : byFeature.entrySet()) {
      Map<String, List<Fact>> bySubject = new LinkedHashMap<>();
      for (Fact f : e.getValue()) {
        bySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
      }
      for (Map.Entry<String, List<Fact>> s : bySubject.entrySet()) {
        String feature = idOfKey.get(e.getKey());
        Subject subject = subjects.get(subjectOrder.get(s.getKey()));
        cells.add(cellMemo.cell(feature, subject, s.getValue(), () -> cell(feature, s.getKey(), s.getValue())));
      }
    }
    features.sort(byCoverage(cells));
    Map<String, Integer> featureOrder = new HashMap<>();
    for (int i = 0; i < features.size(); i++) {
      featureOrder.put(features.get(i).id(), i);
    }
    cells.sort(Comparator.<MatrixCell>comparingInt(c -> featureOrder.get(c.feature()))
        .thenComparingInt(c -> subjectOrder.get(c.subject())));
    List<SubjectPair> pairs = pairs(sideBySide, features, cells, sink);
    return new Comparison(notes, subjects, features, cells, pairs);
  }

  /** The name the notes use most for a feature; on a tie, the one written first. */
  private static String mostUsed(List<Fact> facts) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    facts.forEach(f -> counts.merge(f.feature(), 1, Integer::sum));
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private MatrixCell cell(String feature, String subject, List<Fact> facts) {
    Map<String, List<Fact>> byText = new LinkedHashMap<>();
    for (Fact f : facts) {
      byText.computeIfAbsent(textKey.apply(f.text()), k -> new ArrayList<>()).add(f);
    }
    List<Statement> statements = new ArrayList<>();
    for (List<Fact> same : byText.values()) {
      Fact.Kind kind = same.stream().map(Fact::kind).min(Comparator.naturalOrder()).orElseThrow();
      List<Source> sources = same.stream().map(Fact::source).distinct().sorted().toList();
      statements.add(new Statement(same.get(0).text(), kind, sources));
    }
    statements.sort(Comparator.<Statement, Boolean>comparing(s -> !s.kind().answer())
        .thenComparing(s -> s.sources().get(0)));
    Set<String> own = new HashSet<>();
    Subject s = subjects.get(subjectOrder.get(subject));
    for (String n : List.of(s.name(), s.id())) {
      Words.of(n).forEach(w -> own.add(w.folded()));
    }
    List<Fact> answers = facts.stream().filter(f -> f.kind().answer()).toList();
    List<String> differing = Disagreement.differingNotes(answers, own);
    return new MatrixCell(feature, subject, statements, !differing.isEmpty(), differing);
  }

  /** Features covering more subjects first, then those more notes mention, then by name. */
  private static Comparator<Feature> byCoverage(List<MatrixCell> cells) {
    Map<String, Integer> subjectsPer = new HashMap<>();
    Map<String, Set<String>> notesPer = new HashMap<>();
    for (MatrixCell c : cells) {
      subjectsPer.merge(c.feature(), 1, Integer::sum);
      for (Statement s : c.statements()) {
        s.sources().forEach(src -> notesPer.computeIfAbsent(c.feature(), k -> new HashSet<>()).add(src.note()));
      }
    }
    // Sorting compares O(n log n) times: each feature's key is worked out once, on its first comparison.
    record Key(int subjects, int notes, String label) {}
    Map<String, Key> keys = new HashMap<>();
    java.util.function.Function<Feature, Key> key = f -> keys.computeIfAbsent(f.id(), id -> new Key(
        -subjectsPer.getOrDefault(id, 0), -notesPer.getOrDefault(id, Set.of()).size(), Words.key(f.label())));
    Comparator<Key> byKey = Comparator.comparingInt(Key::subjects).thenComparingInt(Key::notes)
        .thenComparing(Key::label);
    return Comparator.comparing(key, byKey).thenComparing(Feature::id);
  }

  /** Pairs put side by side by some table or section of at most {@link Comparer#MAX_PAIR_CONTEXT} subjects. */
  private List<SubjectPair> pairs(
      List<Set<String>> sideBySide, List<Feature> features, List<MatrixCell> cells, DiagnosticSink sink) {
    // Each subject's features as a bit set over the matrix order: a pair's shared features are one intersection, and
    // a pair that many tables put side by side is worked out once.
    Map<String, Integer> featureIndex = new HashMap<>();
    for (int i = 0; i < features.size(); i++) {
      featureIndex.put(features.get(i).id(), i);
    }
    Map<String, java.util.BitSet> featuresOf = new HashMap<>();
    cells.forEach(c -> featuresOf.computeIfAbsent(c.subject(), k -> new java.util.BitSet())
        .set(featureIndex.get(c.feature())));
    Map<String, SubjectPair> pairs = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Set<String> group : sideBySide) {
      if (group.size() < 2 || group.size() > Comparer.MAX_PAIR_CONTEXT) {
        continue;
      }
      List<String> ordered = group.stream().sorted(Comparator.comparingInt(subjectOrder::get)).toList();
      for (int i = 0; i < ordered.size(); i++) {
        for (int j = i + 1; j < ordered.size(); j++) {
          String a = ordered.get(i);
          String b = ordered.get(j);
          if (!seen.add(a + "\n" + b)) {
            continue;
          }
          java.util.BitSet both = (java.util.BitSet) featuresOf.getOrDefault(a, new java.util.BitSet()).clone();
          both.and(featuresOf.getOrDefault(b, new java.util.BitSet()));
          if (!both.isEmpty()) {
            List<String> shared = both.stream().mapToObj(f -> features.get(f).id()).toList();
            pairs.put(a + "\n" + b, new SubjectPair(a, b, shared));
          }
        }
      }
    }
    List<SubjectPair> out = new ArrayList<>(pairs.values());
    if (out.size() > Comparer.MAX_PAIRS) {
      sink.report(Diagnostic.info(SourcePos.of("content/"), Comparer.RULE,
          out.size() + " pairs of subjects are compared side by side; pages are made for the " + Comparer.MAX_PAIRS
              + " that share the most features"));
      out.sort(Comparator.comparingInt((SubjectPair p) -> -p.features().size()));
      out = new ArrayList<>(out.subList(0, Comparer.MAX_PAIRS));
    }
    out.sort(Comparator.<SubjectPair>comparingInt(p -> subjectOrder.get(p.a()))
        .thenComparingInt(p -> subjectOrder.get(p.b())));
    return out;
  }
}
