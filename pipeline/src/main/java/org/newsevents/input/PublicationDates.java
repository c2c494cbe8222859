package org.newsevents.input;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the publication dates written in news inputs into UTC instants (UTC when no zone is
 * given).
 */
public final class PublicationDates {

  private static final Pattern WEEKDAY_PREFIX =
      Pattern.compile("^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+", Pattern.CASE_INSENSITIVE);

  private static final List<DateTimeFormatter> DATE_TIMES =
      List.of(formatter("dd.MM.uuuu HH:mm"), formatter("uuuu-MM-dd HH:mm:ss"));

  private static final List<DateTimeFormatter> DATES =
      List.of(
          formatter("dd.MM.uuuu"),
          DateTimeFormatter.ISO_LOCAL_DATE,
          formatter("MMMM d, uuuu"),
          formatter("d MMMM uuuu"),
          formatter("MMM d, uuuu"),
          formatter("d MMM uuuu"));

  private PublicationDates() {}

  /** Returns the instant the text denotes, or empty when it is none of the known formats. */
  public static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = WEEKDAY_PREFIX.matcher(text.strip()).replaceFirst("");
    // ISO with an offset first: it is the only form that carries its own zone.
    Optional<Instant> iso = attempt(() -> OffsetDateTime.parse(s).toInstant());
    if (iso.isEmpty()) {
      iso = attempt(() -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
    }
    if (iso.isPresent()) {
      return iso;
    }
    for (DateTimeFormatter f : DATE_TIMES) {
      Optional<Instant> r = attempt(() -> LocalDateTime.from(f.parse(s)).toInstant(ZoneOffset.UTC));
      if (r.isPresent()) {
        return r;
      }
    }
    for (DateTimeFormatter f : DATES) {
      Optional<Instant> r = attempt(() -> atStartOfDay(f.parse(s)));
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }

  /** True when the whole line is a date in one of the known formats. */
  public static boolean looksLikeDate(String line) {
    return parse(line).isPresent();
  }

  private static Instant atStartOfDay(TemporalAccessor parsed) {
    return LocalDate.from(parsed).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  private interface Parse {
    Instant get();
  }

  private static Optional<Instant> attempt(Parse parse) {
    try {
      return Optional.of(parse.get());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
