package org.newsevents.tools.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsevents.schema.Article;

/**
 * Bare in-process CoreNLP, the benchmark's baseline: normalized articles, a shared pipeline and a
 * thread count go in; every body is annotated as the analyzer annotates it (same text, same
 * document date), and the number of tokens comes out.
 */
final class BareCoreNlp {

  private BareCoreNlp() {}

  static long annotate(StanfordCoreNLP pipeline, List<Article> articles, int threads)
      throws InterruptedException, ExecutionException {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> running = new ArrayList<>();
      for (Article article : articles) {
        running.add(executor.submit(() -> tokens(pipeline, article)));
      }
      long tokens = 0;
      for (Future<Integer> f : running) {
        tokens += f.get();
      }
      return tokens;
    } finally {
      executor.shutdownNow();
    }
  }

  private static int tokens(StanfordCoreNLP pipeline, Article article) {
    return annotate(pipeline, article).get(CoreAnnotations.TokensAnnotation.class).size();
  }

  /** One body annotated as the analyzer annotates it: same text, same document date. */
  static Annotation annotate(StanfordCoreNLP pipeline, Article article) {
    Annotation annotation = new Annotation(article.getBody());
    if (article.getPublished() != null) {
      annotation.set(
          CoreAnnotations.DocDateAnnotation.class,
          LocalDate.ofInstant(article.getPublished(), ZoneOffset.UTC).toString());
    }
    pipeline.annotate(annotation);
    return annotation;
  }
}
