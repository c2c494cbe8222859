package org.newsevents.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsevents.NewsEvents;
import org.newsevents.RunLog;
import org.newsevents.nlp.Provenance;
import org.newsevents.tools.bench.Benchmark;
import org.newsevents.tools.bench.CheckNerGate;
import org.newsevents.tools.eval.EvalActors;
import org.newsevents.tools.eval.EvalAttribution;
import org.newsevents.tools.eval.EvalTimeMl;
import org.newsevents.tools.output.CompareOutputs;
import org.newsevents.tools.output.Export;
import org.newsevents.tools.output.Inspect;
import org.newsevents.tools.output.Report;
import org.newsevents.tools.train.TrainAttribution;
import org.newsevents.tools.train.TrainTimeMlLexicon;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The newsevents command line: the arguments of {@code ./newsevents} go in; the named command runs
 * and its exit code comes out (0 done, 1 failed, 2 wrong arguments).
 */
@Command(
    name = "newsevents",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.Versions.class,
    synopsisSubcommandLabel = "COMMAND",
    description = "News articles in; statement and event records out.",
    footer = {
      "",
      "newsevents COMMAND --help lists a command's options with their defaults.",
      "Options with no command run the pipeline: newsevents --input=DIR is newsevents run"
          + " --input=DIR."
    },
    subcommands = {
      Cli.Run.class,
      Inspect.class,
      Export.class,
      Report.class,
      CompareOutputs.class,
      EvalTimeMl.class,
      EvalAttribution.class,
      EvalActors.class,
      TrainTimeMlLexicon.class,
      TrainAttribution.class,
      Benchmark.class,
      CheckNerGate.class
    })
public final class Cli implements Callable<Integer> {

  static final String VERBOSE = "--verbose";
  private static final String VERBOSE_HELP = "on a failure, print the stack trace too";

  @Spec CommandSpec spec;

  @Option(names = VERBOSE, description = VERBOSE_HELP)
  boolean verbose;

  public static void main(String[] args) {
    String[] withCommand = withCommand(args);
    Path log = logToFile(withCommand);
    int code = commandLine().execute(withCommand);
    if (log != null && Files.isRegularFile(log)) {
      System.err.println("log: " + log);
    }
    System.exit(code);
  }

  /** The commands that load CoreNLP and would fill the console with its log lines. */
  private static final Set<String> LOGGING_COMMANDS =
      Set.of(
          "eval-timeml",
          "eval-attribution",
          "eval-actors",
          "train-attribution",
          "train-timeml-lexicon",
          "benchmark",
          "check-ner-gate");

  /**
   * A command that loads CoreNLP writes Beam's and CoreNLP's log lines to {@code
   * newsevents-COMMAND.log} in the working directory (returned; null when it does not); with {@code
   * --verbose}, or when only asking for help, they stay on the console. ({@code run} keeps its log
   * in its output directory.)
   */
  static Path logToFile(String[] args) {
    List<String> given = List.of(args);
    if (given.isEmpty()
        || !LOGGING_COMMANDS.contains(given.get(0))
        || given.contains(VERBOSE)
        || given.contains("--help")
        || given.contains("-h")
        || given.contains("--version")
        || given.contains("-V")) {
      return null;
    }
    return RunLog.toFile(Path.of("newsevents-" + given.get(0) + ".log"));
  }

  /** Every command, with the versions, {@code --verbose} and one-line errors. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Cli());
    // An @file argument is data to the commands (and to Beam), never a file of arguments.
    cli.setExpandAtFiles(false);
    // The hand-written parsers let the last --name=value win; scripts may rely on that.
    cli.setOverwrittenOptionsAllowed(true);
    for (CommandLine command : cli.getSubcommands().values()) {
      if (command.getCommand() instanceof Run) {
        // Everything after "run" is the pipeline's, --help included.
        command.setUnmatchedOptionsArePositionalParams(true);
        command.setStopAtPositional(true);
      } else {
        command.getCommandSpec().versionProvider(new Versions());
        command
            .getCommandSpec()
            .addOption(OptionSpec.builder(VERBOSE).description(VERBOSE_HELP).build());
      }
    }
    cli.setParameterExceptionHandler(OneLineErrors::wrongArguments);
    cli.setExecutionExceptionHandler(OneLineErrors::failure);
    return cli;
  }

  /**
   * The old jar ran the pipeline when given options and no command, so options before any command
   * name mean {@code run}; {@code --help} and {@code --version} stay the launcher's own.
   */
  static String[] withCommand(String[] args) {
    for (String arg : args) {
      if (arg.equals(VERBOSE)) {
        continue;
      }
      if (arg.startsWith("--") && !arg.equals("--help") && !arg.equals("--version")) {
        List<String> run = new ArrayList<>(List.of("run"));
        run.addAll(List.of(args));
        return run.toArray(String[]::new);
      }
      break;
    }
    return args;
  }

  /** No command: the list of commands. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** The pipeline: its arguments go untouched to {@link NewsEvents#run(String[])}. */
  @Command(
      name = "run",
      description =
          "the pipeline: articles in, records out; its options are Beam PipelineOptions"
              + " (run --help lists them)")
  static final class Run implements Callable<Integer> {

    @Parameters(paramLabel = "OPTION", description = "--input=…, --output=…, --profile=…")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
      return NewsEvents.run(args.toArray(String[]::new));
    }
  }

  /** The versions recorded in every record's provenance ({@link Provenance}), one per line. */
  static final class Versions implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "newsevents " + Provenance.pipelineVersion(),
        "schemas " + Provenance.schemaVersion(),
        "models " + Provenance.modelsDigest(),
        "CoreNLP " + Provenance.coreNlpVersion()
      };
    }
  }
}
