package versus.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import versus.cache.Recall;
import versus.compare.Outline.Scope;
import versus.diag.Diagnostic;
import versus.diag.DiagnosticSink;
import versus.diag.SourcePos;
import versus.markdown.NoteTable;
import versus.markdown.RenderedNote;
import versus.markdown.SectionBlock;

/**
 * Reads what every note says about every subject and builds the {@link Comparison}. First the tables are read for
 * subjects that {@code versus.yml} does not declare; then every table and section gives {@link Fact}s, which are
 * merged into cells by feature (through {@link FeatureNames}) and subject. Immutable and thread-safe; the result does
 * not depend on the order of the notes it is given.
 */
public final class Comparer {

  public static final String RULE = "compare";

  /** A table or section comparing more subjects than this is a catalogue: it makes no head-to-head pages. */
  static final int MAX_PAIR_CONTEXT = 8;

  static final int MAX_PAIRS = 100;
  static final int MAX_DISCOVERED = 200;

  private final CompareConfig config;
  private final FeatureNames featureNames;

  public Comparer(CompareConfig config) {
    this.config = config;
    this.featureNames = new FeatureNames(config.featureAliases());
  }

  /**
   * What a note said, kept between builds by {@code serve}: a note's facts depend only on the note, the comparison's
   * configuration and the subjects known, so an unchanged note (the same rendered object) under unchanged settings is
   * not read again. Thread-safe.
   */
  public static final class Memo {
    private record Reading(
        RenderedNote note, CompareConfig config, List<Subject> subjects, List<Fact> facts,
        List<Set<String>> sideBySide, List<Diagnostic> said) {}

    private final Recall<String, Reading> readings = new Recall<>();
    /** {@link Words#key} of statement texts: normalising every statement again was most of assembling. */
    private final Recall<String, String> keys = new Recall<>();
    private final Recall<String, Cell> cells = new Recall<>();

    private Comparer comparer;

    /** A comparer for {@code config}: the last one when the configuration is the same, with what it learnt. */
    public synchronized Comparer comparer(CompareConfig config) {
      if (comparer == null || !comparer.config.equals(config)) {
        comparer = new Comparer(config);
      }
      return comparer;
    }

    private record Cell(Subject subject, List<Fact> facts, MatrixCell cell) {}

    /** The last assembly: when no fact, subject, pair or note title changed (a typo fixed in prose), it stands. */
    private record Assembled(
        Comparer comparer,
        List<Subject> subjects,
        List<Fact> facts,
        List<Set<String>> sideBySide,
        List<NoteRef> refs,
        Comparison comparison,
        List<Diagnostic> said) {
      boolean sameInput(Assembled o) {
        return comparer == o.comparer && subjects.equals(o.subjects) && refs.equals(o.refs) && facts.equals(o.facts)
            && sideBySide.equals(o.sideBySide);
      }
    }

    private volatile Assembled assembled;

    private MatrixCell cell(
        String feature, Subject subject, List<Fact> facts, java.util.function.Supplier<MatrixCell> make) {
      return cells.get(feature + "\n" + subject.id(),
          kept -> kept.subject().equals(subject) && kept.facts().equals(facts),
          () -> new Cell(subject, List.copyOf(facts), make.get())).cell();
    }

    private Reading reading(
        RenderedNote note, CompareConfig config, List<Subject> subjects, java.util.function.Supplier<Reading> read) {
      return readings.get(note.note().sourcePath(),
          kept -> kept.note() == note && kept.config().equals(config) && kept.subjects().equals(subjects), read);
    }

    private String key(String text) {
      return keys.get(text, kept -> true, () -> Words.key(text));
    }

    /** Forgets the notes and statements the last build did not read. */
    public void endBuild() {
      readings.forgetUnused();
      keys.forgetUnused();
      cells.forgetUnused();
    }
  }

  /** Compares the subjects across {@code notes} (theme documentation must be left out by the caller). */
  public Comparison compare(List<RenderedNote> notes, DiagnosticSink sink) {
    return compare(notes, sink, null);
  }

  /** Compares as {@link #compare(List, DiagnosticSink)} does, reusing what {@code memo} kept of unchanged notes. */
  public Comparison compare(List<RenderedNote> notes, DiagnosticSink sink, Memo memo) {
    List<RenderedNote> sorted = new ArrayList<>(notes);
    sorted.sort(Comparator.comparing(n -> n.note().sourcePath()));
    List<Subject> subjects = new ArrayList<>(config.subjects());
    discover(sorted, subjects, sink);
    SubjectMatcher matcher = new SubjectMatcher(subjects);
    List<Subject> known = List.copyOf(subjects);
    List<Fact> facts = new ArrayList<>();
    List<Set<String>> sideBySide = new ArrayList<>();
    for (RenderedNote note : sorted) {
      Memo.Reading r;
      if (memo == null) {
        r = read(note, known, matcher, sink);
      } else {
        r = memo.reading(note, config, known, () -> {
          versus.diag.DiagnosticRecorder recorder = new versus.diag.DiagnosticRecorder();
          Memo.Reading fresh = read(note, known, matcher, recorder);
          return new Memo.Reading(note, config, known, fresh.facts(), fresh.sideBySide(), recorder.said());
        });
        r.said().forEach(sink::report);
      }
      facts.addAll(r.facts());
      sideBySide.addAll(r.sideBySide());
    }
    List<NoteRef> refs =
        sorted.stream().map(n -> new NoteRef(n.note().sourcePath(), n.note().slug(), n.title())).toList();
    if (memo == null) {
      return new Assembly(featureNames, subjects, facts).comparison(refs, sideBySide, sink);
    }
    Memo.Assembled input = new Memo.Assembled(this, List.copyOf(subjects), facts, sideBySide, refs, null, null);
    Memo.Assembled last = memo.assembled;
    if (last == null || !last.sameInput(input)) {
      versus.diag.DiagnosticRecorder recorder = new versus.diag.DiagnosticRecorder();
      Comparison made =
          new Assembly(featureNames, subjects, facts, memo::key, memo::cell).comparison(refs, sideBySide, recorder);
      last = new Memo.Assembled(this, input.subjects(), facts, sideBySide, refs, made, recorder.said());
      memo.assembled = last;
    }
    last.said().forEach(sink::report);
    return last.comparison();
  }

  /** One note's facts (repeats within the note dropped) and the groups of subjects it puts side by side. */
  private Memo.Reading read(RenderedNote note, List<Subject> known, SubjectMatcher matcher, DiagnosticSink sink) {
    List<Fact> facts = new ArrayList<>();
    List<Set<String>> sideBySide = new ArrayList<>();
    read(note, matcher, sink, facts, sideBySide);
    return new Memo.Reading(note, config, known, dedupe(facts), List.copyOf(sideBySide), List.of());
  }

  /** Adds to {@code subjects} the names that tables use in subject positions but no subject has. */
  private static void discover(List<RenderedNote> notes, List<Subject> subjects, DiagnosticSink sink) {
    Set<String> ids = new java.util.HashSet<>();
    subjects.forEach(s -> ids.add(s.id()));
    // One matcher grows with the subjects found, so later tables know them.
    SubjectMatcher matcher = new SubjectMatcher(subjects);
    TableFacts tables = new TableFacts(matcher, DiagnosticSink.ignoring());
    for (RenderedNote note : notes) {
      List<Scope> scopes = Outline.of(note, matcher);
      for (NoteTable t : note.tables()) {
        for (String name : tables.discover(t, scopeOf(t, scopes))) {
          String label = Words.cleanLabel(name);
          // A new name only when no subject has it: a near spelling of a subject is that subject, not a new one.
          if (label.isEmpty() || matcher.name(label).isPresent()) {
            continue;
          }
          if (subjects.size() - declared(subjects) >= MAX_DISCOVERED) {
            sink.report(Diagnostic.warning(t.pos(), RULE,
                "more than " + MAX_DISCOVERED + " subjects found in tables; '" + label + "' and later ones are left out"));
            return;
          }
          String id = uniqueId(Words.slug(label), ids, "subject-" + (subjects.size() + 1));
          Subject found = new Subject(id, label, List.of(), false);
          subjects.add(found);
          matcher.add(found);
          sink.report(Diagnostic.info(SourcePos.of(t.pos().file(), t.pos().line(), 0), RULE,
              "'" + label + "' is compared as subject " + id
                  + "; declare it under 'subjects:' in versus.yml to give it a name and aliases"));
        }
      }
    }
  }

  private static int declared(List<Subject> subjects) {
    return (int) subjects.stream().filter(Subject::declared).count();
  }

  static String uniqueId(String base, Set<String> taken, String fallback) {
    String id = base.isEmpty() || !Subject.validId(base) ? fallback : base;
    String candidate = id;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }

  private static Scope scopeOf(NoteTable t, List<Scope> scopes) {
    for (Scope s : scopes) {
      for (SectionBlock b : s.blocks()) {
        if (b.kind() == SectionBlock.Kind.TABLE && b.line() == t.pos().line()) {
          return s;
        }
      }
    }
    return scopes.isEmpty()
        ? new Scope(t.section(), t.sectionTitle(), t.pos().line(), new Outline.Context(List.of(), ""), List.of())
        : scopes.get(0);
  }

  private static void read(
      RenderedNote note, SubjectMatcher matcher, DiagnosticSink sink, List<Fact> facts, List<Set<String>> sideBySide) {
    List<Scope> scopes = Outline.of(note, matcher);
    TableFacts tables = new TableFacts(matcher, sink);
    for (NoteTable t : note.tables()) {
      Scope scope = scopeOf(t, scopes);
      TableFacts.Result r = tables.extract(t, scope);
      for (TableFacts.Said s : r.facts()) {
        facts.add(new Fact(s.subject(), s.feature(), s.text(), s.kind(), source(note, scope, s.line())));
      }
      sideBySide.add(r.compared());
    }
    SectionFacts sections = new SectionFacts(matcher);
    for (Scope scope : scopes) {
      Set<String> labelled = new LinkedHashSet<>();
      for (SectionFacts.Said s : sections.extract(scope)) {
        facts.add(new Fact(s.subject(), s.feature(), s.text(), s.kind(), source(note, scope, s.block().line())));
        if (!scope.context().single()) {
          labelled.add(s.subject());
        }
      }
      sideBySide.add(labelled);
    }
  }

  private static Source source(RenderedNote note, Scope scope, int line) {
    return new Source(note.note().sourcePath(), note.note().slug(), note.title(), scope.anchor(), scope.heading(), line);
  }

  /**
   * Drops a fact that repeats an earlier one of the same note word for word (a table row written twice). The key
   * holds the note, so this works on one note's facts as well as on all of them.
   */
  private List<Fact> dedupe(List<Fact> facts) {
    Map<String, Fact> kept = new LinkedHashMap<>();
    for (Fact f : facts) {
      String key = f.subject() + "\n" + featureNames.canonical(f.feature()) + "\n" + Words.key(f.text()) + "\n"
          + f.source().note();
      kept.putIfAbsent(key, f);
    }
    return new ArrayList<>(kept.values());
  }
}
