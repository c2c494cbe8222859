package org.newsevents.tools.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.events.EventClassifier;
import org.newsevents.nlp.events.TriggerModel;
import org.newsevents.nlp.time.DateModel;
import org.newsevents.tools.eval.TimeMlScorer.Result;

/**
 * K-fold document cross-validation of the event trigger and class models: annotated TimeML
 * documents go in; for each fold the models are trained on the other folds' documents ({@link
 * TimeMlEventModels#fit}, the class model's prior chosen among those documents only), the events of
 * the held-out documents are extracted with them and scored, and the event span P/R/F1 and class F1
 * per fold, their mean and spread, and the class confusion of the matched events ({@link
 * TimeMlClassConfusion}) come out. The rules, lexicons and everything else of the extractor are
 * fixed.
 */
final class TimeMlEventFolds {

  /**
   * One fold's held-out scores with the trigger model ({@code events}) and without it, the trained
   * counts and rules deciding ({@code countsOnly}), the class prior chosen for it and the held-out
   * documents' results with the trigger model.
   */
  record Fold(
      Result events,
      Result countsOnly,
      double sigma,
      List<EvalTimeMl.Scored> scored,
      long[] extractCpu,
      TriggerTuning.Tuned trigger,
      TimeMlEventErrors errors,
      Map<Double, TimeMlEventDates> datesByThreshold) {

    Fold(Result events, Result countsOnly, double sigma, List<EvalTimeMl.Scored> scored) {
      this(
          events,
          countsOnly,
          sigma,
          scored,
          new long[3],
          null,
          new TimeMlEventErrors(),
          new TreeMap<>());
    }
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private TimeMlEventFolds() {}

  /** Trains on the documents outside fold {@code f} and scores the documents inside it. */
  static Fold fold(
      ArticleAnalyzer analyzer,
      List<TimeMlFolds.Annotation> docs,
      int[] fold,
      int f,
      List<Double> sigmas,
      List<Double> triggerSigmas) {
    List<TimeMlEventModels.Annotated> training = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      if (fold[d] != f) {
        training.add(new TimeMlEventModels.Annotated(docs.get(d).doc(), docs.get(d).text()));
      }
    }
    TimeMlEventModels.Fitted models = TimeMlEventModels.fit(training, sigmas, triggerSigmas);
    DateModel dateModel = TimeMlEventModels.trainDateModel(training, analyzer);
    ArticleAnalyzer heldOut =
        analyzer
            .withEventModels(models.triggers(), models.triggerModel(), models.classifier())
            .withDateModel(dateModel);
    // The event dates again at each threshold for a candidate other than the rules' own, and
    // without the date model (RULES_ALONE): what the model adds.
    Map<Double, TimeMlEventDates> datesByThreshold = new TreeMap<>();
    for (double threshold : thresholds()) {
      ArticleAnalyzer at =
          heldOut.withDateModel(
              threshold == RULES_ALONE
                  ? DateModel.absent()
                  : dateModel.withAddThreshold(threshold));
      TimeMlEventDates dates = new TimeMlEventDates();
      for (int d = 0; d < docs.size(); d++) {
        if (fold[d] == f) {
          dates.add(EvalTimeMl.score(at, docs.get(d).doc(), docs.get(d).text()));
        }
      }
      datesByThreshold.put(threshold, dates);
    }
    ArticleAnalyzer countsOnly =
        analyzer.withEventModels(models.triggers(), TriggerModel.absent(), models.classifier());
    // Neither trigger nor class model (the rules' classes): only timed, for the models' cost.
    ArticleAnalyzer rulesOnly =
        analyzer.withEventModels(
            models.triggers(), TriggerModel.absent(), new EventClassifier(null));
    Result events = Result.empty(TimeMlTally.EVENT_ATTRIBUTES);
    Result baseline = Result.empty(TimeMlTally.EVENT_ATTRIBUTES);
    List<EvalTimeMl.Scored> scored = new ArrayList<>();
    long[] cpu = new long[3];
    TimeMlEventErrors errors = new TimeMlEventErrors();
    Map<String, Integer> seen = TimeMlEventErrors.seen(training);
    for (int d = 0; d < docs.size(); d++) {
      if (fold[d] == f) {
        long start = THREADS.getCurrentThreadCpuTime();
        EvalTimeMl.Scored one = EvalTimeMl.score(heldOut, docs.get(d).doc(), docs.get(d).text());
        long middle = THREADS.getCurrentThreadCpuTime();
        EvalTimeMl.Scored without =
            EvalTimeMl.score(countsOnly, docs.get(d).doc(), docs.get(d).text());
        long end = THREADS.getCurrentThreadCpuTime();
        EvalTimeMl.score(rulesOnly, docs.get(d).doc(), docs.get(d).text());
        cpu[0] += middle - start;
        cpu[1] += end - middle;
        cpu[2] += THREADS.getCurrentThreadCpuTime() - end;
        scored.add(one);
        errors.add(TimeMlTally.goldEvents(one.doc()), one.events(), docs.get(d).text(), seen);
        events = events.plus(eventScores(one));
        baseline = baseline.plus(eventScores(without));
      }
    }
    return new Fold(
        events, baseline, models.sigma(), scored, cpu, models.trigger(), errors, datesByThreshold);
  }

  private static Result eventScores(EvalTimeMl.Scored scored) {
    return TimeMlScorer.score(
        TimeMlTally.goldEvents(scored.doc()), scored.events(), TimeMlTally.EVENT_ATTRIBUTES);
  }

  /** Every fold, run on the pool (one task per fold). */
  static List<Fold> run(
      ArticleAnalyzer analyzer,
      List<TimeMlFolds.Annotation> docs,
      int k,
      List<Double> sigmas,
      List<Double> triggerSigmas,
      ExecutorService pool)
      throws InterruptedException, ExecutionException {
    int[] fold = TimeMlFolds.folds(docs.size(), k);
    List<Future<Fold>> futures = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      int which = f;
      futures.add(pool.submit(() -> fold(analyzer, docs, fold, which, sigmas, triggerSigmas)));
    }
    List<Fold> folds = new ArrayList<>();
    for (Future<Fold> future : futures) {
      folds.add(future.get());
    }
    return folds;
  }

  /**
   * The tables, with the trigger model and with the trained counts alone: event strict P/R/F1,
   * relaxed F1 and class P/R/F1 per fold, mean, sd, pooled.
   */
  static String table(List<Fold> folds, int documents) {
    TimeMlClassConfusion confusion = new TimeMlClassConfusion();
    folds.forEach(fold -> fold.scored().forEach(confusion::add));
    TimeMlEventErrors errors = new TimeMlEventErrors();
    folds.forEach(fold -> errors.addAll(fold.errors()));
    return table(folds, documents, true)
        + dateTable(folds)
        + thresholdTable(folds)
        + confusion.table()
        + table(folds, documents, false)
        + errors.table();
  }

  private static String table(List<Fold> folds, int documents, boolean withModel) {
    int k = folds.size();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "EVENT %d-fold document cross-validation (%d documents, seed %d): %s and class"
                + " model trained on the other folds%n",
            k,
            documents,
            TimeMlFolds.SEED,
            withModel ? "trigger model, trigger counts" : "trigger counts (no trigger model)"));
    StringBuilder header = new StringBuilder();
    for (int f = 1; f <= k; f++) {
      header.append(String.format(Locale.ROOT, "%6s ", "f" + f));
    }
    out.append(
        String.format(
            Locale.ROOT, "%-18s %s %6s %6s  %6s%n", "measure", header, "mean", "sd", "all"));
    Result all = Result.empty(TimeMlTally.EVENT_ATTRIBUTES);
    for (Fold fold : folds) {
      all = all.plus(withModel ? fold.events() : fold.countsOnly());
    }
    for (String measure :
        List.of(
            "strict P", "strict R", "strict F1", "relaxed F1", "class P", "class R", "class F1")) {
      double[] values = new double[k];
      StringBuilder cells = new StringBuilder();
      for (int f = 0; f < k; f++) {
        Fold fold = folds.get(f);
        values[f] = value(withModel ? fold.events() : fold.countsOnly(), measure);
        cells.append(String.format(Locale.ROOT, "%6.3f ", values[f]));
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%-18s %s %6.3f %6.3f  %6.3f%n",
              "event " + measure,
              cells,
              TimeMlFolds.mean(values),
              TimeMlFolds.sd(values),
              value(all, measure)));
    }
    if (withModel) {
      StringBuilder sigmas = new StringBuilder();
      for (Fold fold : folds) {
        sigmas.append(' ').append(fold.sigma());
      }
      out.append("class model prior chosen in each fold's training documents:" + sigmas + "\n");
      StringBuilder triggers = new StringBuilder();
      for (Fold fold : folds) {
        if (fold.trigger() != null) {
          triggers.append(
              String.format(
                  Locale.ROOT,
                  " %s/%.2f (inner F1 %.3f)",
                  fold.trigger().sigma(),
                  fold.trigger().threshold(),
                  fold.trigger().innerF1()));
        }
      }
      out.append(
          "trigger model prior/threshold chosen in each fold's training documents:"
              + triggers
              + "\n");
      long with = folds.stream().mapToLong(fold -> fold.extractCpu()[0]).sum();
      long without = folds.stream().mapToLong(fold -> fold.extractCpu()[1]).sum();
      long neither = folds.stream().mapToLong(fold -> fold.extractCpu()[2]).sum();
      out.append(
          String.format(
              Locale.ROOT,
              "extraction after annotation, per document (thread CPU, the analyzer's time"
                  + " normalizer included): %.1f ms with the trigger model, %.1f ms without,"
                  + " %.1f ms with neither the trigger nor the class model%n",
              with / 1e6 / Math.max(1, documents),
              without / 1e6 / Math.max(1, documents),
              neither / 1e6 / Math.max(1, documents)));
    }
    return out.toString();
  }

  /**
   * The event dates of each fold's held-out documents against the TLINKs ({@link
   * TimeMlEventDates}).
   */
  static TimeMlEventDates dates(Fold fold) {
    TimeMlEventDates dates = new TimeMlEventDates();
    fold.scored().forEach(dates::add);
    return dates;
  }

  /** The key of the date scores without the date model (the rules alone). */
  static final double RULES_ALONE = -1;

  /** The date model's thresholds the CV compares, after the rules alone. */
  private static List<Double> thresholds() {
    List<Double> thresholds = new ArrayList<>(List.of(RULES_ALONE));
    thresholds.addAll(DateModel.ADD_THRESHOLDS);
    return thresholds;
  }

  /**
   * The event date F1 (sentence dates, and all dates) per fold at each threshold of the date model
   * for a candidate other than the rules' own, with the mean of the folds.
   */
  static String thresholdTable(List<Fold> folds) {
    StringBuilder out = new StringBuilder();
    out.append(
        "event date F1 by the date model's threshold for a time the rules did not anchor"
            + " (per fold; mean; pooled P and R; \"rules\": without the date model):\n");
    for (double threshold : thresholds()) {
      for (String way : List.of("sentence", "any")) {
        double[] values = new double[folds.size()];
        StringBuilder cells = new StringBuilder();
        Prf pooled = Prf.ZERO;
        for (int f = 0; f < folds.size(); f++) {
          TimeMlEventDates d = folds.get(f).datesByThreshold().get(threshold);
          Prf prf = d == null ? Prf.ZERO : way.equals("sentence") ? d.sentence() : d.any();
          pooled = pooled.plus(prf);
          values[f] = value(prf, "F1");
          cells.append(String.format(Locale.ROOT, "%6.3f ", values[f]));
        }
        out.append(
            String.format(
                Locale.ROOT,
                "  %5s date %-8s F1 %s  %6.3f   pooled P %.3f R %.3f%n",
                threshold == RULES_ALONE ? "rules" : String.format(Locale.ROOT, "%.2f", threshold),
                way,
                cells,
                TimeMlFolds.mean(values),
                pooled.precision(),
                pooled.recall()));
      }
    }
    return out.toString();
  }

  /** Event date P/R/F1 per fold (our sentence dates only, and with the fallback), outcomes. */
  static String dateTable(List<Fold> folds) {
    int k = folds.size();
    TimeMlEventDates all = new TimeMlEventDates();
    List<TimeMlEventDates> perFold = new ArrayList<>();
    for (Fold fold : folds) {
      TimeMlEventDates d = dates(fold);
      perFold.add(d);
      all.addAll(d);
    }
    StringBuilder out = new StringBuilder();
    for (String way : List.of("sentence", "any")) {
      for (String measure : List.of("P", "R", "F1")) {
        double[] values = new double[k];
        StringBuilder cells = new StringBuilder();
        for (int f = 0; f < k; f++) {
          Prf prf = way.equals("sentence") ? perFold.get(f).sentence() : perFold.get(f).any();
          values[f] = value(prf, measure);
          cells.append(String.format(Locale.ROOT, "%6.3f ", values[f]));
        }
        Prf pooled = way.equals("sentence") ? all.sentence() : all.any();
        out.append(
            String.format(
                Locale.ROOT,
                "%-18s %s %6.3f %6.3f  %6.3f%n",
                "date " + way + " " + measure,
                cells,
                TimeMlFolds.mean(values),
                TimeMlFolds.sd(values),
                value(pooled, measure)));
      }
    }
    out.append(
        "(date sentence: only our dates from the sentence count as predicted; date any: the"
            + " publication-date fallback too)\n");
    out.append(all.table());
    return out.toString();
  }

  private static double value(Prf prf, String measure) {
    return switch (measure) {
      case "P" -> prf.precision();
      case "R" -> prf.recall();
      default -> prf.f1();
    };
  }

  /** Writes every held-out wrongly dated matched event of every fold to {@code file} as TSV. */
  static String writeDateErrors(java.nio.file.Path file, List<Fold> folds)
      throws java.io.IOException {
    List<String> rows = new ArrayList<>();
    rows.add("fold\toutcome\tdocument\tdct\ttrigger\tgold\tours\tsource\tmod\ttimex\tcontext");
    for (int f = 0; f < folds.size(); f++) {
      for (String row : dates(folds.get(f)).errors()) {
        rows.add((f + 1) + "\t" + row);
      }
    }
    java.nio.file.Files.write(file, rows, java.nio.charset.StandardCharsets.UTF_8);
    return "event date errors (" + (rows.size() - 1) + " rows): " + file + "\n";
  }

  /**
   * Writes every held-out missed and false event of every fold to {@code file} as TSV (fold,
   * document, missed or false, lemma, gold or our class, the span, the words around it) and returns
   * the line that names the file.
   */
  static String writeErrors(java.nio.file.Path file, List<Fold> folds) throws java.io.IOException {
    List<String> rows = new ArrayList<>();
    rows.add("fold\tdocument\tkind\tlemma\tclass\tspan\tcontext");
    for (int f = 0; f < folds.size(); f++) {
      for (EvalTimeMl.Scored scored : folds.get(f).scored()) {
        List<TimeMlScorer.Mention> gold = TimeMlTally.goldEvents(scored.doc());
        List<TimeMlScorer.Mention> ours = TimeMlScorer.distinctSpans(scored.events());
        for (TimeMlScorer.Mention event : gold) {
          if (TimeMlScorer.counterpart(event, ours) == null) {
            rows.add(errorRow(f, scored, "missed", event));
          }
        }
        for (TimeMlScorer.Mention event : ours) {
          if (TimeMlScorer.counterpart(event, gold) == null) {
            rows.add(errorRow(f, scored, "false", event));
          }
        }
      }
    }
    java.nio.file.Files.write(file, rows, java.nio.charset.StandardCharsets.UTF_8);
    return "event errors (" + (rows.size() - 1) + " rows): " + file + "\n";
  }

  private static String errorRow(
      int fold, EvalTimeMl.Scored scored, String kind, TimeMlScorer.Mention event) {
    String text = scored.doc().text();
    String lemma = scored.lemmas().get(event.begin());
    String context =
        text.substring(Math.max(0, event.begin() - 60), event.begin())
            + "[["
            + text.substring(event.begin(), event.end())
            + "]]"
            + text.substring(event.end(), Math.min(text.length(), event.end() + 40));
    return String.join(
        "\t",
        String.valueOf(fold + 1),
        scored.doc().docId(),
        kind,
        lemma == null ? event.text().toLowerCase(Locale.ROOT) : lemma.toLowerCase(Locale.ROOT),
        String.valueOf(event.attribute("class")),
        event.text(),
        context.replaceAll("\\s+", " "));
  }

  static double value(Result result, String measure) {
    String[] parts = measure.split(" ");
    Prf prf =
        switch (parts[0]) {
          case "strict" -> result.strict();
          case "relaxed" -> result.relaxed();
          default -> result.attribute(parts[0]);
        };
    return switch (parts[1]) {
      case "P" -> prf.precision();
      case "R" -> prf.recall();
      default -> prf.f1();
    };
  }
}
