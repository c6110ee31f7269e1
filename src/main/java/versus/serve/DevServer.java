package versus.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import versus.build.BuildOptions;
import versus.build.BuildResult;
import versus.build.SiteBuilder;
import versus.diag.Diagnostic;
import versus.output.OutputFile;
import versus.search.SearchIndexer;

/**
 * {@code versus serve}: builds the site into memory, serves it over HTTP, rebuilds when sources change and tells open
 * pages to reload through Server-Sent Events. Only this class holds long-lived state. The reload script and the error
 * overlay are added to pages as they are served, never to what {@code build} writes. It serves only the files of the
 * build it holds, so no request can reach anything else on disk.
 */
public final class DevServer implements AutoCloseable {

  /** Where {@code serve} listens and what it watches. */
  public record Options(Path sourceRoot, String host, int port, boolean polling) {}

  static final String EVENTS = "/_versus/events";
  static final String LIVE_JS = "/_versus/live.js";
  static final String OVERLAY_CSS = "/_versus/overlay.css";

  private static final Map<String, String> TYPES = new HashMap<>();

  static {
    TYPES.put("html", "text/html; charset=utf-8");
    TYPES.put("css", "text/css; charset=utf-8");
    TYPES.put("js", "text/javascript; charset=utf-8");
    TYPES.put("json", "application/json");
    TYPES.put("svg", "image/svg+xml");
    TYPES.put("xml", "application/xml");
    TYPES.put("txt", "text/plain; charset=utf-8");
    TYPES.put("csv", "text/csv; charset=utf-8");
    TYPES.put("png", "image/png");
    TYPES.put("jpg", "image/jpeg");
    TYPES.put("jpeg", "image/jpeg");
    TYPES.put("gif", "image/gif");
    TYPES.put("webp", "image/webp");
    TYPES.put("ico", "image/x-icon");
    TYPES.put("pdf", "application/pdf");
    TYPES.put("woff2", "font/woff2");
  }

  private final Options options;
  private final PrintWriter log;
  private final SiteBuilder builder = new SiteBuilder();
  /** What the last build can hand the next, so an edit redoes only what depends on it. */
  private final versus.build.BuildCache cache = new versus.build.BuildCache();
  private final HttpServer http;
  private final ExecutorService requests = Executors.newCachedThreadPool(daemon("versus-http"));
  private final ScheduledExecutorService rebuilds = Executors.newSingleThreadScheduledExecutor(daemon("versus-build"));
  private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
  private final AtomicBoolean rebuildPending = new AtomicBoolean();
  private final AtomicLong builds = new AtomicLong();
  private final ChangeWatcher watcher;

  private volatile Map<String, byte[]> files = Map.of();
  private volatile List<Diagnostic> errors = List.of();
  /** The files the second step of the last build made, served on until the next second step replaces them. */
  private java.util.Set<String> madeLater = java.util.Set.of();

  private DevServer(Options options, PrintWriter log) throws IOException {
    this.options = options;
    this.log = log;
    rebuild();
    http = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 64);
    http.setExecutor(requests);
    http.createContext("/", this::handle);
    http.start();
    watcher = new ChangeWatcher(options.sourceRoot(), this::scheduleRebuild, options.polling());
    rebuilds.scheduleAtFixedRate(this::heartbeat, 15, 15, TimeUnit.SECONDS);
  }

  /** Builds the site and starts serving it. */
  public static DevServer start(Options options, PrintWriter log) throws IOException {
    return new DevServer(options, log);
  }

  /** The address of the site, e.g. {@code http://127.0.0.1:8000/}. */
  public String url() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + host + ":" + http.getAddress().getPort() + "/";
  }

  /** How many builds have finished, for tests that wait for one. */
  public long buildCount() {
    return builds.get();
  }

  /** True when changes are found by polling rather than file events. */
  public boolean polling() {
    return !watcher.usesEvents();
  }

  private void scheduleRebuild() {
    // Changes arriving during a build are folded into one more build after it.
    if (rebuildPending.compareAndSet(false, true)) {
      rebuilds.execute(
          () -> {
            rebuildPending.set(false);
            rebuild();
          });
    }
  }

  private synchronized void rebuild() {
    long start = System.nanoTime();
    boolean first = builds.get() == 0;
    SiteBuilder.Staged staged = builder.buildStaged(new BuildOptions(options.sourceRoot(), java.util.Optional.empty(),
        java.util.Optional.empty(), true), cache);
    BuildResult result = staged.pages();
    boolean hadErrors = !errors.isEmpty();
    List<String> changed = new ArrayList<>();
    Map<String, byte[]> previous = files;
    if (result.failed()) {
      errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
      errors.forEach(log::println);
      log.printf(Locale.ROOT, "Build failed with %d error%s; still serving the last good build.%n", errors.size(),
          errors.size() == 1 ? "" : "s");
    } else {
      Map<String, byte[]> next = new HashMap<>();
      for (OutputFile f : result.files()) {
        next.put(f.path(), f.bytes());
      }
      // Until the rest is made (just below), its last version is served.
      previous.forEach((p, bytes) -> {
        if (madeLater.contains(p)) {
          next.putIfAbsent(p, bytes);
        }
      });
      changed = changes(previous, next);
      files = next;
      errors = List.of();
      result.diagnostics().stream().filter(d -> d.severity() == versus.diag.Severity.WARNING).forEach(log::println);
    }
    log.flush();
    // Counted once its pages are served: tests wait for this, open pages are told now.
    builds.incrementAndGet();
    boolean all = hadErrors || !errors.isEmpty();
    if (all || !changed.isEmpty()) {
      broadcast("reload", reloadData(all, changed));
    }
    if (!result.failed()) {
      java.util.Set<String> made = new java.util.HashSet<>();
      result.files().forEach(f -> made.add(f.path()));
      List<String> restChanged = publishRest(staged.rest().get(), made);
      if (!first) {
        log.printf(Locale.ROOT, "Rebuilt in %d ms: %d file%s changed.%n", (System.nanoTime() - start) / 1_000_000,
            changed.size() + restChanged.size(), changed.size() + restChanged.size() == 1 ? "" : "s");
      }
      List<String> reload = new ArrayList<>(restChanged);
      if (restChanged.stream().anyMatch(p -> p.startsWith("/" + SearchIndexer.DIR))) {
        // An open search page must not mix the old index with the new one.
        reload.add("/" + SearchIndexer.DIR);
      }
      if (!reload.isEmpty()) {
        broadcast("reload", reloadData(false, reload));
      }
    }
    log.flush();
  }

  /**
   * Serves the second step of a build (the comparison and the search index) with the first; returns the paths that
   * changed.
   */
  private List<String> publishRest(List<OutputFile> rest, java.util.Set<String> made) {
    Map<String, byte[]> current = files;
    Map<String, byte[]> next = new HashMap<>();
    current.forEach((p, bytes) -> {
      if (made.contains(p)) {
        next.put(p, bytes);
      }
    });
    java.util.Set<String> later = new java.util.HashSet<>();
    for (OutputFile f : rest) {
      later.add(f.path());
      if (made.contains(f.path())) {
        // What a full build reports as an output clash: a static file where the index writes.
        log.println(Diagnostic.error(versus.diag.SourcePos.of("content/" + f.path()), "output-clash",
            "two things would be written to " + f.path() + "; rename the file"));
        continue;
      }
      next.put(f.path(), f.bytes());
    }
    List<String> changed = changes(current, next);
    files = next;
    madeLater = later;
    return changed;
  }

  private static List<String> changes(Map<String, byte[]> previous, Map<String, byte[]> next) {
    List<String> changed = new ArrayList<>();
    TreeSet<String> paths = new TreeSet<>(next.keySet());
    paths.addAll(previous.keySet());
    for (String p : paths) {
      if (!java.util.Arrays.equals(previous.get(p), next.get(p))) {
        changed.add("/" + (p.endsWith("index.html") ? p.substring(0, p.length() - 10) : p));
      }
    }
    return changed;
  }

  private static String reloadData(boolean all, List<String> changed) {
    StringBuilder json = new StringBuilder("{\"all\":").append(all).append(",\"paths\":[");
    for (int i = 0; i < changed.size() && i < 500; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(changed.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
          .append('"');
    }
    return json.append("]}").toString();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = RequestPaths.sitePath(exchange.getRequestURI());
      if (EVENTS.equals(exchange.getRequestURI().getPath())) {
        events(exchange);
        return;
      }
      if (LIVE_JS.equals(exchange.getRequestURI().getPath())) {
        send(exchange, 200, TYPES.get("js"), Resources.LIVE_JS);
        return;
      }
      if (OVERLAY_CSS.equals(exchange.getRequestURI().getPath())) {
        send(exchange, 200, TYPES.get("css"), Resources.OVERLAY_CSS);
        return;
      }
      Map<String, byte[]> site = files;
      byte[] body = path == null ? null : site.get(path);
      if (body == null && path != null && !path.isEmpty() && site.containsKey(path + "/index.html")) {
        // A folder without its slash: send the reader to the slash form, so relative links resolve.
        exchange.getResponseHeaders().set("Location", "/" + path + "/");
        send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
        return;
      }
      int status = 200;
      String name = path;
      if (body == null) {
        status = 404;
        name = "404.html";
        body = site.getOrDefault(name, "Not found".getBytes(StandardCharsets.UTF_8));
      }
      String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      if (ext.equals("html")) {
        body = inject(body);
      }
      send(exchange, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    } catch (IOException e) {
      // The browser went away mid-response; nothing to do.
    }
  }

  /** Adds the reload script, and the error overlay while the build is broken, before {@code </body>}. */
  private byte[] inject(byte[] page) {
    String html = new String(page, StandardCharsets.UTF_8);
    String extra = "<script src=\"" + LIVE_JS + "\" defer></script>";
    List<Diagnostic> current = errors;
    if (!current.isEmpty()) {
      extra = Overlay.html(current, options.sourceRoot()) + extra;
    }
    int at = html.lastIndexOf("</body>");
    html = at < 0 ? html + extra : html.substring(0, at) + extra + html.substring(at);
    return html.getBytes(StandardCharsets.UTF_8);
  }

  private void events(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    out.write("retry: 500\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    listeners.add(out);
    // Hold the request open until the browser leaves; writes from broadcast() go to this stream.
    synchronized (out) {
      try {
        while (listeners.contains(out)) {
          out.wait(1000);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void broadcast(String event, String data) {
    byte[] message = ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    for (OutputStream out : listeners) {
      synchronized (out) {
        try {
          out.write(message);
          out.flush();
        } catch (IOException e) {
          listeners.remove(out);
          out.notifyAll();
        }
      }
    }
  }

  private void heartbeat() {
    byte[] ping = ": ping\n\n".getBytes(StandardCharsets.UTF_8);
    for (OutputStream out : listeners) {
      synchronized (out) {
        try {
          out.write(ping);
          out.flush();
        } catch (IOException e) {
          listeners.remove(out);
          out.notifyAll();
        }
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    watcher.close();
    for (OutputStream out : listeners) {
      listeners.remove(out);
      synchronized (out) {
        out.notifyAll();
      }
    }
    http.stop(0);
    rebuilds.shutdownNow();
    requests.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

}
