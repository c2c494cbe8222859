package org.newsevents;

import java.util.Map;
import org.newsevents.bench.Benchmark;
import org.newsevents.bench.CheckNerGate;
import org.newsevents.dataset.Export;
import org.newsevents.dataset.Inspect;
import org.newsevents.dataset.Report;
import org.newsevents.eval.EvalActors;
import org.newsevents.eval.EvalAttribution;
import org.newsevents.eval.EvalTimeMl;
import org.newsevents.eval.TrainTimeMlLexicon;

/**
 * The jar's commands besides the pipeline itself: a command name and its arguments go in; the
 * command runs. {@code java -jar newsevents.jar eval-timeml --gold=DIR}.
 */
final class Commands {

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

  private Commands() {}

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
