package org.yjtracker.reportimport.control;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Parse time per sample report: warms up, then times single parses and prints the mean, median and
 * 95th percentile of the elapsed time, and the median CPU time of the parsing thread (which other
 * processes on a busy machine disturb less). Not a test, because timings depend on the machine; run
 * it with
 *
 * <pre>
 * ./mvnw -B -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.yjtracker.reportimport.control.ReportParserBenchmark
 * </pre>
 *
 * Optional arguments (-Dexec.args="300 600"): warm-up rounds and measured rounds, by default 1000
 * and 500.
 */
public final class ReportParserBenchmark {

  private ReportParserBenchmark() {}

  public static void main(String[] args) {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    ReportParser parser = new ReportParser();
    String[] texts = Reports.NAMES.stream().map(Reports::text).toArray(String[]::new);
    for (int i = 0; i < warmUp; i++) {
      for (String text : texts) {
        parser.parse(text);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Java %s, %d processors, %d warm-up and %d measured rounds per report%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        warmUp,
        rounds);
    System.out.printf(
        Locale.ROOT,
        "%-20s %6s %9s %9s %9s %9s%n",
        "report",
        "KB",
        "mean ms",
        "median",
        "p95",
        "cpu med.");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < texts.length; r++) {
      long[] nanos = new long[rounds];
      long[] cpu = new long[rounds];
      int recommendations = 0;
      for (int i = 0; i < rounds; i++) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        recommendations += parser.parse(texts[r]).recommendations().size();
        nanos[i] = System.nanoTime() - start;
        cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
      }
      Arrays.sort(nanos);
      Arrays.sort(cpu);
      System.out.printf(
          Locale.ROOT,
          "%-20s %6.0f %9.2f %9.2f %9.2f %9.2f%s%n",
          Reports.NAMES.get(r),
          texts[r].getBytes(StandardCharsets.UTF_8).length / 1024.0,
          Arrays.stream(nanos).average().orElse(0) / 1e6,
          nanos[rounds / 2] / 1e6,
          nanos[(int) (rounds * 0.95)] / 1e6,
          cpu[rounds / 2] / 1e6,
          recommendations == 0 ? " (no recommendations?)" : "");
    }
  }
}
