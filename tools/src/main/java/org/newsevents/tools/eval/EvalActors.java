package org.newsevents.tools.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.records.OutputRecords;
import org.newsevents.tools.eval.ActorScorer.Confusion;
import org.newsevents.tools.eval.ActorScorer.RoleCounts;
import org.newsevents.tools.eval.ActorScorer.Scores;
import org.newsevents.tools.eval.ActorSlots.Key;
import org.newsevents.tools.eval.ActorSlots.Slot;

/**
 * Scores the actor codes of a finished run against a gold file: a run directory and a gold TSV go
 * in; slot counts, exact and country accuracy, precision and recall of having a code and the top
 * confusions come out on standard output.
 *
 * <p>Usage: {@code eval-actors --gold=FILE --output=RUN_DIR [--top=N] [--errors=FILE]
 * [--worksheet=FILE]}. {@code --worksheet} writes the run's slots without their codes (doc id,
 * offsets, role, text, sentence) for blind annotation; {@code --errors} writes the wrongly coded
 * slots.
 */
public final class EvalActors {

  /** Command-line options, resolved once. */
  record Options(Path gold, Path output, int top, Path errors, Path worksheet) {

    static Options parse(String[] args) {
      Map<String, String> values = new LinkedHashMap<>();
      for (String arg : args) {
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg : arg.substring(0, eq);
        if (!List.of("--gold", "--output", "--top", "--errors", "--worksheet").contains(name)) {
          throw new IllegalArgumentException(
              "eval-actors: unknown option '"
                  + arg
                  + "'; usage: --gold=FILE --output=RUN_DIR [--top=N] [--errors=FILE]"
                  + " [--worksheet=FILE]");
        }
        values.put(name, arg.substring(eq + 1));
      }
      if (!values.containsKey("--output")) {
        throw new IllegalArgumentException("eval-actors: --output=RUN_DIR is required");
      }
      if (!values.containsKey("--gold") && !values.containsKey("--worksheet")) {
        throw new IllegalArgumentException("eval-actors: --gold=FILE (or --worksheet=FILE)");
      }
      return new Options(
          path(values.get("--gold")),
          Path.of(values.get("--output")),
          Integer.parseInt(values.getOrDefault("--top", "15")),
          path(values.get("--errors")),
          path(values.get("--worksheet")));
    }

    private static Path path(String value) {
      return value == null ? null : Path.of(value);
    }
  }

  /** The scores, and how the run's slots and the gold's slots met. */
  record Result(int runSlots, int goldSlots, int unannotated, int missing, Scores scores) {}

  private EvalActors() {}

  public static void main(String[] args) throws IOException {
    Options options = Options.parse(args);
    List<Slot> slots = ActorSlots.of(OutputRecords.in(options.output()).events());
    if (options.worksheet() != null) {
      Files.write(options.worksheet(), worksheet(slots), StandardCharsets.UTF_8);
    }
    if (options.gold() == null) {
      return;
    }
    Map<Key, String> gold = ActorGold.read(options.gold());
    List<String> errors = new ArrayList<>();
    Result result = score(slots, gold, ActorGazetteer.standard()::countryOf, errors);
    System.out.print(table(options, result));
    if (options.errors() != null) {
      Files.write(options.errors(), errors, StandardCharsets.UTF_8);
    }
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
