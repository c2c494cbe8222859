package org.newsevents.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.newsevents.nlp.time.HeidelTimes;
import org.newsevents.nlp.time.TimeNormalizer;

/**
 * One CoreNLP pipeline per profile and JVM, loaded on first use and shared by all threads: a
 * profile name goes in, the loaded {@link StanfordCoreNLP} comes out.
 */
public final class CoreNlpPipelines {

  private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();
  private static final Map<String, LoadTime> LOAD_TIMES = new ConcurrentHashMap<>();

  /**
   * How long a profile took to load: the models (and HeidelTime's rules, loaded beside them when
   * the profile's time normalizer uses HeidelTime), then SUTime's first document.
   */
  public record LoadTime(double modelSeconds, double warmUpSeconds) {}

  private CoreNlpPipelines() {}

  /** The shared pipeline for a profile in newsevents/profiles, loading it the first time. */
  public static StanfordCoreNLP get(String profile) {
    return PIPELINES.computeIfAbsent(profile, CoreNlpPipelines::load);
  }

  /** The load time of a profile loaded in this JVM, or null when it is not loaded. */
  public static LoadTime loadTime(String profile) {
    return LOAD_TIMES.get(profile);
  }

  /**
   * Drops a loaded profile and CoreNLP's cache of loaded annotators, so that its memory can be
   * reclaimed and the next profile loads its models afresh (the benchmark measures each load).
   */
  public static synchronized void release(String profile) {
    PIPELINES.remove(profile);
    LOAD_TIMES.remove(profile);
    StanfordCoreNLP.clearAnnotatorPool();
  }

  /** The properties of a profile as shipped in the models module. */
  public static Properties properties(String profile) {
    String resource = "newsevents/profiles/" + profile + ".properties";
    Properties properties = new Properties();
    try (InputStream in = CoreNlpPipelines.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("unknown CoreNLP profile '" + profile + "'");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static StanfordCoreNLP load(String profile) {
    long start = System.nanoTime();
    Properties properties = properties(profile);
    // HeidelTime's rules load on another thread beside CoreNLP's models, not on the first article
    // (where every worker would wait for them).
    TimeNormalizer normalizer = TimeNormalizer.fromProperties(properties);
    CompletableFuture<?> heidelTime =
        normalizer.usesHeidelTime()
            ? CompletableFuture.runAsync(() -> HeidelTimes.standard(normalizer.convertDurations()))
            : CompletableFuture.completedFuture(null);
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
    heidelTime.join();
    long loaded = System.nanoTime();
    // SUTime's first document costs seconds more than the rest; pay it here, not on an article.
    Annotation warmUp = new Annotation("The talks began on Monday, 1 July 2013.");
    warmUp.set(CoreAnnotations.DocDateAnnotation.class, "2013-07-05");
    pipeline.annotate(warmUp);
    LOAD_TIMES.put(
        profile, new LoadTime((loaded - start) / 1e9, (System.nanoTime() - loaded) / 1e9));
    return pipeline;
  }
}
