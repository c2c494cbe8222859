package org.newsevents;

import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsevents.input.ErrorRecords;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.CoreNlpPipelines;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.Event;

/**
 * Annotates normalized articles with CoreNLP and extracts their statements and events: articles go
 * in; the annotated articles ({@link #ARTICLES}), their events ({@link #EVENTS}) and the articles
 * that failed ({@link #ERRORS}) come out.
 */
public class ExtractEvents extends PTransform<PCollection<Article>, PCollectionTuple> {

  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Event> EVENTS = new TupleTag<>() {};
  public static final TupleTag<ErrorRecord> ERRORS = new TupleTag<>() {};

  static final String STAGE = "annotate";

  private final String profile;

  private ExtractEvents(String profile) {
    this.profile = profile;
  }

  /** Extracts with the CoreNLP profile of that name; an unknown profile fails here, not later. */
  public static ExtractEvents withProfile(String profile) {
    CoreNlpPipelines.properties(profile);
    return new ExtractEvents(profile);
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    // Annotation is the slow step: break fusion so that articles spread over workers.
    PCollection<Article> spread = articles.apply("Spread Articles", Reshuffle.viaRandomKey());
    PCollectionTuple extracted =
        spread.apply(
            "Annotate And Extract",
            ParDo.of(new ExtractFn(profile))
                .withOutputTags(ARTICLES, TupleTagList.of(EVENTS).and(ERRORS)));
    extracted.get(ARTICLES).setCoder(AvroCoder.of(Article.class));
    extracted.get(EVENTS).setCoder(AvroCoder.of(Event.class));
    extracted.get(ERRORS).setCoder(AvroCoder.of(ErrorRecord.class));
    return extracted;
  }

  /** Counter names, in the namespace of this class. */
  public static final class Counters {
    public static final String ARTICLES = "articles";
    public static final String STATEMENTS = "statements";
    public static final String EVENTS = "events";
    public static final String ERRORS = "errors";

    private Counters() {}
  }

  // The CoreNLP annotation is not a serializable value, so annotation and extraction share a DoFn.
  private static class ExtractFn extends DoFn<Article, Article> {
    private final Counter articles = Metrics.counter(ExtractEvents.class, Counters.ARTICLES);
    private final Counter statements = Metrics.counter(ExtractEvents.class, Counters.STATEMENTS);
    private final Counter events = Metrics.counter(ExtractEvents.class, Counters.EVENTS);
    private final Counter errors = Metrics.counter(ExtractEvents.class, Counters.ERRORS);

    private final String profile;
    private transient ArticleAnalyzer analyzer;

    ExtractFn(String profile) {
      this.profile = profile;
    }

    @Setup
    public void setup() {
      // The CoreNLP pipeline behind the analyzer is loaded once per JVM and shared by instances.
      analyzer = ArticleAnalyzer.forProfile(profile);
    }

    @ProcessElement
    public void processElement(@Element Article article, MultiOutputReceiver out) {
      ArticleAnalyzer.Analysis analysis;
      try {
        analysis = analyzer.analyze(article);
      } catch (Exception e) {
        errors.inc();
        out.get(ERRORS)
            .output(
                ErrorRecords.of(
                    article.getSource(), article.getDocId(), STAGE, e, article.getBody()));
        return;
      }
      out.get(ARTICLES).output(analysis.article());
      articles.inc();
      for (Event event : analysis.events()) {
        out.get(EVENTS).output(event);
        events.inc();
        if (event.getStatement() != null) {
          statements.inc();
        }
      }
    }
  }
}
