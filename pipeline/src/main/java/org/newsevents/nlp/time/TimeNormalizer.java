package org.newsevents.nlp.time;

import java.util.Locale;
import java.util.Properties;

/**
 * Which normalizer gives the time expressions their spans and values: a name (with an optional
 * {@code :noconvert}) goes in, the strategy comes out. Read from a profile's {@code
 * time.normalizer} property, or given to {@code eval-timeml}.
 *
 * <ul>
 *   <li>{@code sutime}: SUTime's spans, values through the project's {@link TimeResolver}.
 *   <li>{@code heideltime}: HeidelTime's spans and values, as HeidelTime gives them.
 *   <li>{@code heideltime-weekdays}: the same, with weekdays re-anchored by the project's tense
 *       rule ("on Saturday" in past-tense news is the previous Saturday).
 *   <li>{@code heideltime-resolved}: HeidelTime's spans, its values through all of the project's
 *       {@link TimeResolver} (weekdays, and months without a year, by the tense of their verb;
 *       clock times on the publication date; "years ago" at the unit's granularity), a clock time
 *       joined to the day after it ({@link ClockDates}), halves and decades in durations ({@link
 *       Fractions}) and the expressions HeidelTime leaves untagged ({@link AddedTimexes}).
 *   <li>{@code combined}: HeidelTime's span and value wherever HeidelTime found an expression (a
 *       weekday re-anchored by the project's tense rule, "on Saturday" in past-tense news is the
 *       previous Saturday), and SUTime's expressions that overlap none of HeidelTime's, with the
 *       resolver's values.
 *   <li>{@code combined-sutime-spans}: SUTime's spans and resolved values, except that where
 *       HeidelTime found exactly the same span its value is taken (weekday rule applied); then
 *       HeidelTime's expressions that overlap none of SUTime's.
 * </ul>
 *
 * <p>{@code :noconvert} turns off HeidelTime's ConvertDurations ("24 hours" stays PT24H instead of
 * P1D). Without a publication date HeidelTime's news rules cannot run, and SUTime's expressions are
 * used whatever the strategy.
 */
public record TimeNormalizer(Kind kind, boolean convertDurations) {

  /** The profile property naming the normalizer. */
  public static final String PROPERTY = "time.normalizer";

  /** The normalizer when a profile names none. */
  public static final TimeNormalizer DEFAULT = new TimeNormalizer(Kind.SUTIME, true);

  /** The ways of combining the two normalizers. */
  public enum Kind {
    SUTIME,
    HEIDELTIME,
    HEIDELTIME_WEEKDAYS,
    HEIDELTIME_RESOLVED,
    COMBINED,
    COMBINED_SUTIME_SPANS
  }

  /**
   * {@code sutime}, {@code heideltime}, {@code combined} or {@code combined-sutime-spans}, with an
   * optional {@code :noconvert}.
   */
  public static TimeNormalizer parse(String spec) {
    String name = spec.strip().toLowerCase(Locale.ROOT);
    boolean convert = true;
    if (name.endsWith(":noconvert")) {
      convert = false;
      name = name.substring(0, name.length() - ":noconvert".length());
    }
    Kind kind =
        switch (name) {
          case "sutime" -> Kind.SUTIME;
          case "heideltime" -> Kind.HEIDELTIME;
          case "heideltime-weekdays" -> Kind.HEIDELTIME_WEEKDAYS;
          case "heideltime-resolved" -> Kind.HEIDELTIME_RESOLVED;
          case "combined" -> Kind.COMBINED;
          case "combined-sutime-spans" -> Kind.COMBINED_SUTIME_SPANS;
          default ->
              throw new IllegalArgumentException(
                  "unknown time normalizer '"
                      + spec
                      + "' (sutime, heideltime, heideltime-weekdays, heideltime-resolved,"
                      + " combined or combined-sutime-spans, optionally with :noconvert)");
        };
    return new TimeNormalizer(kind, convert);
  }

  /** The normalizer a profile's properties name, else {@link #DEFAULT}. */
  public static TimeNormalizer fromProperties(Properties properties) {
    String spec = properties.getProperty(PROPERTY);
    return spec == null || spec.isBlank() ? DEFAULT : parse(spec);
  }

  /** Whether HeidelTime runs at all. */
  public boolean usesHeidelTime() {
    return kind != Kind.SUTIME;
  }

  /** The name {@link #parse} reads back. */
  public String spec() {
    String name = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return usesHeidelTime() && !convertDurations ? name + ":noconvert" : name;
  }

  @Override
  public String toString() {
    return spec();
  }
}
