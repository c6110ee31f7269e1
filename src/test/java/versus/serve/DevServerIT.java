package versus.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.testing.TestSite;

/** The real server on 127.0.0.1 with a real HTTP client: reloads, the error overlay, and what it refuses to serve. */
class DevServerIT {

  @TempDir Path dir;
  DevServer server;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NORMAL).build();
  final StringWriter log = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    TestSite.with("content/ecs.md", "# ECS\n\nECS runs containers on AWS.\n")
        .and("content/eks.md", "# EKS\n\nEKS runs Kubernetes.\n")
        .writeTo(dir);
    server = DevServer.start(new DevServer.Options(dir, "127.0.0.1", 0, false), new PrintWriter(log, true));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Opens the event stream and queues each event's data line. */
  BlockingQueue<String> events() throws Exception {
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    HttpResponse<InputStream> response =
        client.send(HttpRequest.newBuilder(URI.create(server.url() + "_versus/events")).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
    Thread reader =
        new Thread(() -> {
          try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
              if (line.startsWith("data: ")) {
                events.add(line.substring(6));
              }
            }
          } catch (IOException e) {
            // stream closed at the end of the test
          }
        });
    reader.setDaemon(true);
    reader.start();
    Thread.sleep(200); // the server registers the listener after sending the first bytes
    return events;
  }

  @Test
  void servesTheSiteWithTheReloadScriptOnlyInHtml() throws Exception {
    HttpResponse<String> home = get("");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(home.body()).contains("<script src=\"/_versus/live.js\" defer></script></body>");
    HttpResponse<String> css = get(home.body().replaceAll("(?s).*href=\"(assets/style\\.[0-9a-f]+\\.css)\".*", "$1"));
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
    assertThat(css.body()).doesNotContain("_versus");
    assertThat(get("_versus/live.js").body()).contains("EventSource");
    assertThat(get("ecs").statusCode()).as("folder without slash redirects").isEqualTo(200);
    assertThat(dir.resolve("site")).as("serve writes nothing").doesNotExist();
  }

  @Test
  void editingANoteRebuildsAndTellsOpenPagesToReload() throws Exception {
    BlockingQueue<String> events = events();
    long before = server.buildCount();
    long start = System.nanoTime();
    Files.writeString(dir.resolve("content/ecs.md"), "# ECS\n\nECS now runs on Fargate too.\n");
    String event = events.poll(10, TimeUnit.SECONDS);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(event).as("reload event").isNotNull().contains("\"all\":false").contains("\"/ecs/\"");
    assertThat(event).doesNotContain("\"/eks/\"");
    assertThat(server.buildCount()).isGreaterThan(before);
    assertThat(get("ecs/").body()).contains("ECS now runs on Fargate too.");
    System.out.println("serve: edit to reload event in " + millis + " ms (5-note site, includes the watcher's batching)");
  }

  @Test
  void aBrokenBuildShowsAnOverlayOverTheLastGoodPageUntilFixed() throws Exception {
    BlockingQueue<String> events = events();
    Files.writeString(dir.resolve("content/ecs.md"), "---\ntitle: [oops\n---\n# ECS\n\nBroken now.\n");
    assertThat(events.poll(10, TimeUnit.SECONDS)).contains("\"all\":true");
    String page = get("ecs/").body();
    assertThat(page).contains("<div id=\"versus-overlay\" role=\"alert\">");
    assertThat(page).contains("content/ecs.md:3:1").contains("front matter is not valid YAML");
    assertThat(page).contains("2 | title: [oops").contains("^");
    assertThat(page).as("last good build still served").contains("ECS runs containers on AWS.");
    assertThat(log.toString()).contains("still serving the last good build");

    Files.writeString(dir.resolve("content/ecs.md"), "# ECS\n\nFixed.\n");
    assertThat(events.poll(10, TimeUnit.SECONDS)).contains("\"all\":true");
    page = get("ecs/").body();
    assertThat(page).doesNotContain("versus-overlay").contains("Fixed.");
  }

  @Test
  void refusesPathsOutsideTheSite() throws Exception {
    Path outside = Files.writeString(dir.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(dir.resolve("content/link.txt"), outside);
    for (String path : new String[] {
      "/../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/ecs/..%5c..%5csecret.txt", "/content/ecs.md",
      "/link.txt", "/versus.yml", "/%00", "/ecs/%2e%2e/%2e%2e/secret.txt"
    }) {
      String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
      assertThat(response).as(path).startsWith("HTTP/1.1 404").doesNotContain("secret\n").doesNotContain("\r\n\r\nsecret");
    }
    assertThat(raw("DELETE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 405");
  }

  /** Sends a request exactly as written (HTTP clients would normalise the odd paths away). */
  String raw(String request) throws IOException {
    URI uri = URI.create(server.url());
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
