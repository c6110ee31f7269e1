package versus.note;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Pattern;
import versus.diag.Diagnostic;
import versus.diag.DiagnosticSink;
import versus.diag.SourcePos;

/**
 * Splits a note's text into YAML front matter and Markdown body. Front matter is a block that starts on the first line
 * with {@code ---} and ends at the next {@code ---} or {@code ...} line, as in Jekyll and Hugo. A first-line
 * {@code ---} whose block holds no {@code key:} line is a thematic break, not front matter: pasted notes often open
 * with a rule.
 */
public final class NoteParser {

  private static final Pattern KEY_LINE = Pattern.compile("(?m)^[A-Za-z_][\\w-]*[ \\t]*:(?:[ \\t]|$)");
  private static final String RULE = "front-matter";

  /** Parses {@code text} of the file at {@code sourcePath} (e.g. {@code content/dir/ecs.md}). */
  public Note parse(String sourcePath, String contentPath, String text, DiagnosticSink sink) {
    FrontMatter front = FrontMatter.NONE;
    String body = text;
    int bodyLine = 1;
    Block block = findBlock(text);
    if (block != null) {
      front = toFrontMatter(sourcePath, block.yaml, sink);
      body = text.substring(block.bodyStart);
      bodyLine = block.bodyLine;
    }
    String slug = front.slug().map(s -> String.join("/", slugParts(s))).orElse(Slugs.ofContentPath(contentPath));
    return new Note(sourcePath, slug, front, body, bodyLine);
  }

  private static List<String> slugParts(String slug) {
    List<String> parts = new ArrayList<>();
    for (String part : slug.split("/")) {
      if (!part.isBlank()) {
        parts.add(Slugs.of(part));
      }
    }
    return parts.isEmpty() ? List.of("note") : parts;
  }

  private record Block(String yaml, int bodyStart, int bodyLine) {}

  private static Block findBlock(String text) {
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    int firstEnd = lineEnd(text, start);
    if (!text.substring(start, firstEnd).strip().equals("---")) {
      return null;
    }
    int pos = nextLine(text, firstEnd);
    int line = 2;
    while (pos < text.length()) {
      int end = lineEnd(text, pos);
      String l = text.substring(pos, end).stripTrailing();
      if (l.equals("---") || l.equals("...")) {
        String yaml = text.substring(nextLine(text, firstEnd), pos);
        if (!KEY_LINE.matcher(yaml).find()) {
          return null;
        }
        return new Block(yaml, nextLine(text, end), line + 1);
      }
      pos = nextLine(text, end);
      line++;
    }
    return null;
  }

  private static int lineEnd(String text, int from) {
    int n = text.indexOf('\n', from);
    int end = n < 0 ? text.length() : n;
    return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  private static int nextLine(String text, int lineEnd) {
    if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
      lineEnd++;
    }
    return lineEnd < text.length() && text.charAt(lineEnd) == '\n' ? lineEnd + 1 : lineEnd;
  }

  private static FrontMatter toFrontMatter(String file, String yaml, DiagnosticSink sink) {
    SafeYaml.Result result = SafeYaml.parse(yaml);
    if (result.problem().isPresent()) {
      SafeYaml.Problem p = result.problem().get();
      // The YAML starts on line 2 of the file, after the opening ---.
      sink.report(
          Diagnostic.error(
              SourcePos.of(file, p.line() + 1, p.column()),
              RULE,
              "front matter is not valid YAML: " + p.message() + "; fix it or remove the --- block"));
      return FrontMatter.NONE;
    }
    if (!(result.value() instanceof Map<?, ?> map)) {
      sink.report(
          Diagnostic.error(
              SourcePos.of(file, 2, 1), RULE, "front matter must be 'key: value' lines; fix it or remove the --- block"));
      return FrontMatter.NONE;
    }
    Fields fields = new Fields(file, yaml, sink);
    Optional<String> title = fields.string(map, "title");
    Optional<String> description = fields.string(map, "description");
    OptionalInt order = fields.integer(map, "order");
    List<String> tags = fields.tags(map);
    boolean draft = fields.bool(map, "draft");
    Optional<String> slug = fields.string(map, "slug");
    Map<String, Object> extra = new TreeMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      if (!Fields.KNOWN.contains(key) && e.getValue() != null) {
        extra.put(key, e.getValue());
      }
    }
    return new FrontMatter(title, description, order, tags, draft, slug, extra);
  }

  /** Typed access to front-matter keys; a value of the wrong type is reported at its key's line. */
  private record Fields(String file, String yaml, DiagnosticSink sink) {
    static final List<String> KNOWN = List.of("title", "description", "order", "tags", "draft", "slug");

    Optional<String> string(Map<?, ?> map, String key) {
      Object v = map.get(key);
      if (v == null) {
        return Optional.empty();
      }
      if (v instanceof String || v instanceof Number || v instanceof Boolean) {
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
      }
      wrongType(key, "a text");
      return Optional.empty();
    }

    OptionalInt integer(Map<?, ?> map, String key) {
      Object v = map.get(key);
      if (v == null) {
        return OptionalInt.empty();
      }
      if (v instanceof Integer i) {
        return OptionalInt.of(i);
      }
      wrongType(key, "a whole number");
      return OptionalInt.empty();
    }

    boolean bool(Map<?, ?> map, String key) {
      Object v = map.get(key);
      if (v == null) {
        return false;
      }
      if (v instanceof Boolean b) {
        return b;
      }
      wrongType(key, "true or false");
      return false;
    }

    List<String> tags(Map<?, ?> map) {
      Object v = map.get("tags");
      List<String> tags = new ArrayList<>();
      if (v == null) {
        return tags;
      }
      if (v instanceof String s) {
        for (String t : s.split(",")) {
          if (!t.isBlank()) {
            tags.add(t.strip());
          }
        }
      } else if (v instanceof List<?> list) {
        for (Object t : list) {
          if (t instanceof String || t instanceof Number) {
            tags.add(String.valueOf(t).strip());
          } else {
            wrongType("tags", "a list of words");
            break;
          }
        }
      } else {
        wrongType("tags", "a list of words");
      }
      return tags;
    }

    private void wrongType(String key, String expected) {
      sink.report(
          Diagnostic.error(keyPos(key), RULE, "front matter '" + key + "' must be " + expected));
    }

    private SourcePos keyPos(String key) {
      String[] lines = yaml.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].startsWith(key + ":") || lines[i].startsWith(key + " ")) {
          return SourcePos.of(file, i + 2, 1);
        }
      }
      return SourcePos.of(file, 1, 1);
    }
  }
}
