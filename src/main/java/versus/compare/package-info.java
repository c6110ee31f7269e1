/**
 * The comparison: what every note says about every subject, as a matrix of features × subjects.
 *
 * <p>{@link versus.compare.Comparer} reads the notes' structure from the Markdown stage ({@link
 * versus.markdown.RenderedNote#tables()} and {@link versus.markdown.RenderedNote#sections()}, never rendered HTML) and
 * gives a {@link versus.compare.Comparison}: {@link versus.compare.Subject}s (declared in {@code versus.yml} through
 * {@link versus.compare.CompareConfig}, or found in tables), {@link versus.compare.Feature}s, and {@link
 * versus.compare.MatrixCell}s of {@link versus.compare.Statement}s, each with its {@link versus.compare.Source}s (note,
 * heading anchor, line), and {@link versus.compare.SubjectPair}s the notes compare head to head. {@link
 * versus.compare.ComparisonJson}, {@link versus.compare.ComparisonCsv} and {@link versus.compare.MatrixTable} write it
 * out.
 *
 * <p>Package-private helpers: {@code Words} (normalising), {@code SubjectMatcher} and {@code FeatureNames} (names and
 * aliases), {@code Outline} (headings and bold pseudo-headings as scopes with a subject and a feature), {@code
 * TableFacts} and {@code SectionFacts} (extraction), {@code Disagreement} (when notes differ) and {@code Assembly}.
 *
 * <p>Imports {@code markdown}, {@code table} and {@code diag} records; nothing imports this package but {@code build}.
 * Everything here is immutable or confined to one call, so one {@link versus.compare.Comparer} may serve many threads.
 */
package versus.compare;
