package versus.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
      Set.of("title", "description", "base_url", "theme", "language", "repo_url", "edit_branch", "theme_docs");

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
        bool(map, "theme_docs", sink, text));
  }

  private static Optional<String> string(Map<?, ?> map, String key) {
    Object v = map.get(key);
    if (v == null) {
      return Optional.empty();
    }
    String s = String.valueOf(v).strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
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
      if (lines[i].startsWith(key + ":")) {
        return i + 1;
      }
    }
    return 1;
  }

  /** Settings read by later stages (comparison subjects, search synonyms, lint rules), known here so none is "unknown". */
  static final class ExtensionKeys {
    static final Set<String> KEYS = Set.of("subjects", "feature_aliases", "synonyms", "lint", "nav_limit");

    private ExtensionKeys() {}
  }
}
