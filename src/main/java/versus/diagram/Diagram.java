package versus.diagram;

import java.util.List;
import java.util.Objects;

/**
 * A rendered diagram: inline SVG markup plus what was found while drawing it.
 *
 * @param svg the {@code <svg>} element, ready to put into an HTML page
 * @param columns width of the drawing in monospace cells (after cropping the common indentation)
 * @param rows height of the drawing in lines
 * @param boxes number of closed boxes recognised and drawn as rectangles
 * @param issues problems found, in {@link DiagramIssue#ORDER}; empty for a clean drawing
 */
public record Diagram(String svg, int columns, int rows, int boxes, List<DiagramIssue> issues) {

  public Diagram {
    Objects.requireNonNull(svg, "svg");
    issues = List.copyOf(issues);
  }
}
