package org.newsevents.nlp.events;

import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsevents.nlp.attribution.ModelTables;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.records.ShallowCopies;
import org.newsevents.schema.Event;

/**
 * The trained TimeML class model (models/lexicons/timeml-classes.tsv, a CoreNLP linear classifier
 * over {@link EventClassFeatures}): a trigger word in its dependency tree goes in; its TimeML class
 * comes out, or nothing when the model is absent so that the rules decide.
 */
public final class EventClassifier {

  private static final String RESOURCE = "newsevents/lexicons/timeml-classes.tsv";

  /**
   * The rules' classes of a statement's cue that the model may replace: a report (REPORTING) and a
   * cue the rules know no more of than that it happened (OCCURRENCE: "declined to comment",
   * "ordered", where TimeML often has I_ACTION). An appeal's I_ACTION and the other rule classes
   * stay.
   */
  private static final Set<String> MODEL_DECIDES_CUE = Set.of("REPORTING", "OCCURRENCE");

  private static final EventClassifier STANDARD = load(RESOURCE);

  private final LinearClassifier<String, String> model;

  public EventClassifier(LinearClassifier<String, String> model) {
    this.model = model;
  }

  public static EventClassifier standard() {
    return STANDARD;
  }

  /** The class of a trigger, or empty without a model or when the word is not in the tree. */
  Optional<String> classify(SemanticGraph tree, IndexedWord word) {
    if (model == null || word == null || !tree.containsVertex(word)) {
      return Optional.empty();
    }
    // Always the model's best class: keeping the rules' class where the model is unsure (below
    // 0.5 or 0.7) scored lower on AQUAINT (class F1 0.705, 0.704 against 0.709).
    long start = System.nanoTime();
    String timemlClass = model.classOf(new BasicDatum<>(EventClassFeatures.of(tree, word)));
    ModelTimes.classes(start);
    return Optional.of(timemlClass);
  }

  /**
   * The events with the model's class for each trigger that is a verb, noun or adjective token (a
   * statement's quotation-mark placeholder keeps its class); without a model, unchanged. The
   * project's own knowledge keeps the rules' class: a statement whose cue the rules class neither
   * REPORTING nor OCCURRENCE (an appeal stays I_ACTION; a report's cue goes to the model, which
   * reads many an "added" as the OCCURRENCE TimeML makes it: 5-fold CV class F1 0.723 against
   * 0.721, REPORTING precision 0.900 against 0.851; so does a cue the rules call OCCURRENCE, such
   * as "declined to comment": class F1 0.728 against 0.727, 9 more right classes,
   * docs/event-classes.md), a support verb (the class of the event noun it carries: in "the
   * conference be held" the model reads the passive "be" as a STATE), a word of the curated trigger
   * lexicon (on the seed article the model made "plans to convene" an I_ACTION and "all they see is
   * death" a STATE), and a cue verb that its object takes out of its sense of saying ("claimed 300
   * lives", cue-object-senses.tsv: OCCURRENCE, not the model's REPORTING).
   */
  public List<Event> reclassify(List<Event> events, AnnotatedText text, Lexicons lexicons) {
    if (model == null) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event event : events) {
      int s = event.getSentenceIndex();
      Optional<String> timemlClass = Optional.empty();
      if (keepsRuleClass(event, lexicons)) {
        out.add(event);
        continue;
      }
      if (s >= 0 && s < text.sentenceCount()) {
        SemanticGraph tree = text.basic(s);
        for (CoreLabel token : text.tokens(s)) {
          if (token.beginPosition() == event.getTrigger().getBegin()
              && token.tag() != null
              && (token.tag().startsWith("VB")
                  || token.tag().startsWith("NN")
                  || token.tag().startsWith("JJ"))) {
            timemlClass = classify(tree, tree.getNodeByIndexSafe(token.index()));
            break;
          }
        }
      }
      if (timemlClass.isPresent()) {
        event = ShallowCopies.of(event);
        event.setTimemlClass(timemlClass.get());
      }
      out.add(event);
    }
    return out;
  }

  private static boolean keepsRuleClass(Event event, Lexicons lexicons) {
    if ((event.getStatement() != null && !MODEL_DECIDES_CUE.contains(event.getTimemlClass()))
        || (event.getRule() != null && event.getRule().startsWith("support-verb:"))
        || "cue-object-sense".equals(event.getRule())) {
      return true; // "claimed 300 lives": not the report the model reads in "claim"
    }
    String pos = event.getTrigger().getPos();
    String letter =
        pos == null
            ? ""
            : pos.startsWith("VB")
                ? "V"
                : pos.startsWith("NN") ? "N" : pos.startsWith("JJ") ? "J" : "";
    return !letter.isEmpty() && lexicons.trigger(event.getTrigger().getLemma(), letter).isPresent();
  }

  /** Reads the weights table: feature, class, weight per row. */
  static EventClassifier load(String resource) {
    return new EventClassifier(ModelTables.linearClassifier(resource));
  }
}
