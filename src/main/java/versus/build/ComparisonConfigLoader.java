package versus.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import versus.compare.CompareConfig;
import versus.compare.Subject;
import versus.diag.Diagnostic;
import versus.diag.DiagnosticSink;
import versus.diag.SourcePos;
import versus.note.SafeYaml;

/**
 * Reads the comparison's settings from {@code versus.yml}: {@code subjects:} (each an id, a name and aliases, or just
 * a name) and {@code feature_aliases:} (groups of names for one feature). A malformed entry is an error at its
 * {@code versus.yml:line:column} and is left out; the rest still apply. {@link ConfigLoader} reports YAML syntax errors.
 */
final class ComparisonConfigLoader {

  static final String RULE = "config";

  private final DiagnosticSink sink;
  private final Map<String, String> aliasOwner = new HashMap<>();

  private ComparisonConfigLoader(DiagnosticSink sink) {
    this.sink = sink;
  }

  static CompareConfig load(Path sourceRoot, DiagnosticSink sink) {
    Path file = sourceRoot.resolve(ConfigLoader.FILE);
    if (!Files.isRegularFile(file)) {
      return CompareConfig.NONE;
    }
    try {
      return parse(Files.readString(file), sink);
    } catch (IOException e) {
      return CompareConfig.NONE; // ConfigLoader has reported it
    }
  }

  static CompareConfig parse(String yaml, DiagnosticSink sink) {
    Optional<Node> root = SafeYaml.compose(yaml);
    if (root.isEmpty() || !(root.get() instanceof MappingNode map)) {
      return CompareConfig.NONE;
    }
    ComparisonConfigLoader loader = new ComparisonConfigLoader(sink);
    List<Subject> subjects = new ArrayList<>();
    List<List<String>> aliases = new ArrayList<>();
    for (NodeTuple t : map.getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
      if (key.equals("subjects")) {
        subjects = loader.subjects(t.getValueNode());
      } else if (key.equals("feature_aliases")) {
        aliases = loader.featureAliases(t.getValueNode());
      }
    }
    return new CompareConfig(subjects, aliases);
  }

  private void error(Node at, String message) {
    var mark = at.getStartMark();
    sink.report(Diagnostic.error(SourcePos.of(ConfigLoader.FILE, mark.getLine() + 1, mark.getColumn() + 1), RULE, message));
  }

  private List<Subject> subjects(Node value) {
    List<Subject> out = new ArrayList<>();
    if (isNull(value)) {
      return out;
    }
    if (!(value instanceof SequenceNode list)) {
      error(value, "'subjects' must be a list; each entry a name or {id, name, aliases}");
      return out;
    }
    for (Node entry : list.getValue()) {
      subject(entry, out).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Subject> subject(Node entry, List<Subject> before) {
    String id = null;
    String name = null;
    List<String> aliases = new ArrayList<>();
    if (entry instanceof ScalarNode s) {
      name = s.getValue().strip();
    } else if (entry instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
        Node v = t.getValueNode();
        switch (key) {
          case "id" -> id = scalar(v, "a subject's 'id'").orElse(null);
          case "name" -> name = scalar(v, "a subject's 'name'").orElse(null);
          case "aliases" -> aliases = strings(v, "a subject's 'aliases'");
          default -> error(t.getKeyNode(), "unknown subject key '" + key + "'; use id, name and aliases");
        }
      }
    } else {
      error(entry, "a subject must be a name or {id, name, aliases}");
      return Optional.empty();
    }
    if ((name == null || name.isEmpty()) && (id == null || id.isEmpty())) {
      error(entry, "a subject needs a name");
      return Optional.empty();
    }
    if (name == null || name.isEmpty()) {
      name = id;
    }
    if (id == null || id.isEmpty()) {
      id = Subject.idFor(name);
    }
    if (!Subject.validId(id)) {
      error(entry, "subject id '" + id + "' must be lower-case letters, digits and single hyphens, e.g. app-runner");
      return Optional.empty();
    }
    for (Subject s : before) {
      if (s.id().equals(id)) {
        error(entry, "subject id '" + id + "' is declared twice");
        return Optional.empty();
      }
    }
    List<String> kept = new ArrayList<>();
    List<String> all = new ArrayList<>(List.of(name, id));
    all.addAll(aliases);
    for (String alias : all) {
      String key = Subject.nameKey(alias);
      String owner = aliasOwner.putIfAbsent(key, id);
      if (owner != null && !owner.equals(id)) {
        error(entry, "'" + alias + "' already names subject " + owner + "; a name can belong to one subject only");
      } else if (aliases.contains(alias) && !kept.contains(alias)) {
        kept.add(alias);
      }
    }
    return Optional.of(new Subject(id, name, kept, true));
  }

  private List<List<String>> featureAliases(Node value) {
    List<List<String>> out = new ArrayList<>();
    if (isNull(value)) {
      return out;
    }
    if (!(value instanceof SequenceNode list)) {
      error(value, "'feature_aliases' must be a list of groups such as [Ease of use, Complexity]");
      return out;
    }
    for (Node group : list.getValue()) {
      if (!(group instanceof SequenceNode)) {
        error(group, "a feature alias group must be a list of names, such as [Ease of use, Complexity]");
        continue;
      }
      List<String> names = strings(group, "a feature alias group");
      if (names.size() < 2) {
        error(group, "a feature alias group needs two or more names, the first being the one shown");
      } else {
        out.add(names);
      }
    }
    return out;
  }

  private Optional<String> scalar(Node v, String what) {
    if (v instanceof ScalarNode s && !s.getValue().isBlank()) {
      return Optional.of(s.getValue().strip());
    }
    error(v, what + " must be a single word or phrase");
    return Optional.empty();
  }

  private List<String> strings(Node v, String what) {
    List<String> out = new ArrayList<>();
    if (v instanceof ScalarNode s && !s.getValue().isBlank()) {
      out.add(s.getValue().strip());
      return out;
    }
    if (!(v instanceof SequenceNode list)) {
      error(v, what + " must be a list of names");
      return out;
    }
    for (Node n : list.getValue()) {
      if (n instanceof ScalarNode s && !s.getValue().isBlank()) {
        out.add(s.getValue().strip());
      } else {
        error(n, what + " must hold only names");
      }
    }
    return out;
  }

  private static boolean isNull(Node n) {
    return n instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
  }
}
