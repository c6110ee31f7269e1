/**
 * Text diagrams (Unicode box drawing and ASCII art) to inline SVG. Text in, SVG string out: nothing here knows about
 * Markdown or HTML.
 *
 * <p>Public surface: {@link versus.diagram.DiagramDetector#isDiagram} (is this code block a drawing?),
 * {@link versus.diagram.DiagramRenderer} ({@code render} and {@code check}), the records {@link versus.diagram.Diagram}
 * and {@link versus.diagram.DiagramIssue}, {@link versus.diagram.DiagramTooLargeException}, and
 * {@link versus.diagram.DisplayWidth} (monospace cell widths, also used by {@code versus.table}).
 *
 * <p>The pipeline, one package-private class per stage, each linear in the number of cells:
 * {@code Grid} (text to cells by display width; tabs, control characters, cropping) →
 * {@code Cells} (each cell: text, line with stroke directions, or arrowhead; ASCII read from context) →
 * {@code BoxFinder} (closed boxes by topology, ragged borders snapped and reported) →
 * {@code Tracer} (remaining strokes to continuous paths, connectors snapped, arrowheads placed) →
 * {@code TextRuns} (labels as runs of words, kept inside their boxes) → {@code SvgWriter}.
 *
 * <p>Arguments and results are never null unless a method says so; every class is immutable or confined to one render,
 * so a renderer may be shared between threads.
 */
package versus.diagram;
