/**
 * Tables to standalone SVG files, for comparison pages and for sharing a table as an image. Model in, SVG string out:
 * nothing here knows about Markdown or HTML.
 *
 * <p>Public surface: the records {@link versus.table.TableModel}, {@link versus.table.Cell} and {@link versus.table.Run}
 * (inline text with bold, italic, code, strikethrough and link flags), {@link versus.table.Align}, and
 * {@link versus.table.TableSvgRenderer}. Package-private helpers: {@code TextMeasure} (text width estimated per
 * character class, wide characters double, no fonts), {@code CellLayout} (wrapping), {@code TableWriter} (markup) and
 * {@code Xml} (escaping and locale-free numbers). Uses {@link versus.diagram.DisplayWidth} for character widths.
 *
 * <p>Record components are never null except {@link versus.table.Run#href()}; the renderer is immutable and
 * thread-safe.
 */
package versus.table;
