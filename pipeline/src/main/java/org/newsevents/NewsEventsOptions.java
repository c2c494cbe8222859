package org.newsevents;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.DefaultValueFactory;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.newsevents.transforms.SpreadArticles;

/** The options of a newsevents run: where the articles come from, where the records go. */
public interface NewsEventsOptions extends PipelineOptions {

  @Description(
      "Articles to read: a file, a directory (read recursively) or a glob; empty reads the sample"
          + " article bundled with the pipeline.")
  @Default.String("")
  String getInput();

  void setInput(String input);

  @Description("Directory for articles-*.avro, events-*.avro, errors-*.avro and run-summary.json.")
  @Default.String("out")
  String getOutput();

  void setOutput(String output);

  @Description(
      "Input format: text (headline, optional date line, body), jsonl (JSON objects, one per"
          + " line; one per .json file), csv (header row, one article per record) or auto (by the"
          + " name without .gz/.bz2: .json, .jsonl, .csv, text otherwise).")
  @Default.String("auto")
  String getInputFormat();

  void setInputFormat(String inputFormat);

  @Description(
      "CoreNLP profile, a file newsevents/profiles/<profile>.properties in models/: lean (the"
          + " default, no coreference, HeidelTime), fast (lean with SUTime's time values) or full"
          + " (lean with CoreNLP's coreference)")
  @Default.String("lean")
  String getProfile();

  void setProfile(String profile);

  @Description("JSON/CSV fields of the article id, comma-separated; the first non-blank one wins.")
  @Default.String("id")
  String getIdField();

  void setIdField(String fields);

  @Description("JSON/CSV fields of the headline, comma-separated.")
  @Default.String("title")
  String getTitleField();

  void setTitleField(String fields);

  @Description(
      "JSON/CSV fields of the publication date, comma-separated (news-please: date_publish).")
  @Default.String("date,date_publish")
  String getDateField();

  void setDateField(String fields);

  @Description("JSON/CSV fields of the body, comma-separated (news-please: maintext); required.")
  @Default.String("text,maintext")
  String getTextField();

  void setTextField(String fields);

  @Description("JSON/CSV fields of the article URL, comma-separated.")
  @Default.String("url")
  String getUrlField();

  void setUrlField(String fields);

  @Description(
      "Most bytes read from one input file after decompression (a .zip counts all its members);"
          + " a larger file becomes a TOO_LARGE error (104857600 bytes = 100 MiB).")
  @Default.Long(104_857_600L)
  Long getMaxFileBytes();

  void setMaxFileBytes(Long maxFileBytes);

  @Description("Longest article text in characters; a longer one becomes a TOO_LONG error.")
  @Default.Integer(200_000)
  Integer getMaxArticleChars();

  void setMaxArticleChars(Integer maxArticleChars);

  @Description(
      "Most tokens in a sentence: a longer run without a sentence end is broken with a paragraph"
          + " break before annotation, and the article gets a warning.")
  @Default.Integer(300)
  Integer getMaxSentenceTokens();

  void setMaxSentenceTokens(Integer maxSentenceTokens);

  @Description(
      "Time limit for annotating one article, in seconds; a slower one is cancelled and becomes"
          + " an ANNOTATION_TIMEOUT error.")
  @Default.Double(120)
  Double getAnnotationTimeoutSeconds();

  void setAnnotationTimeoutSeconds(Double seconds);

  @Description(
      "Annotation store: a directory (local, gs://, hdfs://, any Beam file system) where CoreNLP's"
          + " annotations are kept by text, date and profile fingerprint; a later run annotates only"
          + " what it does not hold. Empty: no store.")
  @Default.String("")
  String getAnnotationStore();

  void setAnnotationStore(String dir);

  @Description(
      "Drops statements whose confidence (0-1, the share of such statements that is right on"
          + " PolNeAR dev) is below this; each dropped one is counted in run-summary.json"
          + " (statements_below_confidence). 0: keeps all.")
  @Default.Double(0)
  Double getMinStatementConfidence();

  void setMinStatementConfidence(Double min);

  @Description(
      "Codes a person or organisation that an article names without a country as the other"
          + " articles of the run code it, when at least 3 in 4 of them agree (basis COLLECTION, the"
          + " votes in the code's source; counted in run-summary.json as"
          + " actor_slots_from_collection). false: each article is coded on its own.")
  @Default.Boolean(true)
  Boolean getShareActorCodes();

  void setShareActorCodes(Boolean share);

  @Description(
      "Groups the articles are spread over before annotation; the most articles annotated at once."
          + " Default: 64 on the direct runner, 1024 on the others.")
  @Default.InstanceFactory(AnnotationBucketsFactory.class)
  Integer getAnnotationBuckets();

  void setAnnotationBuckets(Integer buckets);

  @Description(
      "Groups the articles whose annotation the store already holds are put in (they skip"
          + " CoreNLP, so a few large groups do); 0: spread like the others. Default:"
          + " --targetParallelism on the direct runner, 0 on the others.")
  @Default.InstanceFactory(PerDirectWorkerFactory.class)
  Integer getStoreHitBuckets();

  void setStoreHitBuckets(Integer buckets);

  @Description(
      "When every article of a run on the direct runner hits the annotation store, stop the JVM's"
          + " optimizing (C2) compiler for the rest of the run: a warm rerun then costs about a"
          + " third less CPU. A run with any miss keeps C2. Records are the same either way.")
  @Default.Boolean(true)
  Boolean getWarmRunJit();

  void setWarmRunJit(Boolean warmRunJit);

  @Description(
      "Files per record type (articles, events, clusters, errors); 0: the runner decides."
          + " Default: --targetParallelism on the direct runner, 0 on the others.")
  @Default.InstanceFactory(PerDirectWorkerFactory.class)
  Integer getOutputShards();

  void setOutputShards(Integer shards);

  /**
   * One per worker thread on the direct runner, 0 on the others: the default of {@code
   * --storeHitBuckets} and {@code --outputShards}.
   *
   * <p>Store-hit buckets: the direct runner prepares every transform behind the annotation once per
   * bundle, and each bucket is a bundle: a warm run over 400 stored BBC articles spent about a
   * third of its CPU on that preparation with 64 buckets; with two per worker it took 0.2-2.3 CPU-s
   * more (docs/history/warm-rerun.md, sixth sitting). Other runners keep hits spread over all
   * buckets.
   *
   * <p>Files per record type: left to the direct runner, the write counts the records into a side
   * input, and the runner keeps every record bundle that reaches the write waiting until the count
   * is in, trying the whole bundle again on every round: over a warm rerun of 400 stored BBC
   * articles it processed 799,607 elements for 40,034 records in 568 bundles, 1.3 s of 10 CPU-s
   * (docs/history/warm-rerun.md). A fixed number needs no count. Other runners shard as they see
   * fit.
   */
  class PerDirectWorkerFactory implements DefaultValueFactory<Integer> {
    @Override
    public Integer create(PipelineOptions options) {
      return org.apache.beam.runners.direct.DirectRunner.class.equals(options.getRunner())
          ? Math.max(1, options.as(DirectOptions.class).getTargetParallelism())
          : 0;
    }
  }

  /**
   * The default number of annotation buckets, by runner. The direct runner prepares every stage
   * once per bundle, and each bucket is a bundle: few buckets. Flink assigns whole buckets to its
   * task slots by a hash of the key: with 64 buckets one of two slots annotated 59% of 400 BBC
   * articles and the other idled for the last 33 s; with 1,024 the split was 54/46 (Java Flight
   * Recorder, README "Speed").
   */
  class AnnotationBucketsFactory implements DefaultValueFactory<Integer> {
    @Override
    public Integer create(PipelineOptions options) {
      // Qualified: inside this interface "DirectRunner" is PipelineOptions' default-runner factory.
      return org.apache.beam.runners.direct.DirectRunner.class.equals(options.getRunner())
          ? SpreadArticles.DEFAULT_BUCKETS
          : SpreadArticles.CLUSTER_BUCKETS;
    }
  }
}
