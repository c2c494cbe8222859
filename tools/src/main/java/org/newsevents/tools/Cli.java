package org.newsevents.tools;

import java.util.Map;
import org.newsevents.tools.bench.Benchmark;
import org.newsevents.tools.bench.CheckNerGate;
import org.newsevents.tools.eval.EvalActors;
import org.newsevents.tools.eval.EvalAttribution;
import org.newsevents.tools.eval.EvalTimeMl;
import org.newsevents.tools.output.CompareOutputs;
import org.newsevents.tools.output.Export;
import org.newsevents.tools.output.Inspect;
import org.newsevents.tools.output.Report;
import org.newsevents.tools.train.TrainTimeMlLexicon;

/**
 * The jar's commands besides the pipeline itself: a command name and its arguments go in; the
 * command runs. {@code java -jar newsevents.jar eval-timeml --gold=DIR}.
 */
public final class Cli {

  /** A command's entry point. */
  interface Command {
    void run(String[] args) throws Exception;
  }

  private static final Map<String, Command> COMMANDS =
      Map.of(
          "benchmark", Benchmark::main,
          "check-ner-gate", CheckNerGate::main,
          "compare-outputs", CompareOutputs::main,
          "eval-actors", EvalActors::main,
          "eval-attribution", EvalAttribution::main,
          "eval-timeml", EvalTimeMl::main,
          "train-timeml-lexicon", TrainTimeMlLexicon::main,
          "inspect", Inspect::main,
          "export", Export::main,
          "report", Report::main);

  private Cli() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length))) {
      return;
    }
    org.newsevents.NewsEvents.main(
        args.length > 0 && args[0].equals("run")
            ? java.util.Arrays.copyOfRange(args, 1, args.length)
            : args);
  }

  /** Runs the named command and returns true, or returns false when the name is no command. */
  static boolean run(String name, String[] args) throws Exception {
    Command command = COMMANDS.get(name);
    if (command == null) {
      return false;
    }
    command.run(args);
    return true;
  }
}
