package org.newsevents.tools.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.records.OutputRecords;
import org.newsevents.tools.cli.OptionValues;
import org.newsevents.tools.eval.ActorScorer.Confusion;
import org.newsevents.tools.eval.ActorScorer.RoleCounts;
import org.newsevents.tools.eval.ActorScorer.Scores;
import org.newsevents.tools.eval.ActorSlots.Key;
import org.newsevents.tools.eval.ActorSlots.Slot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Scores the actor codes of a finished run against a gold file: a run directory and a gold TSV go
 * in; slot counts, exact and country accuracy, precision and recall of having a code and the top
 * confusions come out on standard output. {@code --worksheet} writes the run's slots without their
 * codes (doc id, offsets, role, text, sentence) for blind annotation; {@code --errors} writes the
 * wrongly coded slots.
 */
@Command(
    name = "eval-actors",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = "scores a finished run's actor codes against a gold TSV")
public final class EvalActors implements Callable<Integer> {

  /** The options of one scoring. */
  record Options(Path gold, Path output, int top, Path errors, Path worksheet) {}

  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      paramLabel = "FILE",
      description = "the gold TSV: doc_id, begin, end, role, code")
  Path gold;

  @Option(
      names = "--output",
      paramLabel = "RUN_DIR",
      required = true,
      description = "the output directory of a finished run")
  Path output;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "15",
      converter = OptionValues.AtLeastZero.class,
      description = "confusions listed")
  int top;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description = "write the wrongly coded slots as TSV")
  Path errors;

  @Option(
      names = "--worksheet",
      paramLabel = "FILE",
      description = "write the run's slots without their codes, for blind annotation")
  Path worksheet;

  /** The scores, and how the run's slots and the gold's slots met. */
  record Result(int runSlots, int goldSlots, int unannotated, int missing, Scores scores) {}

  @Override
  public Integer call() throws IOException {
    if (gold == null && worksheet == null) {
      throw new ParameterException(spec.commandLine(), "needs --gold=FILE or --worksheet=FILE");
    }
    Options options = new Options(gold, output, top, errors, worksheet);
    List<Slot> slots = ActorSlots.of(OutputRecords.in(options.output()).events());
    if (options.worksheet() != null) {
      Files.write(options.worksheet(), worksheet(slots), StandardCharsets.UTF_8);
    }
    if (options.gold() == null) {
      return 0;
    }
    Map<Key, String> goldCodes = ActorGold.read(options.gold());
    List<String> wrong = new ArrayList<>();
    Result result = score(slots, goldCodes, ActorGazetteer.standard()::countryOf, wrong);
    System.out.print(table(options, result));
    if (options.errors() != null) {
      Files.write(options.errors(), wrong, StandardCharsets.UTF_8);
    }
    return 0;
  }

  /**
   * Scores the slots present in both the run and the gold; {@code errors} receives a line per
   * wrongly coded slot. Slots of one side only are counted, not scored: the gold fixes codes, not
   * which phrases are participants.
   */
  static Result score(
      List<Slot> slots,
      Map<Key, String> gold,
      Function<String, String> countryOf,
      List<String> errors) {
    ActorScorer scorer = new ActorScorer(countryOf);
    int unannotated = 0;
    int matched = 0;
    for (Slot slot : slots) {
      String goldCode = gold.get(slot.key());
      if (goldCode == null) {
        unannotated++;
        continue;
      }
      matched++;
      String system = ActorSlots.code(slot);
      scorer.add(slot.key().role(), goldCode, system);
      if (!goldCode.equals(system)) {
        Key k = slot.key();
        errors.add(String.join("\t", columns(k), goldCode, system, oneLine(slot.text())));
      }
    }
    return new Result(
        slots.size(), gold.size(), unannotated, gold.size() - matched, scorer.scores());
  }

  /** A slot's key as the gold file's first columns: doc id, begin, end, role. */
  private static String columns(Key k) {
    return String.join(
        "\t", k.docId(), String.valueOf(k.begin()), String.valueOf(k.end()), k.role());
  }

  static List<String> worksheet(List<Slot> slots) {
    List<String> lines = new ArrayList<>();
    lines.add("doc_id\tbegin\tend\trole\ttext\tsentence");
    for (Slot slot : slots) {
      Key k = slot.key();
      lines.add(String.join("\t", columns(k), oneLine(slot.text()), oneLine(slot.sentence())));
    }
    return lines;
  }

  static String table(Options options, Result result) {
    Scores s = result.scores();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "Actor codes of %s against %s: %d run slots, %d gold slots, %d scored"
                + " (%d run slots not in the gold, %d gold slots not in the run)%n%n",
            options.output(),
            options.gold(),
            result.runSlots(),
            result.goldSlots(),
            s.slots(),
            result.unannotated(),
            result.missing()));
    out.append("| measure | value | count |\n|---|---|---|\n");
    out.append(row("exact code accuracy", s.exactAccuracy(), s.exact() + "/" + s.slots()));
    out.append(
        row(
            "country part agrees (none = none)",
            s.countryAgreement(),
            s.countryAgree() + "/" + s.slots()));
    out.append(
        row(
            "country accuracy (gold has a country)",
            s.countryAccuracy(),
            s.countryCorrect() + "/" + s.goldCountries()));
    prf(out, "country (system gives one vs gold has one)", s.country());
    prf(out, "has a code", s.hasCode());
    prf(out, "code (coded slots, exact)", s.exactCode());
    for (RoleCounts role : s.roles()) {
      out.append(
          row(
              "exact accuracy, " + role.role(),
              role.slots() == 0 ? 0 : (double) role.exact() / role.slots(),
              role.exact() + "/" + role.slots()));
    }
    out.append("\n| gold | system | slots |\n|---|---|---|\n");
    List<Confusion> confusions = s.confusions();
    for (Confusion c : confusions.subList(0, Math.min(options.top(), confusions.size()))) {
      out.append(String.format("| %s | %s | %d |%n", c.gold(), c.system(), c.count()));
    }
    return out.toString();
  }

  private static void prf(StringBuilder out, String name, Prf p) {
    out.append(row(name + ": precision", p.precision(), p.systemCorrect() + "/" + p.system()));
    out.append(row(name + ": recall", p.recall(), p.goldCorrect() + "/" + p.gold()));
    out.append(row(name + ": F1", p.f1(), ""));
  }

  private static String row(String name, double value, String count) {
    return String.format("| %s | %.3f | %s |%n", name, value, count);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
