package org.newsevents.tools;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Errors as one line on standard error: a wrong argument or a failed command goes in; {@code
 * newsevents <command>: <what>} and the exit code come out (2 for wrong arguments, 1 for a
 * failure), with the stack trace only under {@code --verbose}.
 */
final class OneLineErrors {

  static final int WRONG_ARGUMENTS = 2;
  static final int FAILED = 1;

  private OneLineErrors() {}

  static int wrongArguments(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + describe(e));
    return WRONG_ARGUMENTS;
  }

  static int failure(Exception e, CommandLine command, ParseResult parsed) {
    command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + message(e));
    if (verbose(parsed)) {
      e.printStackTrace(command.getErr());
    }
    return FAILED;
  }

  /** The wrong argument, and for a misspelt one the nearest valid name. */
  static String describe(ParameterException e) {
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String arg = unmatched.getUnmatched().get(0);
      String what;
      if (arg.startsWith("-")) {
        what = "unknown option " + arg.split("=", 2)[0];
      } else if (!e.getCommandLine().getSubcommands().isEmpty()) {
        what = "unknown command " + arg;
      } else {
        what = "unexpected argument " + arg;
      }
      List<String> nearest = unmatched.getSuggestions();
      return nearest.isEmpty() ? what : what + " (did you mean " + nearest.get(0) + "?)";
    }
    if (e instanceof MissingParameterException missing
        && e.getMessage().startsWith("Missing required option")) {
      return "missing required option "
          + missing.getMissing().stream()
              .map(OneLineErrors::name)
              .collect(Collectors.joining(", "));
    }
    return lowerFirst(firstLine(e.getMessage()));
  }

  /** What went wrong, without the exception's class unless there is nothing else to say. */
  static String message(Throwable e) {
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return message(e.getCause());
    }
    if (e instanceof NoSuchFileException missing) {
      return "no such file or directory: " + missing.getFile();
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    String text = e.getMessage();
    return text == null || text.isBlank() ? e.getClass().getSimpleName() : firstLine(text);
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(Cli.VERBOSE)) {
        return true;
      }
    }
    return false;
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("");
  }

  /** picocli's messages start a sentence; after "newsevents inspect: " they continue one. */
  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
