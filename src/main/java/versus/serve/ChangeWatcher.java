package versus.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Watches {@code content/}, {@code themes/} and {@code versus.yml} and calls back once per burst of changes (editors
 * save in several steps: a temporary file, a rename, a touch). Uses the platform's file events where it has them and
 * falls back to comparing modification times every few hundred milliseconds where it does not (some network and
 * container file systems).
 */
final class ChangeWatcher implements AutoCloseable {

  /** Changes closer together than this are one change. */
  static final long QUIET_MILLIS = 40;
  private static final long POLL_MILLIS = 250;

  private final Path root;
  private final Runnable onChange;
  private final Thread thread;
  private volatile boolean running = true;
  private WatchService service;

  ChangeWatcher(Path root, Runnable onChange, boolean forcePolling) {
    this.root = root;
    this.onChange = onChange;
    if (!forcePolling) {
      try {
        service = FileSystems.getDefault().newWatchService();
        registerAll();
      } catch (IOException | UnsupportedOperationException e) {
        service = null;
      }
    }
    thread = new Thread(service != null ? this::watchEvents : this::poll, "versus-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  /** True when file events are used; false when polling. */
  boolean usesEvents() {
    return service != null;
  }

  private void registerAll() throws IOException {
    service.close();
    service = FileSystems.getDefault().newWatchService();
    root.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
    for (String dir : new String[] {"content", "themes"}) {
      Path d = root.resolve(dir);
      if (Files.isDirectory(d)) {
        Files.walkFileTree(
            d,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path p, BasicFileAttributes attrs) throws IOException {
                p.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
              }
            });
      }
    }
  }

  private void watchEvents() {
    while (running) {
      try {
        WatchKey key = service.take();
        boolean relevant = drain(key);
        // Wait for the burst to end, taking everything that arrives meanwhile.
        WatchKey more;
        while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          relevant |= drain(more);
        }
        if (relevant && running) {
          registerAll(); // new folders need watching too
          onChange.run();
        }
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      } catch (IOException e) {
        // A folder vanished while registering; the next event or poll sees the new state.
      }
    }
  }

  private boolean drain(WatchKey key) {
    boolean relevant = false;
    Path dir = (Path) key.watchable();
    for (var event : key.pollEvents()) {
      Object context = event.context();
      if (context instanceof Path name) {
        Path p = dir.resolve(name);
        relevant |= relevant(p);
      } else {
        relevant = true; // overflow: something changed, we don't know what
      }
    }
    key.reset();
    return relevant;
  }

  private boolean relevant(Path p) {
    String name = p.getFileName().toString();
    if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) {
      return false;
    }
    return !p.getParent().equals(root) || name.equals("versus.yml") || name.equals("content") || name.equals("themes");
  }

  private void poll() {
    Map<Path, Long> last = snapshot();
    while (running) {
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      Map<Path, Long> now = snapshot();
      if (!Objects.equals(now, last)) {
        last = now;
        onChange.run();
      }
    }
  }

  private Map<Path, Long> snapshot() {
    Map<Path, Long> out = new HashMap<>();
    try {
      Path config = root.resolve("versus.yml");
      if (Files.exists(config)) {
        out.put(config, Files.getLastModifiedTime(config).toMillis() ^ Files.size(config));
      }
      for (String dir : new String[] {"content", "themes"}) {
        Path d = root.resolve(dir);
        if (Files.isDirectory(d)) {
          try (var walk = Files.walk(d)) {
            for (Path p : walk.filter(f -> relevant(f) && Files.isRegularFile(f)).toList()) {
              out.put(p, Files.getLastModifiedTime(p).toMillis() * 31 + Files.size(p));
            }
          }
        }
      }
    } catch (IOException e) {
      // A file vanished mid-walk; the next poll sees the settled state.
    }
    return out;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    if (service != null) {
      try {
        service.close();
      } catch (IOException e) {
        // Closing on shutdown; nothing useful to do.
      }
    }
  }
}
