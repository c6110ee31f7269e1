package versus.diag;

import java.util.Objects;

/**
 * A position in a source file: a path as the user wrote it (e.g. {@code content/ecs.md}), a 1-based line and a 1-based
 * column counted in code points. Line or column 0 means "unknown" and is left out when printed.
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

  public SourcePos {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
  }

  /** A position naming only the file. */
  public static SourcePos of(String file) {
    return new SourcePos(file, 0, 0);
  }

  public static SourcePos of(String file, int line, int column) {
    return new SourcePos(file, line, column);
  }

  /** This position moved down by {@code lines} lines (front matter offsets, code blocks inside a note). */
  public SourcePos plusLines(int lines) {
    return line == 0 ? this : new SourcePos(file, line + lines, column);
  }

  @Override
  public int compareTo(SourcePos o) {
    int c = file.compareTo(o.file);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  /** {@code file:line:col}, {@code file:line} or {@code file}, the form editors and terminals turn into links. */
  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
