package versus.note;

import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * YAML parsing that is safe on hostile input: only plain maps, lists and scalars are built (no type tags such as
 * {@code !!javax.script.ScriptEngineManager}), aliases are capped (no "billion laughs"), and so are size and nesting.
 * A new {@link Yaml} is made per call because snakeyaml's instances are not thread-safe.
 */
public final class SafeYaml {

  /** Largest YAML document accepted, in code points. */
  static final int MAX_CODE_POINTS = 1_000_000;

  private SafeYaml() {}

  /** The result of a parse: a value, or an error with its 1-based line and column inside the YAML text. */
  public record Result(Object value, Optional<Problem> problem) {}

  /** A YAML error at a 1-based line and column of the YAML text. */
  public record Problem(int line, int column, String message) {}

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(32);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setTagInspector(tag -> false);
    return options;
  }

  /**
   * The YAML as a node tree whose nodes know their line and column ({@code getStartMark()}), for settings whose
   * errors should point at the entry; empty when it does not parse (use {@link #parse} to learn why).
   */
  public static Optional<org.yaml.snakeyaml.nodes.Node> compose(String yaml) {
    try {
      return Optional.ofNullable(new Yaml(new SafeConstructor(options())).compose(new java.io.StringReader(yaml)));
    } catch (YAMLException e) {
      return Optional.empty();
    }
  }

  public static Result parse(String yaml) {
    Yaml yamlParser = new Yaml(new SafeConstructor(options()));
    try {
      return new Result(yamlParser.load(yaml), Optional.empty());
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      int line = mark == null ? 1 : mark.getLine() + 1;
      int column = mark == null ? 1 : mark.getColumn() + 1;
      return new Result(null, Optional.of(new Problem(line, column, clean(problem))));
    } catch (YAMLException e) {
      return new Result(null, Optional.of(new Problem(1, 1, clean(e.getMessage()))));
    }
  }

  private static String clean(String message) {
    if (message == null || message.isBlank()) {
      return "invalid YAML";
    }
    String oneLine = message.strip().replaceAll("\\s+", " ");
    if (oneLine.startsWith("Global tag is not allowed")) {
      return "type tags (" + oneLine.substring(oneLine.indexOf(':') + 1).strip() + ") are not allowed";
    }
    if (oneLine.startsWith("Number of aliases")) {
      return "too many YAML aliases (a possible alias bomb)";
    }
    if (oneLine.startsWith("The incoming YAML document exceeds the limit")) {
      return "YAML block is too large";
    }
    return oneLine;
  }
}
