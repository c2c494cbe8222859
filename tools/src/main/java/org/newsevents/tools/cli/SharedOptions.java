package org.newsevents.tools.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options several commands share, declared once as picocli mixins: a command's {@code @Mixin}
 * field goes in; the option, with one name, default and description everywhere, comes out.
 */
public final class SharedOptions {

  private SharedOptions() {}

  /** {@code --output=DIR}: the run that {@code inspect}, {@code export} and {@code report} read. */
  public static final class RunDirectory {
    @Option(
        names = "--output",
        paramLabel = "DIR",
        defaultValue = "out",
        description = "the run's output directory")
    public Path output;
  }

  /** {@code --corpus} and {@code --limit} of the commands that measure over a corpus sample. */
  public static final class Corpus {

    public static final String DEFAULT = "../shared/data/bbc-news";

    @Option(
        names = "--corpus",
        paramLabel = "DIR",
        defaultValue = DEFAULT,
        description = "the articles, read as the pipeline reads them")
    public Path corpus;

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "0",
        converter = OptionValues.AtLeastZero.class,
        description = "articles used, spread evenly over the corpus; 0 = all")
    public int limit;

    /** The corpus directory, if it exists. */
    public Path directory(CommandSpec spec) {
      return OptionValues.directory(spec, "--corpus", corpus);
    }
  }

  /** {@code --limit} of the commands that read a gold corpus: its first N documents. */
  public static final class FirstDocuments {
    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "0",
        converter = OptionValues.AtLeastZero.class,
        description = "the first N documents, in file-name order (per directory); 0 = all")
    public int limit;

    /** How many documents to read: the limit, or {@link Integer#MAX_VALUE} for all. */
    public int count() {
      return limit == 0 ? Integer.MAX_VALUE : limit;
    }
  }

  /** {@code --profile} and {@code --report} of the evaluations against gold annotations. */
  public static final class Evaluation {
    @Option(
        names = "--profile",
        paramLabel = "NAME",
        defaultValue = "lean",
        description = "CoreNLP profile: models/profiles/NAME.properties")
    public String profile;

    @Option(names = "--report", paramLabel = "FILE", description = "also write the scores as JSON")
    public Path report;
  }
}
