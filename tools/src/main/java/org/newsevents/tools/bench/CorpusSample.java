package org.newsevents.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsevents.input.ArticleNormalizer;
import org.newsevents.input.BodyNormalizer;
import org.newsevents.input.EnglishWords;
import org.newsevents.input.TextArticleParser;
import org.newsevents.input.TextDecoding;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.records.InvalidArticleException;
import org.newsevents.schema.Article;

/**
 * The benchmark's articles: a corpus directory of text articles and a limit go in; the chosen files
 * (spread evenly over the sorted file list, so every topic folder is represented) are copied to a
 * staging directory for the pipeline, and the same files come out normalized as the pipeline
 * normalizes them, for bare CoreNLP.
 */
final class CorpusSample {

  /** The staged copy and the normalized articles; {@code invalid} failed normalization. */
  record Sample(Path staged, List<Path> files, List<Article> articles, int invalid) {}

  private CorpusSample() {}

  /** Indices of {@code limit} of {@code size} items spread evenly; all when limit is 0 or more. */
  static List<Integer> spread(int size, int limit) {
    int n = limit <= 0 || limit > size ? size : limit;
    List<Integer> indices = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      indices.add((int) ((long) i * size / n));
    }
    return indices;
  }

  /**
   * Indices of every {@code every}-th of {@code size} items from the first (0, every, 2 every,
   * ...), at most {@code limit} of them (all when limit is 0); {@link #spread} when every is 0.
   */
  static List<Integer> every(int size, int every, int limit) {
    if (every <= 0) {
      return spread(size, limit);
    }
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < size && (limit <= 0 || indices.size() < limit); i += every) {
      indices.add(i);
    }
    return indices;
  }

  static Sample take(Path corpus, int limit, Path staging) throws IOException {
    return take(corpus, limit, 0, staging, false);
  }

  /** The sample of {@link #every}: every N-th file of the sorted list, or spread when N is 0. */
  static Sample take(Path corpus, int limit, int every, Path staging) throws IOException {
    return take(corpus, limit, every, staging, false);
  }

  /**
   * The same, but with {@code limit} distinct texts: a file whose normalized article has the copy
   * key ({@link ArticleAnalyzer#copyKey}) of a file chosen before it is passed over for the next
   * file in sorted order (collections hold exact copies, e.g. BBC's {@code tech/211.txt} and {@code
   * tech/226.txt}).
   */
  static Sample takeDistinct(Path corpus, int limit, Path staging) throws IOException {
    return take(corpus, limit, 0, staging, true);
  }

  private static Sample take(Path corpus, int limit, int every, Path staging, boolean distinct)
      throws IOException {
    List<Path> all;
    try (Stream<Path> files = Files.walk(corpus)) {
      all =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .collect(Collectors.toList());
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException(corpus + " holds no files");
    }
    ArticleNormalizer normalizer =
        new ArticleNormalizer(new BodyNormalizer(EnglishWords.bundled()));
    List<Path> chosen = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    Set<String> texts = new HashSet<>();
    int invalid = 0;
    for (int index : every(all.size(), every, limit)) {
      for (int i = index; i < all.size(); i++) {
        if (used.contains(i)) {
          continue;
        }
        Path file = all.get(i);
        Path relative = corpus.relativize(file);
        Article article = normalized(normalizer, file, relative);
        if (distinct && article != null && !texts.add(ArticleAnalyzer.copyKey(article))) {
          continue;
        }
        used.add(i);
        Path copy = staging.resolve(relative.toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
        chosen.add(relative);
        if (article == null) {
          invalid++; // the pipeline makes an error record of it; bare CoreNLP has nothing to
          // annotate
        } else {
          articles.add(article);
        }
        break;
      }
    }
    return new Sample(staging, chosen, articles, invalid);
  }

  /** A file's article as the pipeline normalizes it, or null when it is invalid. */
  private static Article normalized(ArticleNormalizer normalizer, Path file, Path relative)
      throws IOException {
    try {
      String text = TextDecoding.decode(Files.readAllBytes(file)).text();
      return normalizer.normalize(
          TextArticleParser.parse(relative.toString(), file.toString(), text));
    } catch (InvalidArticleException e) {
      return null;
    }
  }
}
