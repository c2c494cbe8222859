package org.newsevents;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.model.jobmanagement.v1.JobApi.PipelineOptionDescriptor;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * The command line of a run: its arguments go in; the request for help, the verbose switch, the
 * output directory (known before Beam logs anything) and the arguments for Beam come out. An
 * unknown option is a {@link UsageException} naming the nearest known one.
 */
final class RunArguments {

  /** A mistake in the command line: one line for the user, exit code 2. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  static final String VERBOSE = "--verbose";

  private static final int HELP_WIDTH = 100;

  private final List<String> beamArgs = new ArrayList<>();
  private boolean help;
  private boolean verbose;
  private String output;

  private RunArguments() {}

  /** Reads {@code args} without touching Beam, so that logging can be set up first. */
  static RunArguments of(String[] args) {
    RunArguments parsed = new RunArguments();
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        parsed.help = true;
      } else if (arg.equals(VERBOSE)) {
        parsed.verbose = true;
      } else {
        if (arg.startsWith("--output=")) {
          parsed.output = arg.substring("--output=".length());
        }
        parsed.beamArgs.add(arg);
      }
    }
    return parsed;
  }

  boolean help() {
    return help;
  }

  boolean verbose() {
    return verbose;
  }

  /** The output directory as given, else the option's default. */
  String output() {
    if (output != null && !output.isBlank()) {
      return output;
    }
    try {
      return NewsEventsOptions.class
          .getMethod("getOutput")
          .getAnnotation(Default.String.class)
          .value();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The arguments for Beam's options parser, after every option name was checked. */
  String[] beamArgs() {
    // Registered so that Beam knows our options (and --help=NewsEventsOptions lists them).
    PipelineOptionsFactory.register(NewsEventsOptions.class);
    Set<String> known = new TreeSet<>();
    for (PipelineOptionDescriptor option :
        PipelineOptionsFactory.describe(PipelineOptionsFactory.getRegisteredOptions())) {
      known.add(camelCase(option.getName()));
    }
    for (String arg : beamArgs) {
      if (!arg.startsWith("--")) {
        throw new UsageException("unexpected argument " + arg + " (options are --name=value)");
      }
      int eq = arg.indexOf('=');
      String name = arg.substring(2, eq < 0 ? arg.length() : eq);
      if (!known.contains(name)) {
        throw new UsageException(
            "unknown option --" + name + " (did you mean --" + nearest(name, known) + "?)");
      }
    }
    return beamArgs.toArray(String[]::new);
  }

  /** The known name closest to {@code name}: the pipeline's own options win ties. */
  static String nearest(String name, Set<String> known) {
    Set<String> own = ownOptionNames();
    return known.stream()
        .min(
            Comparator.comparingInt((String k) -> distance(name, k))
                .thenComparing(k -> own.contains(k) ? 0 : 1)
                .thenComparing(Comparator.naturalOrder()))
        .orElseThrow();
  }

  private static Set<String> ownOptionNames() {
    Set<String> names = new TreeSet<>();
    for (PipelineOptionDescriptor option :
        PipelineOptionsFactory.describe(Set.of(NewsEventsOptions.class))) {
      if (option.getGroup().equals(NewsEventsOptions.class.getName())) {
        names.add(camelCase(option.getName()));
      }
    }
    return names;
  }

  /** Edit distance with transpositions (optimal string alignment), case-insensitive. */
  static int distance(String a, String b) {
    a = a.toLowerCase(Locale.ROOT);
    b = b.toLowerCase(Locale.ROOT);
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** The run's options with their defaults: the pipeline's own, then the runner's choice. */
  static void printHelp(PrintStream out) {
    out.println("Usage: newsevents run [--name=value ...]");
    out.println("Reads news articles and writes article, event, cluster and error records (Avro).");
    out.println();
    for (PipelineOptionDescriptor option :
        PipelineOptionsFactory.describe(Set.of(NewsEventsOptions.class))) {
      if (option.getGroup().equals(NewsEventsOptions.class.getName())) {
        // A default made by a factory is described in the option's text.
        String fallback =
            option.getDefaultValue().endsWith("Factory") ? "" : option.getDefaultValue();
        printOption(out, camelCase(option.getName()), fallback, option.getDescription());
      }
    }
    printOption(
        out, "runner", "DirectRunner", "Beam runner: DirectRunner, FlinkRunner or DataflowRunner.");
    printOption(
        out,
        VERBOSE.substring(2),
        "",
        "Beam's and CoreNLP's log on the console instead of <output>/" + RunLog.FILE_NAME + ".");
    out.println();
    out.println(
        "A runner's own options: --help=FlinkPipelineOptions, --help=DataflowPipelineOptions.");
  }

  private static void printOption(PrintStream out, String name, String fallback, String text) {
    String all =
        text.replaceAll("\\s+", " ") + (fallback.isEmpty() ? "" : " Default: " + fallback + ".");
    StringBuilder line = new StringBuilder(String.format("  --%-26s", name));
    for (String word : all.split(" ")) {
      if (line.length() + word.length() >= HELP_WIDTH) {
        out.println(line.toString().stripTrailing());
        line = new StringBuilder(" ".repeat(30));
      }
      line.append(' ').append(word);
    }
    out.println(line.toString().stripTrailing());
  }

  /** Beam describes options in snake case; they are given in camel case. */
  static String camelCase(String snake) {
    StringBuilder camel = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return camel.toString();
  }
}
