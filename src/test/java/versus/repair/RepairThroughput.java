package versus.repair;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A rough throughput measurement (not a test; the JMH benchmark replaces it): repairs about 8 MB of clean notes and of
 * broken notes several times after a warm-up and prints MB/s of UTF-8 input. Run from the project directory:
 * {@code java -cp target/classes:target/test-classes versus.repair.RepairThroughput}.
 */
public final class RepairThroughput {

  private static final int TARGET_BYTES = 8 << 20;

  private RepairThroughput() {}

  public static void main(String[] args) throws IOException {
    MojibakeRepairer repairer = new MojibakeRepairer();
    String clean = read("ecs-eks-basics.md") + read("ecs-vs-kubernetes.md");
    String broken = read("ecs-eks-app-runner.md") + read("ecs-eks-fargate-ecr.md") + read("ecs-vs-eks-deep-dive.md");
    report("clean notes (001, 002)", repairer, clean);
    report("clean ASCII", repairer, clean.replaceAll("[^\\x00-\\x7F]", "-"));
    report("broken notes (000, 003, 004)", repairer, broken);
    report("  windows-1254, lossy (000)", repairer, read("ecs-eks-app-runner.md"));
    report("  Mac Roman (004)", repairer, read("ecs-vs-eks-deep-dive.md"));
  }

  private static void report(String label, MojibakeRepairer repairer, String note) {
    // many notes of a realistic size, as a build repairs them: one call per note
    int copies = Math.max(1, TARGET_BYTES / note.getBytes(StandardCharsets.UTF_8).length);
    long bytes = (long) copies * note.getBytes(StandardCharsets.UTF_8).length;
    long sink = 0;
    for (int warm = 0; warm < 3; warm++) {
      for (int i = 0; i < copies; i++) {
        sink += repairer.repair(note).text().length();
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    for (int run = 0; run < 5; run++) {
      long start = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < copies; i++) {
        sink += repairer.repair(note).text().length();
      }
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
      bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
    }
    // CPU time of this thread is what the code costs; wall time also counts other processes on a shared machine
    System.out.printf(
        Locale.ROOT, "%-30s %7.1f MB/s of CPU time, %7.1f MB/s wall  (%d notes, %.1f MB) [%d]%n",
        label, bytes / 1e6 / bestCpu, bytes / 1e6 / best, copies, bytes / 1e6, sink % 7);
  }

  private static String read(String note) throws IOException {
    return Files.readString(Path.of("content", note), StandardCharsets.UTF_8);
  }
}
