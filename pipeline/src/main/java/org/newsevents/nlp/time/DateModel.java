package org.newsevents.nlp.time;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.ling.IndexedWord;
import java.time.LocalDate;
import java.util.List;
import org.newsevents.nlp.attribution.ModelTables;
import org.newsevents.nlp.events.ModelTimes;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * The trained event date model (models/lexicons/timeml-date-model.tsv, a CoreNLP linear classifier
 * over {@link DateFeatures}, labels IN and O): an event's trigger and the calendar time expressions
 * of its sentence go in; the expression the event most probably happened within comes out, when its
 * probability is at least one half. Learned from the TLINKs of TimeBank and AQUAINT that put an
 * event inside a DATE or TIME of its sentence. Without the table the rules decide ({@link
 * #absent}).
 */
public final class DateModel {

  public static final String IN = "IN";
  public static final String OUT = "O";

  private static final String RESOURCE = "newsevents/lexicons/timeml-date-model.tsv";
  private static final DateModel STANDARD = load(RESOURCE);

  /**
   * The probability a candidate other than the rules' own needs to be chosen: chosen by the TimeML
   * cross-validation ({@code eval-timeml --folds} prints the event date F1 at each of {@link
   * #ADD_THRESHOLDS}; 0.5 was highest, docs/eval-timeml.md).
   */
  public static final double ADD_THRESHOLD = 0.5;

  /** The thresholds the cross-validation compares. */
  public static final List<Double> ADD_THRESHOLDS = List.of(0.5, 0.7, 0.8, 0.9, 0.95);

  private final LinearClassifier<String, String> model;
  private final double addThreshold;

  public DateModel(LinearClassifier<String, String> model) {
    this(model, ADD_THRESHOLD);
  }

  private DateModel(LinearClassifier<String, String> model, double addThreshold) {
    this.model = model;
    this.addThreshold = addThreshold;
  }

  /** The same model with another threshold for a candidate the rules did not choose. */
  public DateModel withAddThreshold(double threshold) {
    return new DateModel(model, threshold);
  }

  public static DateModel standard() {
    return STANDARD;
  }

  /** No model: the rules anchor every time. */
  public static DateModel absent() {
    return new DateModel(null);
  }

  public boolean present() {
    return model != null;
  }

  /** The probability that the event of {@code trigger} happened within {@code timex}. */
  public double probability(
      AnnotatedText text,
      int sentence,
      IndexedWord trigger,
      Timexes.Mention timex,
      List<Timexes.Mention> candidates,
      LocalDate published) {
    List<String> features = DateFeatures.of(text, sentence, trigger, timex, candidates, published);
    return model.probabilityOf(new BasicDatum<String, String>(features)).getCount(IN);
  }

  /** The most probable candidate of an event and its probability. */
  public record Choice(Timexes.Mention timex, double probability) {}

  /** The candidate with the highest probability; null without a model or candidates. */
  public Choice best(
      AnnotatedText text,
      int sentence,
      IndexedWord trigger,
      List<Timexes.Mention> candidates,
      LocalDate published) {
    if (model == null || candidates.isEmpty()) {
      return null;
    }
    long start = System.nanoTime();
    Timexes.Mention best = null;
    double bestP = -1;
    for (Timexes.Mention timex : candidates) {
      double p = probability(text, sentence, trigger, timex, candidates, published);
      if (p > bestP) {
        best = timex;
        bestP = p;
      }
    }
    ModelTimes.date(start);
    return new Choice(best, bestP);
  }

  /**
   * The expression the event happened within: the most probable candidate ({@code best}) when it is
   * not the rules' own ({@code ruled}, or null) and has at least the threshold ({@link
   * #ADD_THRESHOLD}); else the rules' own, which the model never takes away (it has not learned the
   * ranges "since" and "until" give).
   */
  public Timexes.Mention choose(Choice best, Timexes.Mention ruled) {
    return best != null && !best.timex().equals(ruled) && best.probability() >= addThreshold
        ? best.timex()
        : ruled;
  }

  /** Reads the weights table: feature, label, weight per row; an absent model without one. */
  static DateModel load(String resource) {
    return new DateModel(ModelTables.linearClassifier(resource));
  }
}
