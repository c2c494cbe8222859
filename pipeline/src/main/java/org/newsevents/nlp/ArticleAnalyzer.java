package org.newsevents.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.newsevents.nlp.actors.ActorCodes;
import org.newsevents.nlp.attribution.CueModel;
import org.newsevents.nlp.attribution.StatementConfidence;
import org.newsevents.nlp.events.EventClassifier;
import org.newsevents.nlp.events.EventExtractor;
import org.newsevents.nlp.events.EventRecords;
import org.newsevents.nlp.events.TriggerModel;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.knowledge.TrainedTriggers;
import org.newsevents.nlp.statements.StatementExtractor;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Coreference;
import org.newsevents.nlp.text.Participants;
import org.newsevents.nlp.text.QuoteMarks;
import org.newsevents.nlp.time.DateModel;
import org.newsevents.nlp.time.EventTimes;
import org.newsevents.nlp.time.NormalizedTimexes;
import org.newsevents.nlp.time.TimeNormalizer;
import org.newsevents.nlp.time.Timexes;
import org.newsevents.records.ShallowCopies;
import org.newsevents.schema.Article;
import org.newsevents.schema.Event;
import org.newsevents.schema.Timex;

/**
 * Annotates one article with CoreNLP and extracts its statements and events: a normalized article
 * goes in; the article with its time expressions and counts, and its event records, come out.
 */
public final class ArticleAnalyzer {

  /** The result for one article. */
  public record Analysis(Article article, List<Event> events) {}

  private final Supplier<StanfordCoreNLP> pipeline;
  private final Lexicons lexicons;
  private final StatementExtractor statements;
  private final EventExtractor events;
  private final ActorCodes actors;
  private final StatementConfidence confidence = StatementConfidence.standard();
  private final EventClassifier classifier;
  private final String modelVersion;
  private final TimeNormalizer timeNormalizer;
  private final TrainedTriggers trained;
  private final DateModel dateModel;

  /**
   * An analyzer over a pipeline built from the named profile (recorded in model_version), with the
   * profile's time normalizer ({@code time.normalizer}) and trained cue model ({@code
   * newsevents.cueModel}), asked for the pipeline on the first annotation: extracting from stored
   * annotations never loads CoreNLP.
   */
  public ArticleAnalyzer(Supplier<StanfordCoreNLP> pipeline, Lexicons lexicons, String profile) {
    this(
        pipeline,
        lexicons,
        profile,
        TimeNormalizer.fromProperties(CoreNlpPipelines.properties(profile)),
        cueModelOn(profile));
  }

  /** An analyzer with a given time normalizer and the trained cue model on or off. */
  public ArticleAnalyzer(
      Supplier<StanfordCoreNLP> pipeline,
      Lexicons lexicons,
      String profile,
      TimeNormalizer timeNormalizer,
      boolean cueModel) {
    this(pipeline, lexicons, profile, timeNormalizer, cueModel ? CueModel.standard() : null);
  }

  /** An analyzer with a given time normalizer and cue model (null: the rules alone). */
  public ArticleAnalyzer(
      Supplier<StanfordCoreNLP> pipeline,
      Lexicons lexicons,
      String profile,
      TimeNormalizer timeNormalizer,
      CueModel cueModel) {
    this.timeNormalizer = timeNormalizer;
    this.pipeline = pipeline;
    this.lexicons = lexicons;
    this.statements = new StatementExtractor(lexicons, cueModel);
    this.trained = TrainedTriggers.standard();
    this.events = new EventExtractor(lexicons, trained);
    this.actors = new ActorCodes(ActorGazetteer.standard());
    this.classifier = EventClassifier.standard();
    this.dateModel = DateModel.standard();
    this.modelVersion = Provenance.modelVersion(profile);
  }

  /** A copy of {@code base} whose events use other trigger and class models. */
  private ArticleAnalyzer(
      ArticleAnalyzer base,
      TrainedTriggers trained,
      TriggerModel triggerModel,
      EventClassifier classifier) {
    this.timeNormalizer = base.timeNormalizer;
    this.pipeline = base.pipeline;
    this.lexicons = base.lexicons;
    this.statements = base.statements;
    this.trained = trained;
    this.events = new EventExtractor(lexicons, trained, triggerModel);
    this.actors = base.actors;
    this.classifier = classifier;
    this.modelVersion = base.modelVersion;
    this.dateModel = base.dateModel;
  }

  /** A copy of {@code base} whose event times use another date model. */
  private ArticleAnalyzer(ArticleAnalyzer base, DateModel dateModel) {
    this.timeNormalizer = base.timeNormalizer;
    this.pipeline = base.pipeline;
    this.lexicons = base.lexicons;
    this.statements = base.statements;
    this.trained = base.trained;
    this.events = base.events;
    this.actors = base.actors;
    this.classifier = base.classifier;
    this.modelVersion = base.modelVersion;
    this.dateModel = dateModel;
  }

  /**
   * The same analyzer with another event date model: a cross-validation fold's, trained without the
   * documents it is scored on ({@link DateModel#absent()}: the rules alone).
   */
  public ArticleAnalyzer withDateModel(DateModel dateModel) {
    return new ArticleAnalyzer(this, dateModel);
  }

  /**
   * The same analyzer (pipeline, profile, statements, actors) with other event trigger and class
   * models: a cross-validation fold's, trained without the documents it is scored on.
   */
  public ArticleAnalyzer withEventModels(
      TrainedTriggers trained, TriggerModel triggerModel, EventClassifier classifier) {
    return new ArticleAnalyzer(this, trained, triggerModel, classifier);
  }

  /**
   * An analyzer over the shared pipeline of a profile and the standard lexicons; the pipeline loads
   * on the first annotation (or {@link #load}).
   */
  public static ArticleAnalyzer forProfile(String profile) {
    CoreNlpPipelines.properties(profile);
    return new ArticleAnalyzer(() -> CoreNlpPipelines.get(profile), Lexicons.standard(), profile);
  }

  /** The statement extractor of this analyzer (rules, cue model and content chooser). */
  public StatementExtractor statements() {
    return statements;
  }

  /** Loads CoreNLP now if it is not loaded yet (so that a timed annotation does not pay it). */
  public void load() {
    pipeline.get();
  }

  /**
   * What an annotation depends on besides the profile: the normalized body (by its content hash)
   * and the publication date as the analyzer passes it to SUTime. Articles with the same copy key
   * get the same annotation.
   */
  public static String copyKey(Article article) {
    return article.getContentHash() + "/" + publishedDate(article);
  }

  /** The publication date given to CoreNLP (UTC), or null. */
  public static LocalDate publishedDate(Article article) {
    return article.getPublished() == null
        ? null
        : LocalDate.ofInstant(article.getPublished(), ZoneOffset.UTC);
  }

  /** The same, with another time normalizer than the profile's. */
  public static ArticleAnalyzer forProfile(String profile, TimeNormalizer timeNormalizer) {
    return new ArticleAnalyzer(
        () -> CoreNlpPipelines.get(profile),
        Lexicons.standard(),
        profile,
        timeNormalizer,
        cueModelOn(profile));
  }

  /** The same, the trained cue model on or off whatever the profile says. */
  public static ArticleAnalyzer forProfile(String profile, boolean cueModel) {
    return forProfile(profile, cueModel ? CueModel.standard() : null);
  }

  /** The same, with the given cue model (null: rules only) whatever the profile says. */
  public static ArticleAnalyzer forProfile(String profile, CueModel cueModel) {
    return new ArticleAnalyzer(
        () -> CoreNlpPipelines.get(profile),
        Lexicons.standard(),
        profile,
        TimeNormalizer.fromProperties(CoreNlpPipelines.properties(profile)),
        cueModel);
  }

  /** Whether a profile switches the trained cue model on ({@code newsevents.cueModel = true}). */
  public static boolean cueModelOn(String profile) {
    return Boolean.parseBoolean(
        CoreNlpPipelines.properties(profile).getProperty("newsevents.cueModel", "false"));
  }

  public TimeNormalizer timeNormalizer() {
    return timeNormalizer;
  }

  /** The time expressions of an annotated text under this analyzer's normalizer. */
  public List<Timexes.Mention> timexes(AnnotatedText text, LocalDate published) {
    return timexes(text, published, timeNormalizer);
  }

  /**
   * The time expressions of an annotated text under a normalizer, without the expressions that are
   * no TimeML time expressions ({@code timex-exclusions.tsv}).
   */
  public List<Timexes.Mention> timexes(
      AnnotatedText text, LocalDate published, TimeNormalizer normalizer) {
    List<Timexes.Mention> timexes =
        new ArrayList<>(NormalizedTimexes.find(text, published, normalizer));
    timexes.removeIf(timex -> lexicons.excludedTimex(timex.text()));
    return timexes;
  }

  public Analysis analyze(Article article) {
    // Convert in, annotate, convert out.
    LocalDate published = publishedDate(article);
    AnnotatedText text = annotate(article.getBody(), published);
    return extract(article, text, published);
  }

  /**
   * CoreNLP over a body, with the publication date as the document date for SUTime. CoreNLP reads
   * the body with its quotation marks made readable ({@link QuoteMarks}, same offsets); the
   * annotated text is the body as written.
   */
  public AnnotatedText annotate(String body, LocalDate published) {
    long start = System.nanoTime();
    Annotation annotation = new Annotation(QuoteMarks.forCoreNlp(body));
    if (published != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    pipeline.get().annotate(annotation);
    StageTimes.add(StageTimes.Stage.ANNOTATE, start);
    return new AnnotatedText(body, annotation);
  }

  /** The records of an annotated article. */
  public Analysis extract(Article article, AnnotatedText text, LocalDate published) {
    // Stage clocks for the benchmark: a few nanoTime calls per article.
    long clock = System.nanoTime();
    Coreference coreference = new Coreference(text);
    Participants participants = new Participants(text, coreference);
    clock = StageTimes.add(StageTimes.Stage.COREFERENCE, clock);
    List<Timexes.Mention> timexes = timexes(text, published, timeNormalizer);
    EventTimes times = new EventTimes(text, timexes, published, dateModel);
    clock = StageTimes.add(StageTimes.Stage.TIMES, clock);
    List<StatementExtractor.Found> found = statements.extract(text, coreference);
    EventRecords records =
        new EventRecords(text, lexicons, trained, times, participants, article.getDocId(), found);

    List<Event> out = new ArrayList<>();
    Set<Integer> cues = new HashSet<>();
    for (int i = 0; i < found.size(); i++) {
      out.add(records.statement(i));
      if (found.get(i).cue() != null) {
        cues.add(found.get(i).cue().beginPosition());
      }
    }
    clock = StageTimes.add(StageTimes.Stage.STATEMENTS, clock);
    for (int s = 0; s < text.sentenceCount(); s++) {
      for (EventRecords.Draft draft : events.extract(text, participants, times, s, cues)) {
        out.add(records.event(draft));
      }
    }
    out.sort(
        (a, b) ->
            a.getTrigger().getBegin() != b.getTrigger().getBegin()
                ? Integer.compare(a.getTrigger().getBegin(), b.getTrigger().getBegin())
                : a.getEventId().compareTo(b.getEventId()));
    clock = StageTimes.add(StageTimes.Stage.EVENTS, clock);

    // The trained class model decides the TimeML class where it applies; the rules stay the
    // fallback (no model, or a trigger that is no verb, noun or adjective token).
    out = classifier.reclassify(out, text, lexicons);
    // Actor coding has its own clock (the benchmark's "actors" stage); ARTICLE stays exclusive.
    long actorsStart = System.nanoTime();
    List<Event> coded = actors.code(out, text, coreference, published, article.getUrl());
    clock += StageTimes.add(StageTimes.Stage.ACTORS, actorsStart) - actorsStart;
    out = withProvenance(coded, article);
    if (confidence != null) {
      // Statement confidence counts for the statements stage; ARTICLE stays exclusive.
      long confidenceStart = System.nanoTime();
      out = confidence.score(out, text.body());
      clock += StageTimes.add(StageTimes.Stage.STATEMENTS, confidenceStart) - confidenceStart;
    }

    List<Timex> timexRecords = new ArrayList<>();
    for (Timexes.Mention t : timexes) {
      timexRecords.add(
          Timex.newBuilder()
              .setText(t.text())
              .setBegin(t.begin())
              .setEnd(t.finish())
              .setType(t.type())
              .setValue(t.value())
              .build());
    }
    int tokens = 0;
    for (int s = 0; s < text.sentenceCount(); s++) {
      tokens += text.tokens(s).size();
    }
    Article annotated =
        Article.newBuilder(article)
            .setTimexes(timexRecords)
            .setSentenceCount(text.sentenceCount())
            .setTokenCount(tokens)
            .setStatementCount(found.size())
            .setEventCount(out.size())
            .build();
    StageTimes.add(StageTimes.Stage.ARTICLE, clock);
    return new Analysis(annotated, out);
  }

  private List<Event> withProvenance(List<Event> events, Article article) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event event : events) {
      Event copy = ShallowCopies.of(event);
      copy.setContentHash(article.getContentHash());
      copy.setPipelineVersion(Provenance.pipelineVersion());
      copy.setModelVersion(modelVersion);
      out.add(copy);
    }
    return out;
  }
}
