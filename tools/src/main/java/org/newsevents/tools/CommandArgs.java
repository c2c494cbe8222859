package org.newsevents.tools;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name=value} arguments of a command: the arguments and the names the command knows go
 * in; the values come out. An unknown name or a bare word is an error, so typos do not pass.
 */
public final class CommandArgs {

  private final Map<String, String> values = new LinkedHashMap<>();

  private CommandArgs() {}

  public static CommandArgs parse(String command, String[] args, Set<String> known) {
    CommandArgs parsed = new CommandArgs();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException(command + ": expected --name=value, got " + arg);
      }
      String name = arg.substring(2, eq);
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            command + ": unknown option --" + name + " (known: " + String.join(", ", known) + ")");
      }
      parsed.values.put(name, arg.substring(eq + 1));
    }
    return parsed;
  }

  public String get(String name, String fallback) {
    String value = values.get(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  public String required(String command, String name) {
    String value = get(name, null);
    if (value == null) {
      throw new IllegalArgumentException(command + ": --" + name + " is required");
    }
    return value;
  }

  public int positive(String name, int fallback) {
    String value = get(name, null);
    if (value == null) {
      return fallback;
    }
    int n = Integer.parseInt(value);
    if (n <= 0) {
      throw new IllegalArgumentException("--" + name + " must be positive: " + value);
    }
    return n;
  }
}
