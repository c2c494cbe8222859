package org.newsevents.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One CoreNLP pipeline per profile and JVM, loaded on first use and shared by all threads: a
 * profile name goes in, the loaded {@link StanfordCoreNLP} comes out.
 */
public final class CoreNlpPipelines {

  private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

  private CoreNlpPipelines() {}

  /** The shared pipeline for a profile in newsevents/profiles, loading it the first time. */
  public static StanfordCoreNLP get(String profile) {
    return PIPELINES.computeIfAbsent(profile, CoreNlpPipelines::load);
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
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties(profile));
    // SUTime's first document costs seconds more than the rest; pay it here, not on an article.
    Annotation warmUp = new Annotation("The talks began on Monday, 1 July 2013.");
    warmUp.set(CoreAnnotations.DocDateAnnotation.class, "2013-07-05");
    pipeline.annotate(warmUp);
    return pipeline;
  }
}
