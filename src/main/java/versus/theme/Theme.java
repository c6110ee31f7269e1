package versus.theme;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import versus.diag.BuildFailure;
import versus.diag.Diagnostic;
import versus.diag.SourcePos;
import versus.output.OutputFile;

/**
 * A loaded theme: its mustache templates compiled once, and its assets with content-hashed names
 * ({@code style.css} becomes {@code assets/style.1a2b3c4d.css}) so browsers may cache them forever. Thread-safe after
 * loading: rendering only reads.
 */
public final class Theme {

  /** The templates every theme has (its own or the default's). */
  static final List<String> PAGE_TEMPLATES =
      List.of("page", "home", "404", "compare", "compare-subject", "compare-pair", "search");

  /** The script every page runs inline before first paint (colour mode), from {@code inline/head.js}. */
  static final String HEAD_SCRIPT = "inline/head.js";

  private final String name;
  private final Map<String, Mustache> templates;
  private final Map<String, String> assetUrls;
  private final List<OutputFile> assetFiles;
  private final String headScript;
  private final Map<String, String> docs;
  private final String version;

  private Theme(
      String name,
      Map<String, Mustache> templates,
      Map<String, String> assetUrls,
      List<OutputFile> files,
      String headScript,
      Map<String, String> docs,
      String version) {
    this.version = version;
    this.name = name;
    this.templates = templates;
    this.assetUrls = assetUrls;
    this.assetFiles = files;
    this.headScript = headScript;
    this.docs = docs;
  }

  /**
   * Loads theme {@code name} from {@code sourceRoot/themes/}, falling back to the default theme for every file it
   * lacks.
   *
   * @throws BuildFailure for an unknown theme (listing the available ones) or a template that does not compile
   */
  public static Theme load(Path sourceRoot, String name) {
    Path themes = sourceRoot.resolve("themes");
    List<Path> dirs = new ArrayList<>();
    Path chosen = themes.resolve(name);
    if (Files.isDirectory(chosen) && !name.contains("/") && !name.startsWith(".")) {
      dirs.add(chosen);
    } else if (!name.equals("default")) {
      throw new BuildFailure(
          Diagnostic.error(
              SourcePos.of("themes/" + name),
              "theme",
              "unknown theme '" + name + "'; available: " + String.join(", ", available(themes))));
    }
    if (!name.equals("default") && Files.isDirectory(themes.resolve("default"))) {
      dirs.add(themes.resolve("default"));
    }
    ThemeFiles files = ThemeFiles.of(dirs);
    Resolver resolver = new Resolver(files);
    DefaultMustacheFactory factory = new HtmlMustacheFactory(resolver);
    Map<String, Mustache> compiled = new TreeMap<>();
    for (String t : PAGE_TEMPLATES) {
      String path = "templates/" + t + ".mustache";
      if (files.read(path).isEmpty()) {
        throw new BuildFailure(
            Diagnostic.error(SourcePos.of("themes/" + name + "/" + path), "theme", "template is missing"));
      }
      try {
        compiled.put(t, factory.compile(path));
      } catch (MustacheException e) {
        throw new BuildFailure(templateError(sourceRoot, files, path, e));
      }
    }
    Map<String, String> urls = new TreeMap<>();
    List<OutputFile> out = new ArrayList<>();
    Map<String, byte[]> assets = new TreeMap<>(VendorAssets.all());
    assets.putAll(files.assets());
    for (Map.Entry<String, byte[]> e : assets.entrySet()) {
      String hashed = "assets/" + fingerprint(e.getKey(), e.getValue());
      urls.put(e.getKey(), hashed);
      out.add(new OutputFile(hashed, e.getValue()));
    }
    String head = files.read(HEAD_SCRIPT).map(String::strip).orElse("");
    StringBuilder version = new StringBuilder(name).append('\n').append(head).append('\n').append(urls);
    resolver.read.forEach((path, text) -> version.append('\n').append(path).append('\n').append(text));
    return new Theme(name, Map.copyOf(compiled), Map.copyOf(urls), List.copyOf(out), head, files.docs(),
        sha256(version.toString()));
  }

  /**
   * Names everything the theme renders with (templates and partials read, asset URLs, head script): two loads with
   * equal versions render every view alike, which lets {@code serve} keep pages whose view did not change.
   */
  public String version() {
    return version;
  }

  /**
   * The theme's own documentation pages ({@code docs/*.md}, such as the diagram gallery), by file name, sorted. Sites
   * publish them only when they ask to ({@code theme_docs: true}).
   */
  public Map<String, String> docs() {
    return docs;
  }

  /** The inline head script, or empty when the theme has none. */
  public String headScript() {
    return headScript;
  }

  /**
   * The Content-Security-Policy source expression that allows exactly the inline head script
   * ({@code 'sha256-…'}), or empty when there is none: pages allow no other inline script.
   */
  public String headScriptHash() {
    if (headScript.isEmpty()) {
      return "";
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(headScript.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String name() {
    return name;
  }

  /** The theme's asset files under their fingerprinted names. */
  public List<OutputFile> assetFiles() {
    return assetFiles;
  }

  /**
   * Maps an asset name to its fingerprinted URL from a page {@code root} away from the site root. A value, not a
   * lambda, so that two views of one page are equal when everything they show is (which {@code serve} relies on).
   */
  public record AssetLinks(String root, String theme, Map<String, String> urls)
      implements java.util.function.Function<String, String> {
    @Override
    public String apply(String name) {
      String path = urls.get(name.strip());
      if (path == null) {
        throw new BuildFailure(Diagnostic.error(
            SourcePos.of("themes/" + theme), "theme", "template asks for missing asset '" + name.strip() + "'"));
      }
      return root + path;
    }
  }

  /** The asset URLs as seen from a page {@code root} away from the site root. */
  public AssetLinks assetLinks(String root) {
    return new AssetLinks(root, name, assetUrls);
  }

  /** Renders {@code view} with template {@code template} (one of {@link #PAGE_TEMPLATES}). */
  public String render(String template, Views.PageView view) {
    StringWriter out = new StringWriter(16384);
    try {
      templates.get(template).execute(out, view).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (MustacheException e) {
      throw new BuildFailure(
          Diagnostic.error(
              SourcePos.of("themes/" + name + "/templates/" + template + ".mustache"),
              "theme",
              "template failed: " + rootMessage(e)));
    }
    return out.toString();
  }

  private static List<String> available(Path themes) {
    List<String> names = new ArrayList<>();
    names.add("default");
    if (Files.isDirectory(themes)) {
      try (Stream<Path> list = Files.list(themes)) {
        list.filter(Files::isDirectory)
            .map(p -> p.getFileName().toString())
            .filter(n -> !n.startsWith(".") && !n.equals("default"))
            .sorted()
            .forEach(names::add);
      } catch (IOException e) {
        // The list is only a hint in an error message.
      }
    }
    return names;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static String fingerprint(String name, byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      String hash = HexFormat.of().formatHex(digest, 0, 4);
      int dot = name.lastIndexOf('.');
      int slash = name.lastIndexOf('/');
      return dot > slash + 1 ? name.substring(0, dot) + "." + hash + name.substring(dot) : name + "." + hash;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static Diagnostic templateError(Path sourceRoot, ThemeFiles files, String path, MustacheException e) {
    String where =
        files.origin(path)
            .map(p -> p.startsWith(sourceRoot) ? sourceRoot.relativize(p).toString().replace('\\', '/') : p.toString())
            .orElse(path);
    String message = rootMessage(e).replaceAll(" in templates/[^ ]+\\.mustache:\\d+", "");
    java.util.regex.Matcher missing = java.util.regex.Pattern.compile("Template templates/(.+)\\.mustache not found")
        .matcher(message);
    if (missing.find()) {
      message = "partial '" + missing.group(1) + "' not found in the theme's templates/ or the default theme's";
    }
    int line = 0;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("@\\[[^:\\]]*:(\\d+)]").matcher(message);
    if (m.find()) {
      line = Integer.parseInt(m.group(1));
      message = message.replace(m.group(), "").strip();
    }
    return Diagnostic.error(SourcePos.of(where, line, 0), "theme", "template does not compile: " + message);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }

  /**
   * Escapes only what HTML needs ({@code & < > " '}); mustache.java's default also turns {@code =} and backticks into
   * entities, which is valid but makes pages harder to read and larger.
   */
  private static final class HtmlMustacheFactory extends DefaultMustacheFactory {
    HtmlMustacheFactory(com.github.mustachejava.MustacheResolver resolver) {
      super(resolver);
    }

    @Override
    public void encode(String value, java.io.Writer writer) {
      try {
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
          String entity =
              switch (value.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
              };
          if (entity != null) {
            writer.write(value, start, i - start);
            writer.write(entity);
            start = i + 1;
          }
        }
        writer.write(value, start, value.length() - start);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Finds templates and partials ({@code {{> head}}}) in the theme's roots. */
  private static final class Resolver implements com.github.mustachejava.MustacheResolver {
    private final ThemeFiles files;
    /** Every template and partial read while compiling, for the theme's version. */
    final Map<String, String> read = new java.util.concurrent.ConcurrentSkipListMap<>();

    Resolver(ThemeFiles files) {
      this.files = files;
    }

    @Override
    public Reader getReader(String resourceName) {
      String rel = resourceName.startsWith("templates/") ? resourceName : "templates/" + resourceName;
      java.util.Optional<String> text = files.read(rel);
      text.ifPresent(t -> read.put(rel, t));
      return text.<Reader>map(StringReader::new).orElse(null);
    }
  }

}
