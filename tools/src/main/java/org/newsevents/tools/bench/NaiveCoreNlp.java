package org.newsevents.tools.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The naive in-process CoreNLP route, the cold pass's baseline (run in a fresh JVM by {@link
 * ColdPass}): a directory of text articles and a thread count go in; every article, read and
 * normalized as the pipeline reads it, is annotated by one shared {@link StanfordCoreNLP} with
 * CoreNLP's default annotators for news (NER, dependency parse, coreference, quotes) and CoreNLP's
 * defaults otherwise, as a user would write it in an afternoon; the article and token counts come
 * out on standard output.
 */
public final class NaiveCoreNlp {

  /** The annotators; every other property is CoreNLP's default. */
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private NaiveCoreNlp() {}

  /** Arguments: the articles' directory, the number of threads. */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: NaiveCoreNlp DIR THREADS");
      System.exit(2);
    }
    Path staging = Files.createTempDirectory("newsevents-naive");
    try {
      CorpusSample.Sample sample = CorpusSample.take(Path.of(args[0]), 0, staging);
      Properties properties = new Properties();
      properties.setProperty("annotators", ANNOTATORS);
      StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
      long tokens = BareCoreNlp.annotate(pipeline, sample.articles(), Integer.parseInt(args[1]));
      System.out.printf(
          "naive CoreNLP (%s): %d files, %d articles annotated, %d invalid, %d tokens%n",
          ANNOTATORS, sample.files().size(), sample.articles().size(), sample.invalid(), tokens);
    } finally {
      Benchmark.deleteRecursively(staging);
    }
  }
}
