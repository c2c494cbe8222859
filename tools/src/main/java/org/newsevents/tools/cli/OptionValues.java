package org.newsevents.tools.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The checked option values the commands share: the text after {@code --name=} goes in; a count or
 * an existing directory comes out, or picocli reports the option and why its value is wrong.
 */
public final class OptionValues {

  private OptionValues() {}

  /** A whole number of at least 1 (worker counts, threads, a limit where 0 means nothing). */
  public static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 1);
    }
  }

  /** A time normalizer's name ({@code heideltime-resolved}, {@code combined:noconvert}, ...). */
  public static final class TimeNormalizerName
      implements ITypeConverter<org.newsevents.nlp.time.TimeNormalizer> {
    @Override
    public org.newsevents.nlp.time.TimeNormalizer convert(String value) {
      try {
        return org.newsevents.nlp.time.TimeNormalizer.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A whole number of at least 0 (limits where 0 means all). */
  public static final class AtLeastZero implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return atLeast(value, 0);
    }
  }

  /**
   * The directory, if it exists: checked when the command starts, not as picocli converts, since
   * picocli converts defaults too and {@code --help} must work where the default corpus is missing.
   */
  public static Path directory(CommandSpec spec, String option, Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), option + ": " + dir + " is no directory");
    }
    return dir;
  }

  static int atLeast(String value, int min) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below, with the value as given
    }
    throw new TypeConversionException(
        "needs a whole number of at least " + min + ", not '" + value + "'");
  }
}
