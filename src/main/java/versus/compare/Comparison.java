package versus.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the notes say, as a matrix of features × subjects. Lists are in display order: subjects as declared
 * (then as found), features by how many subjects they cover, cells by feature then subject.
 *
 * @param notes the notes that were read, by path
 * @param subjects every declared or found subject, also those no note says anything about
 * @param features every feature some statement is about
 * @param cells the non-empty cells
 * @param pairs the pairs of subjects the notes compare side by side
 */
public record Comparison(
    List<NoteRef> notes,
    List<Subject> subjects,
    List<Feature> features,
    List<MatrixCell> cells,
    List<SubjectPair> pairs) {

  /**
   * The most columns the matrix has. A matrix wider than one table of the notes is scrolled past rather than read, and its
   * page grows with subjects × features; beyond this the matrix keeps the subjects the most notes speak of, and every
   * subject still has its own page.
   */
  public static final int MATRIX_COLUMNS = 50;

  public static final Comparison EMPTY = new Comparison(List.of(), List.of(), List.of(), List.of(), List.of());

  public Comparison {
    notes = List.copyOf(notes);
    subjects = List.copyOf(subjects);
    features = List.copyOf(features);
    cells = List.copyOf(cells);
    pairs = List.copyOf(pairs);
  }

  /** True when there is nothing to show: no statement about any subject. */
  public boolean isEmpty() {
    return cells.isEmpty();
  }

  /** The cells by feature id, then subject id, for lookups while rendering. */
  public Map<String, Map<String, MatrixCell>> cellIndex() {
    Map<String, Map<String, MatrixCell>> out = new LinkedHashMap<>();
    for (MatrixCell c : cells) {
      out.computeIfAbsent(c.feature(), k -> new LinkedHashMap<>()).put(c.subject(), c);
    }
    return out;
  }

  /** The subjects some note says something about, in display order. */
  public List<Subject> activeSubjects() {
    Set<String> active = new LinkedHashSet<>();
    for (MatrixCell c : cells) {
      active.add(c.subject());
    }
    return subjects.stream().filter(s -> active.contains(s.id())).toList();
  }

  /** The notes (paths) some statement about each subject comes from, by subject id. */
  public Map<String, Set<String>> notesBySubject() {
    Map<String, Set<String>> out = new java.util.HashMap<>();
    for (MatrixCell c : cells) {
      Set<String> notes = out.computeIfAbsent(c.subject(), k -> new java.util.HashSet<>());
      c.statements().forEach(st -> st.sources().forEach(src -> notes.add(src.note())));
    }
    return out;
  }

  /**
   * The columns of the matrix, in display order: every active subject, or when there are more than {@link
   * #MATRIX_COLUMNS}, those that the most notes say something about (ties go to the earlier subject).
   */
  public List<Subject> matrixSubjects() {
    List<Subject> active = activeSubjects();
    if (active.size() <= MATRIX_COLUMNS) {
      return active;
    }
    Map<String, Set<String>> notesBySubject = notesBySubject();
    List<Subject> ranked = new ArrayList<>(active);
    // A stable sort: among subjects with as many notes, display order decides.
    ranked.sort(java.util.Comparator.comparingInt((Subject s) -> -notesBySubject.get(s.id()).size()));
    Set<String> kept = new java.util.HashSet<>();
    ranked.subList(0, MATRIX_COLUMNS).forEach(s -> kept.add(s.id()));
    return active.stream().filter(s -> kept.contains(s.id())).toList();
  }

  /**
   * The rows of the matrix: features with statements for two or more of its columns (for one, when only one subject
   * is known).
   */
  public List<Feature> matrixFeatures() {
    List<Subject> columns = matrixSubjects();
    int need = Math.max(1, Math.min(2, columns.size()));
    Map<String, Map<String, MatrixCell>> index = cellIndex();
    List<Feature> out = new ArrayList<>();
    for (Feature f : features) {
      Map<String, MatrixCell> row = index.getOrDefault(f.id(), Map.of());
      if (columns.stream().filter(s -> row.containsKey(s.id())).count() >= need) {
        out.add(f);
      }
    }
    return out;
  }

  public Optional<Subject> subject(String id) {
    return subjects.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<Feature> feature(String id) {
    return features.stream().filter(f -> f.id().equals(id)).findFirst();
  }
}
