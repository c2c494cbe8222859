package org.newsevents.tools.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.newsevents.nlp.CoreNlpPipelines;
import org.newsevents.nlp.GatedNerAnnotator;
import org.newsevents.schema.Article;
import org.newsevents.tools.cli.SharedOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code check-ner-gate} command: a corpus goes in; every article is tagged by CoreNLP's NER
 * annotator and by {@link GatedNerAnnotator} with a profile's NER settings, one after the other in
 * one thread, and out come the tokens whose tag, normalized value or TIMEX differ, and the thread
 * CPU time of each side; corpus and limit as in {@code benchmark}.
 */
@Command(
    name = "check-ner-gate",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description =
        "tags a corpus with CoreNLP's NER and the gated NER; prints the tokens that differ and"
            + " each side's CPU time")
public final class CheckNerGate implements Callable<Integer> {

  private static final String BASE = "tokenize,ssplit,pos,lemma";
  private static final int SHOWN = 20;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      defaultValue = "fast",
      description = "the CoreNLP profile whose NER settings both sides use")
  String profile;

  @Spec CommandSpec spec;

  @Mixin SharedOptions.Corpus sample;

  @Override
  public Integer call() throws Exception {
    Path staging = Files.createTempDirectory("newsevents-gate");
    List<Article> articles =
        CorpusSample.take(sample.directory(spec), sample.limit, staging).articles();
    StanfordCoreNLP stock = pipeline(profile, "ner");
    StanfordCoreNLP gated = pipeline(profile, "gatedner");
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long stockNanos = 0;
    long gatedNanos = 0;
    long tokens = 0;
    long differing = 0;
    int articlesDiffering = 0;
    for (Article article : articles) {
      long start = cpu.getCurrentThreadCpuTime();
      List<CoreLabel> expected = annotate(stock, article);
      long middle = cpu.getCurrentThreadCpuTime();
      List<CoreLabel> actual = annotate(gated, article);
      gatedNanos += cpu.getCurrentThreadCpuTime() - middle;
      stockNanos += middle - start;
      tokens += expected.size();
      int before = (int) differing;
      for (int i = 0; i < expected.size(); i++) {
        String want = tags(expected.get(i));
        String got = tags(actual.get(i));
        if (!want.equals(got)) {
          differing++;
          if (differing <= SHOWN) {
            System.out.printf(
                "%s token %d '%s': ner %s, gated %s%n",
                article.getDocId(), i, expected.get(i).word(), want, got);
          }
        }
      }
      if (differing > before) {
        articlesDiffering++;
      }
    }
    System.out.printf(
        "check-ner-gate: %d articles, %d tokens; %d tokens in %d articles differ;"
            + " thread CPU (tokenize to NER) ner %.1f s, gated %.1f s (%.2f)%n",
        articles.size(),
        tokens,
        differing,
        articlesDiffering,
        stockNanos / 1e9,
        gatedNanos / 1e9,
        stockNanos == 0 ? 0.0 : (double) gatedNanos / stockNanos);
    return 0;
  }

  private static StanfordCoreNLP pipeline(String profile, String ner) {
    Properties properties = CoreNlpPipelines.properties(profile);
    properties.setProperty("annotators", BASE + "," + ner);
    properties.setProperty("customAnnotatorClass.gatedner", GatedNerAnnotator.class.getName());
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
    Annotation warmUp = new Annotation("The talks began on Monday, 1 July 2013.");
    warmUp.set(CoreAnnotations.DocDateAnnotation.class, "2013-07-05");
    pipeline.annotate(warmUp);
    return pipeline;
  }

  private static List<CoreLabel> annotate(StanfordCoreNLP pipeline, Article article) {
    return BareCoreNlp.annotate(pipeline, article).get(CoreAnnotations.TokensAnnotation.class);
  }

  private static String tags(CoreLabel token) {
    Timex timex = token.get(TimeAnnotations.TimexAnnotation.class);
    return token.ner()
        + " "
        + token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)
        + " "
        + (timex == null ? "-" : timex.timexType() + ":" + timex.value());
  }
}
