package versus.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import versus.diag.Diagnostic;

/**
 * The error panel {@code serve} puts on top of every page while the build is broken: each error with its
 * {@code file:line:col}, the source lines around it and a caret under the column. The page under it is the last good
 * build, so the author keeps their place.
 */
final class Overlay {

  private Overlay() {}

  static String html(List<Diagnostic> errors, Path sourceRoot) {
    StringBuilder out = new StringBuilder(1024);
    out.append("<div id=\"versus-overlay\" role=\"alert\">")
        .append("<link rel=\"stylesheet\" href=\"/_versus/overlay.css\">")
        .append("<p class=\"versus-overlay-title\">Build failed: ").append(errors.size())
        .append(errors.size() == 1 ? " error" : " errors").append("</p><ol>");
    for (Diagnostic d : errors.subList(0, Math.min(errors.size(), 20))) {
      out.append("<li><code>").append(escape(d.pos().toString())).append("</code> ")
          .append(escape(d.message()));
      String excerpt = excerpt(sourceRoot, d);
      if (!excerpt.isEmpty()) {
        out.append("<pre>").append(escape(excerpt)).append("</pre>");
      }
      out.append("</li>");
    }
    out.append("</ol><p>Showing the last good build. Fix the file and this page reloads.</p></div>");
    return out.toString();
  }

  /** Up to two lines before and after the error's line, numbered, with a caret under its column. */
  static String excerpt(Path sourceRoot, Diagnostic d) {
    if (d.pos().line() == 0) {
      return "";
    }
    Path file = sourceRoot.resolve(d.pos().file()).normalize();
    if (!file.startsWith(sourceRoot) || !Files.isRegularFile(file)) {
      return "";
    }
    List<String> lines;
    try {
      lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
    } catch (IOException | java.io.UncheckedIOException e) {
      return "";
    }
    int line = d.pos().line();
    StringBuilder out = new StringBuilder();
    int width = String.valueOf(Math.min(lines.size(), line + 2)).length();
    for (int i = Math.max(1, line - 2); i <= Math.min(lines.size(), line + 2); i++) {
      String text = lines.get(i - 1).replace("\r", "");
      out.append(String.format("%" + width + "d | %s%n", i, text.length() > 200 ? text.substring(0, 200) + "…" : text));
      if (i == line && d.pos().column() > 0) {
        out.append(" ".repeat(width)).append(" | ").append(" ".repeat(d.pos().column() - 1)).append("^\n");
      }
    }
    return out.toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
