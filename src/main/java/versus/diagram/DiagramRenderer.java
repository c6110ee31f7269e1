package versus.diagram;

import java.util.List;

/**
 * Renders a text diagram (box drawing or ASCII art) to inline SVG. Boxes are recognised by their shape, even when
 * hand-drawn borders wander by a column or two, and drawn as clean rectangles; lines become continuous paths,
 * arrowheads attach to their lines, and everything else stays text, one {@code <text>} element per run of words.
 *
 * <p>Immutable and thread-safe; one instance can serve a whole build. Work and memory grow linearly with the number of
 * cells; inputs above {@value Grid#MAX_CELLS} cells are refused with {@link DiagramTooLargeException}.
 */
public final class DiagramRenderer {

  /** Tab stops used when none are given: every 8 columns, as browsers and terminals show tabs. */
  public static final int DEFAULT_TAB_WIDTH = 8;

  private final int tabWidth;

  public DiagramRenderer() {
    this(DEFAULT_TAB_WIDTH);
  }

  /** A renderer that expands tabs to the next multiple of {@code tabWidth} columns (1 to 16). */
  public DiagramRenderer(int tabWidth) {
    if (tabWidth < 1 || tabWidth > 16) {
      throw new IllegalArgumentException("tab width must be 1 to 16: " + tabWidth);
    }
    this.tabWidth = tabWidth;
  }

  /**
   * Draws {@code text} as SVG.
   *
   * @param text the diagram, as the code block's body
   * @param title accessible name of the drawing, such as the heading above it (may be empty)
   * @param idPrefix prefix for the ids inside the SVG, unique per page (sanitised to a valid XML id)
   * @throws DiagramTooLargeException if the drawing exceeds the size limit
   */
  public Diagram render(String text, String title, String idPrefix) {
    return render(text, title, idPrefix, true);
  }

  /**
   * Draws {@code text} as SVG to be placed inline in a themed page: no embedded stylesheet or style attribute (the
   * page's stylesheet styles {@code .versus-diagram}, and its Content-Security-Policy allows no inline styles), and
   * plain {@code width}/{@code height} attributes so the page reserves the space before drawing.
   *
   * @throws DiagramTooLargeException if the drawing exceeds the size limit
   */
  public Diagram renderForPage(String text, String title, String idPrefix) {
    return render(text, title, idPrefix, false);
  }

  private Diagram render(String text, String title, String idPrefix, boolean standalone) {
    Issues issues = new Issues();
    Grid grid = Grid.parse(text, tabWidth, issues);
    Cells cells = Cells.classify(grid);
    BoxFinder boxes = BoxFinder.find(cells, issues);
    Tracer tracer = Tracer.trace(cells, boxes, issues);
    List<TextRuns.Run> runs = TextRuns.collect(cells, boxes.boxes);
    String svg = SvgWriter.write(grid, boxes.boxes, tracer, runs, title, idPrefix, standalone);
    return new Diagram(svg, grid.cols, grid.rows, boxes.boxes.size(), issues.sorted());
  }

  /**
   * The problems in {@code text} without drawing it: unclosed boxes, dangling arrows, snapped borders and connectors,
   * tabs and control characters, each with a 1-based line:column in {@code text}.
   *
   * @throws DiagramTooLargeException if the drawing exceeds the size limit
   */
  public List<DiagramIssue> check(String text) {
    Issues issues = new Issues();
    Grid grid = Grid.parse(text, tabWidth, issues);
    Cells cells = Cells.classify(grid);
    BoxFinder boxes = BoxFinder.find(cells, issues);
    Tracer.trace(cells, boxes, issues);
    return issues.sorted();
  }
}
