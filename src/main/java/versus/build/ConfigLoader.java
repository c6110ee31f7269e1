package versus.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import versus.diag.Diagnostic;
import versus.diag.DiagnosticSink;
import versus.diag.SourcePos;
import versus.model.SiteConfig;
import versus.note.SafeYaml;

/** Reads {@code versus.yml}, which is optional: every key has a default. */
final class ConfigLoader {

  static final String FILE = "versus.yml";
  private static final Set<String> KNOWN =
      Set.of("title", "description", "base_url", "theme", "language", "repo_url", "edit_branch", "theme_docs", "lint");

  private ConfigLoader() {}

  static SiteConfig load(Path sourceRoot, DiagnosticSink sink) {
    Path file = sourceRoot.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return SiteConfig.DEFAULTS;
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      sink.report(Diagnostic.error(SourcePos.of(FILE), "config", "cannot read: " + e.getMessage()));
      return SiteConfig.DEFAULTS;
    }
    SafeYaml.Result result = SafeYaml.parse(text);
    if (result.problem().isPresent()) {
      SafeYaml.Problem p = result.problem().get();
      sink.report(
          Diagnostic.error(SourcePos.of(FILE, p.line(), p.column()), "config", "not valid YAML: " + p.message()));
      return SiteConfig.DEFAULTS;
    }
    if (result.value() == null) {
      return SiteConfig.DEFAULTS;
    }
    if (!(result.value() instanceof Map<?, ?> map)) {
      sink.report(Diagnostic.error(SourcePos.of(FILE, 1, 1), "config", "must be 'key: value' lines"));
      return SiteConfig.DEFAULTS;
    }
    for (Object key : map.keySet()) {
      if (!KNOWN.contains(String.valueOf(key)) && !ExtensionKeys.KEYS.contains(String.valueOf(key))) {
        sink.report(
            Diagnostic.warning(
                SourcePos.of(FILE, lineOf(text, String.valueOf(key)), 1),
                "config",
                "unknown setting '" + key + "' is ignored"));
      }
    }
    SiteConfig d = SiteConfig.DEFAULTS;
    return new SiteConfig(
        string(map, "title").orElse(d.title()),
        string(map, "description").orElse(d.description()),
        string(map, "base_url"),
        string(map, "theme").orElse(d.theme()),
        string(map, "language").orElse(d.language()),
        string(map, "repo_url").map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u),
        string(map, "edit_branch").orElse(d.editBranch()),
        bool(map, "theme_docs", sink, text),
        lint(map, sink, text),
        synonyms(map.get("synonyms"), text, sink));
  }

  /**
   * The {@code synonyms:} setting: a list of groups, each a list of words or phrases ({@code - [k8s, kubernetes]}).
   * A malformed group is reported and skipped; the rest still apply.
   */
  private static List<List<String>> synonyms(Object value, String text, DiagnosticSink sink) {
    if (value == null) {
      return List.of();
    }
    SourcePos at = SourcePos.of(FILE, lineOf(text, "synonyms"), 1);
    if (!(value instanceof List<?> groups)) {
      sink.report(Diagnostic.warning(at, "config", "'synonyms' must be a list of groups such as [k8s, kubernetes]"));
      return List.of();
    }
    List<List<String>> out = new ArrayList<>();
    for (Object g : groups) {
      List<String> members = new ArrayList<>();
      if (g instanceof List<?> list) {
        for (Object m : list) {
          if (m instanceof String || m instanceof Number) {
            String s = String.valueOf(m).strip();
            if (!s.isEmpty()) {
              members.add(s);
            }
          }
        }
      }
      if (members.size() < 2) {
        sink.report(
            Diagnostic.warning(at, "config", "synonym group " + g + " is ignored: it needs two or more words"));
      } else {
        out.add(members);
      }
    }
    return out;
  }

  private static Optional<String> string(Map<?, ?> map, String key) {
    Object v = map.get(key);
    if (v == null) {
      return Optional.empty();
    }
    String s = String.valueOf(v).strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** {@code lint:} maps rule ids to off, info, warning or error. */
  private static Map<String, String> lint(Map<?, ?> map, DiagnosticSink sink, String text) {
    Object v = map.get("lint");
    if (v == null) {
      return Map.of();
    }
    if (!(v instanceof Map<?, ?> rules)) {
      sink.report(Diagnostic.error(SourcePos.of(FILE, lineOf(text, "lint"), 1), "config",
          "'lint' must map rule ids to off, info, warning or error"));
      return Map.of();
    }
    Map<String, String> out = new java.util.TreeMap<>();
    for (Map.Entry<?, ?> e : rules.entrySet()) {
      String rule = String.valueOf(e.getKey());
      String level = e.getValue() instanceof Boolean b ? (b ? "warning" : "off") : String.valueOf(e.getValue());
      SourcePos pos = SourcePos.of(FILE, lineOf(text, "  " + rule), 1);
      if (versus.lint.Rule.of(rule).isEmpty() || rule.startsWith("diagram-") && !rule.equals("diagram-tab")) {
        sink.report(Diagnostic.warning(pos, "config", "unknown lint rule '" + rule + "' is ignored; run"
            + " 'versus check --list-rules' to see them"));
      } else if (!Set.of("off", "info", "warning", "error").contains(level)) {
        sink.report(Diagnostic.error(pos, "config", "lint rule '" + rule + "' must be off, info, warning or error"));
      } else {
        out.put(rule, level);
      }
    }
    return out;
  }

  private static boolean bool(Map<?, ?> map, String key, DiagnosticSink sink, String text) {
    Object v = map.get(key);
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    sink.report(Diagnostic.error(SourcePos.of(FILE, lineOf(text, key), 1), "config", "'" + key + "' must be true or false"));
    return false;
  }

  private static int lineOf(String text, String key) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(key + ":") || (key.startsWith(" ") && lines[i].strip().startsWith(key.strip() + ":"))) {
        return i + 1;
      }
    }
    return 1;
  }

  /** Settings read by later stages (comparison subjects, search synonyms, lint rules), known here so none is "unknown". */
  static final class ExtensionKeys {
    static final Set<String> KEYS = Set.of("subjects", "feature_aliases", "synonyms", "nav_limit");

    private ExtensionKeys() {}
  }
}
