package versus.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A plain static file server on 127.0.0.1 for browser tests, serving a folder as GitHub Pages does: folders give their
 * index.html, unknown paths give 404.html with status 404. Optionally under a path prefix ({@code /repo/}), to test a
 * project site.
 */
public final class StaticHttpServer implements AutoCloseable {

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml",
          "xml", "application/xml",
          "txt", "text/plain; charset=utf-8",
          "png", "image/png",
          "json", "application/json");

  private final HttpServer server;
  private final String prefix;

  public StaticHttpServer(Path root, String prefix) {
    this.prefix = prefix;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> serve(root, exchange));
    server.start();
  }

  /** The address of the site's root, e.g. {@code http://127.0.0.1:41234/repo/}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
  }

  private void serve(Path root, HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
      Path file = null;
      if (path.startsWith(prefix)) {
        Path candidate = root.resolve(path.substring(prefix.length())).normalize();
        if (candidate.startsWith(root)) {
          if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve("index.html");
          }
          if (Files.isRegularFile(candidate)) {
            file = candidate;
          }
        }
      }
      int status = 200;
      if (file == null) {
        status = 404;
        file = root.resolve("404.html");
      }
      byte[] body = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
