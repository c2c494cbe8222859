package org.newsevents.tools.train;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsevents.input.ArticleNormalizer;
import org.newsevents.input.BodyNormalizer;
import org.newsevents.input.EnglishWords;
import org.newsevents.input.TextArticleParser;
import org.newsevents.input.TextDecoding;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.attribution.CueFeatures;
import org.newsevents.nlp.attribution.CueModel;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.statements.LearnedCues;
import org.newsevents.nlp.statements.StatementExtractor;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.nlp.text.Coreference;
import org.newsevents.records.InvalidArticleException;
import org.newsevents.schema.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A measurement, not a model: what the encoder would cost per news article if only the sentences
 * holding an uncertain cue candidate were encoded. Articles of a corpus (spread evenly over its
 * sorted files, as the benchmark picks them) are annotated with a profile; the shipped cue model
 * scores every candidate that is no rule cue (as {@code LearnedCues} does); every sentence is
 * encoded once by each encoder with its thread CPU time kept; for each band of the sparse
 * probability, the sentences holding a candidate in the band, their tokens and their encoder CPU
 * time are summed.
 */
@Command(
    name = "cue-encoder-cost",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = "encoder CPU per article when only uncertain sentences are encoded")
public final class CueEncoderCost implements Callable<Integer> {

  @Option(names = "--corpus", defaultValue = "../shared/data/bbc-news")
  Path corpus;

  @Option(names = "--limit", defaultValue = "40")
  int limit;

  @Option(names = "--profile", defaultValue = "lean")
  String profile;

  @Option(names = "--bands", split = ",", defaultValue = "0.1:0.6")
  String[] bands;

  @Option(
      names = "--encoders",
      split = ",",
      defaultValue = "all-minilm-l6-v2-q,all-minilm-l6-v2")
  String[] encoders;

  @Option(names = "--warmup", defaultValue = "5", description = "articles encoded before timing")
  int warmup;

  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new CueEncoderCost()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    List<Path> all;
    try (Stream<Path> files = Files.walk(corpus)) {
      all =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .collect(Collectors.toList());
    }
    int n = limit <= 0 || limit > all.size() ? all.size() : limit;
    ArticleNormalizer normalizer =
        new ArticleNormalizer(new BodyNormalizer(EnglishWords.bundled()));
    ArticleAnalyzer analyzer = ArticleAnalyzer.forProfile(profile);
    Lexicons lexicons = Lexicons.standard();
    CueModel model = CueModel.standard();
    List<List<List<String>>> sentences = new ArrayList<>();
    List<List<double[]>> candidateProbabilities = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path file = all.get((int) ((long) i * all.size() / n));
      Article article;
      try {
        String raw = TextDecoding.decode(Files.readAllBytes(file)).text();
        article =
            normalizer.normalize(
                TextArticleParser.parse(
                    corpus.relativize(file).toString(), file.toString(), raw));
      } catch (InvalidArticleException e) {
        continue;
      }
      LocalDate published = ArticleAnalyzer.publishedDate(article);
      AnnotatedText text = analyzer.annotate(article.getBody(), published);
      List<StatementExtractor.Found> found =
          new StatementExtractor(lexicons).extract(text, new Coreference(text));
      Map<Integer, String> ruleCues = LearnedCues.ruleCues(found);
      CueFeatures features = new CueFeatures(text, lexicons, ruleCues);
      List<List<String>> words = new ArrayList<>();
      List<double[]> probabilities = new ArrayList<>();
      for (int s = 0; s < text.sentenceCount(); s++) {
        List<CoreLabel> tokens = text.tokens(s);
        List<String> w = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
          CoreLabel token = tokens.get(t);
          w.add(token.originalText() != null ? token.originalText() : token.word());
          if (CueFeatures.candidate(token) && !ruleCues.containsKey(token.beginPosition())) {
            p.add(model.probability(features, s, t));
          }
        }
        words.add(w);
        probabilities.add(p.stream().mapToDouble(Double::doubleValue).toArray());
      }
      sentences.add(words);
      candidateProbabilities.add(probabilities);
    }
    long totalSentences = 0;
    long totalTokens = 0;
    for (List<List<String>> article : sentences) {
      totalSentences += article.size();
      for (List<String> s : article) {
        totalTokens += s.size();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d articles (%s profile), %d sentences, %d tokens (%.0f tokens per article)%n",
        sentences.size(),
        profile,
        totalSentences,
        totalTokens,
        (double) totalTokens / sentences.size());
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (String name : encoders) {
      long[][] nanos = new long[sentences.size()][];
      try (MiniLmTokenVectors encoder = new MiniLmTokenVectors(name)) {
        for (int a = 0; a < Math.min(warmup, sentences.size()); a++) {
          for (List<String> s : sentences.get(a)) {
            encoder.encode(s);
          }
        }
        for (int a = 0; a < sentences.size(); a++) {
          nanos[a] = new long[sentences.get(a).size()];
          for (int s = 0; s < nanos[a].length; s++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            encoder.encode(sentences.get(a).get(s));
            nanos[a][s] = cpu.getCurrentThreadCpuTime() - t0;
          }
        }
      }
      long all_ = 0;
      for (long[] a : nanos) {
        for (long x : a) {
          all_ += x;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%s, every sentence: %.1f CPU s, %.1f ms per article, %.3f ms per token%n",
          name,
          all_ / 1e9,
          all_ / 1e6 / sentences.size(),
          all_ / 1e6 / totalTokens);
      for (String band : bands) {
        String[] parts = band.split(":");
        double lo = Double.parseDouble(parts[0]);
        double hi = Double.parseDouble(parts[1]);
        long sentencesEncoded = 0;
        long tokensEncoded = 0;
        long candidates = 0;
        long cpuNanos = 0;
        for (int a = 0; a < sentences.size(); a++) {
          for (int s = 0; s < nanos[a].length; s++) {
            boolean uncertain = false;
            for (double p : candidateProbabilities.get(a).get(s)) {
              if (p >= lo && p < hi) {
                uncertain = true;
                candidates++;
              }
            }
            if (uncertain) {
              sentencesEncoded++;
              tokensEncoded += sentences.get(a).get(s).size();
              cpuNanos += nanos[a][s];
            }
          }
        }
        System.out.printf(
            Locale.ROOT,
            "%s band %s: %d candidates; sentences %d (%.3f), tokens %d (%.3f); %.1f ms CPU per"
                + " article%n",
            name,
            band,
            candidates,
            sentencesEncoded,
            (double) sentencesEncoded / totalSentences,
            tokensEncoded,
            (double) tokensEncoded / totalTokens,
            cpuNanos / 1e6 / sentences.size());
      }
    }
    return 0;
  }
}
