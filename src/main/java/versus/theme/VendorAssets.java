package versus.theme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Front-end libraries that themes may use, taken from webjars on the class path (Maven Central) rather than copied
 * into the repository or fetched from a CDN. Each becomes one theme asset under {@code vendor/}.
 */
final class VendorAssets {

  private static final String PRISM = "META-INF/resources/webjars/prismjs/1.30.0/";

  /**
   * Prism core and the languages notes about cloud services use, in dependency order (clike before the C family,
   * markup before markup-templating). Prism's own licence header is kept.
   */
  private static final List<String> PRISM_PARTS =
      List.of(
          "components/prism-core.min.js",
          "components/prism-markup.min.js",
          "components/prism-css.min.js",
          "components/prism-clike.min.js",
          "components/prism-javascript.min.js",
          "components/prism-typescript.min.js",
          "components/prism-json.min.js",
          "components/prism-yaml.min.js",
          "components/prism-toml.min.js",
          "components/prism-ini.min.js",
          "components/prism-bash.min.js",
          "components/prism-docker.min.js",
          "components/prism-java.min.js",
          "components/prism-python.min.js",
          "components/prism-go.min.js",
          "components/prism-sql.min.js",
          "components/prism-hcl.min.js");

  private VendorAssets() {}

  /** The vendor assets by name ({@code vendor/prism.js}). */
  static Map<String, byte[]> all() {
    StringBuilder prism =
        new StringBuilder(
            "/* Prism 1.30.0 (https://prismjs.com), MIT licence, copyright (c) 2012 Lea Verou. Core and selected"
                + " languages, joined by Versus from the prismjs webjar. */\n");
    for (String part : PRISM_PARTS) {
      prism.append(read(PRISM + part)).append('\n');
    }
    // Highlight only what the page marks, and let the page's own script decide when (see site.js).
    return Map.of("vendor/prism.js", prism.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String read(String resource) {
    try (InputStream in = VendorAssets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing webjar resource " + resource + "; is prismjs on the class path?");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
