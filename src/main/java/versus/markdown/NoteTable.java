package versus.markdown;

import java.util.Objects;
import versus.diag.SourcePos;
import versus.table.TableModel;

/**
 * A GFM table of a note as data: its cells with their inline styles, where it is, and under which heading. The page
 * shows it as an HTML table; the build also draws it as {@code table-N.svg}, and the comparison reads it.
 *
 * @param index 1-based position among the note's tables ({@code table-1.svg})
 * @param model the cells
 * @param pos where the table starts in the note file
 * @param section id of the heading the table is under; empty before the first heading
 * @param sectionTitle text of that heading; empty before the first heading
 */
public record NoteTable(int index, TableModel model, SourcePos pos, String section, String sectionTitle) {

  public NoteTable {
    Objects.requireNonNull(model);
    Objects.requireNonNull(pos);
    Objects.requireNonNull(section);
    Objects.requireNonNull(sectionTitle);
  }

  /** The file name of its SVG drawing, next to the page. */
  public String svgName() {
    return "table-" + index + ".svg";
  }
}
