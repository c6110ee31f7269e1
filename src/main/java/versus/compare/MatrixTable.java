package versus.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import versus.table.Align;
import versus.table.Cell;
import versus.table.Run;
import versus.table.TableModel;

/** The matrix as a {@link TableModel}, for drawing it as an SVG with {@link versus.table.TableSvgRenderer}. */
public final class MatrixTable {

  /** Longest statement drawn in a cell; the page and the JSON have the whole text. */
  static final int MAX_STATEMENT = 120;

  private MatrixTable() {}

  /** Features as rows, the matrix's subjects as columns; a cell's statements one after another, a "≠" where notes differ. */
  public static TableModel of(Comparison c) {
    List<Subject> subjects = c.matrixSubjects();
    List<Cell> header = new ArrayList<>();
    header.add(Cell.of("Feature"));
    subjects.forEach(s -> header.add(Cell.of(s.name())));
    Map<String, Map<String, MatrixCell>> index = c.cellIndex();
    List<List<Cell>> rows = new ArrayList<>();
    for (Feature f : c.matrixFeatures()) {
      List<Cell> row = new ArrayList<>();
      row.add(new Cell(List.of(new Run(f.label(), true, false, false, false, null))));
      for (Subject s : subjects) {
        MatrixCell cell = index.getOrDefault(f.id(), Map.of()).get(s.id());
        if (cell == null) {
          row.add(Cell.of(""));
          continue;
        }
        List<Run> runs = new ArrayList<>();
        if (cell.differs()) {
          runs.add(new Run("≠ notes differ. ", false, true, false, false, null));
        }
        List<String> texts = new ArrayList<>();
        cell.statements().stream().filter(st -> st.kind().answer()).forEach(st -> texts.add(shorten(st.text())));
        if (texts.isEmpty()) {
          cell.statements().stream().limit(2).forEach(st -> texts.add(shorten(st.text())));
        }
        runs.add(Run.plain(String.join(" · ", texts)));
        row.add(new Cell(runs));
      }
      rows.add(row);
    }
    List<Align> aligns = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      aligns.add(Align.LEFT);
    }
    return new TableModel(header, rows, aligns);
  }

  static String shorten(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_STATEMENT) {
      return text;
    }
    int end = text.offsetByCodePoints(0, MAX_STATEMENT);
    int space = text.lastIndexOf(' ', end);
    return text.substring(0, space > MAX_STATEMENT / 2 ? space : end).strip() + "…";
  }
}
