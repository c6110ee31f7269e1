package versus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import versus.serve.DevServer;

/** {@code versus serve}: the site in memory, rebuilt and reloaded as you edit. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the site from memory and rebuild it when content/, themes/ or versus.yml change;",
      "open pages reload by themselves. Nothing is written to site/. Stop with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "DIR", description = "Project folder (default: the current folder).")
  Path source = Path.of(".");

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: 8000; 0 picks a free one).")
  int port = 8000;

  @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: 127.0.0.1, this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--open", description = "Open the site in the default browser.")
  boolean open;

  @Option(names = "--poll", description = "Look for changes by polling instead of file-system events.")
  boolean poll;

  @Option(names = "--debug", description = "Print stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path root = source.toAbsolutePath().normalize();
    if (!Files.isDirectory(root.resolve("content"))) {
      err.println("content/: error[no-content]: no content folder here; create content/ and put your Markdown notes in it");
      return 1;
    }
    DevServer server;
    try {
      server = DevServer.start(new DevServer.Options(root, host, port, poll), err);
    } catch (BindException e) {
      err.println("error: cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); try --port 0 for a free port");
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              out.println("Stopped.");
              out.flush();
              stopped.countDown();
            },
            "versus-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("Serving " + root.getFileName() + " at " + server.url() + (server.polling() ? " (polling for changes)" : ""));
    out.println("Press Ctrl-C to stop.");
    out.flush();
    if (open) {
      openBrowser(server.url(), err);
    }
    stopped.await();
    return 0;
  }

  private static void openBrowser(String url, PrintWriter err) {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    String[] command =
        os.contains("mac") ? new String[] {"open", url}
            : os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", url}
            : new String[] {"xdg-open", url};
    try {
      new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      err.println("note: could not open a browser (" + e.getMessage() + "); open " + url + " yourself");
    }
  }
}
