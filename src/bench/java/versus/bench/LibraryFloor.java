package versus.bench;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The least a generator built on this project's libraries must do, as a whole process: read each note, render it with
 * flexmark (the extensions Versus uses), parse and sanitize the HTML with jsoup, and write one page per note, on one
 * thread per core. No repair, comparison, search, theme, tables as SVG or diagrams. Its time, measured from outside
 * with the launcher's JVM options, is the floor under Versus's: what no change to Versus's own code can go below
 * while it keeps flexmark and jsoup on a Java 17 JVM.
 *
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; mvn -q -Pbench test-compile
 * /usr/bin/time -v java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
 *     -cp target/test-classes:target/versus.jar versus.bench.LibraryFloor CONTENT_DIR OUT_DIR
 * </pre>
 */
public final class LibraryFloor {

  private LibraryFloor() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: LibraryFloor CONTENT_DIR OUT_DIR");
      System.exit(2);
    }
    Path content = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<Path> notes;
    try (Stream<Path> files = Files.list(content)) {
      notes = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
            AutolinkExtension.create()));
    Parser parser = Parser.builder(options).build();
    HtmlRenderer renderer = HtmlRenderer.builder(options).build();
    Cleaner cleaner = new Cleaner(Safelist.relaxed());
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    List<Future<?>> done =
        notes.stream()
            .<Future<?>>map(note -> pool.submit(() -> page(note, out, parser, renderer, cleaner)))
            .toList();
    long bytes = 0;
    for (Future<?> f : done) {
      bytes += (Long) f.get();
    }
    pool.shutdown();
    System.out.println(notes.size() + " pages, " + bytes + " bytes");
  }

  private static long page(Path note, Path out, Parser parser, HtmlRenderer renderer, Cleaner cleaner) {
    try {
      String markdown = Files.readString(note, StandardCharsets.UTF_8);
      Document dirty = Jsoup.parseBodyFragment(renderer.render(parser.parse(markdown)));
      String html = "<!doctype html><title>" + note.getFileName() + "</title>" + cleaner.clean(dirty).body().html();
      String name = note.getFileName().toString();
      Path dir = out.resolve(name.substring(0, name.length() - 3));
      Files.createDirectories(dir);
      byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve("index.html"), bytes);
      return bytes.length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
