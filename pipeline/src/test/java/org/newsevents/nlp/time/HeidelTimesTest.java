package org.newsevents.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsevents.nlp.ArticleAnalyzer;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * HeidelTime's news rules over CoreNLP's tokens and tags, through the shared pipeline: concrete
 * values against the publication date, ConvertDurations, the weekday rule of the combined
 * normalizer, and the same values on every call in any order of documents.
 */
class HeidelTimesTest {

  private static final LocalDate TUESDAY = LocalDate.of(2013, 9, 10);
  private static final LocalDate FRIDAY = LocalDate.of(2013, 7, 5);

  private static AnnotatedText annotate(String body, LocalDate published) {
    return ArticleAnalyzer.forProfile("full").annotate(body, published);
  }

  private static String tagged(String body, LocalDate published, boolean convert) {
    AnnotatedText text = annotate(body, published);
    return HeidelTimes.standard(convert).tag(text, published).stream()
        .map(f -> body.substring(f.begin(), f.end()) + "=" + f.type() + ":" + f.value())
        .collect(Collectors.joining("|"));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '\t',
      textBlock =
          """
          Talks resumed in early August.\t2013-09-10\tearly August=DATE:2013-08
          Talks resumed in early August.\t2013-07-05\tearly August=DATE:2012-08
          Officials expect growth in the next decade.\t2013-09-10\tthe next decade=DATE:202
          Prices rose last week.\t2013-09-10\tlast week=DATE:2013-W36
          The vote was held at 15:00 GMT Saturday.\t2013-09-10\tSaturday=DATE:2013-09-07
          He said on Monday that the talks began three years ago.\t2013-09-10\tMonday=DATE:2013-09-09|three years ago=DATE:2010
          """)
  void resolvesAgainstThePublicationDate(String body, String published, String expected) {
    assertEquals(expected, tagged(body, LocalDate.parse(published), true));
  }

  @Test
  void convertDurationsIsASwitch() {
    String body = "The siege lasted 24 hours.";
    assertEquals("24 hours=DURATION:P1D", tagged(body, FRIDAY, true));
    assertEquals("24 hours=DURATION:PT24H", tagged(body, FRIDAY, false));
  }

  @Test
  void theCombinedNormalizerKeepsTheTenseRuleForWeekdays() {
    String body = "The rebels attacked on Saturday. He will travel to Geneva on Saturday.";
    AnnotatedText text = annotate(body, FRIDAY);
    assertEquals("Saturday=DATE:2013-06-29|Saturday=DATE:2013-07-06", values(text, "combined"));
  }

  @Test
  void theResolverGivesAMonthWithoutAYearTheYearOfItsTense() {
    // The sample's sentence: HeidelTime takes the sentence's past tense ("he added") and gives the
    // past August of a July article; the project's resolver reads the tense of the verb the month
    // modifies ("might not take place", open) and takes the nearer August.
    String body = "The meeting in Geneva might not take place until August or later, he added.";
    AnnotatedText text = annotate(body, FRIDAY);
    assertEquals("August=DATE:2012-08", values(text, "heideltime-weekdays"));
    assertEquals("August=DATE:2013-08", values(text, "heideltime-resolved"));
  }

  private static String values(AnnotatedText text, String normalizer) {
    return values(text, FRIDAY, normalizer);
  }

  private static String values(AnnotatedText text, LocalDate published, String normalizer) {
    return NormalizedTimexes.find(text, published, TimeNormalizer.parse(normalizer)).stream()
        .map(m -> m.text() + "=" + m.type() + ":" + m.value())
        .collect(Collectors.joining("|"));
  }

  /**
   * One case per pattern the resolver fixes under {@code heideltime-resolved}, each on a sentence
   * of its own with its publication date (the patterns of the TIMEX error analysis in
   * docs/history/eval-timeml.md).
   */
  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '\t',
      textBlock =
          """
          He stepped down as chairman in March for health reasons.\t1989-11-02\tMarch=DATE:1989-03
          In January, the company brought in a new chief executive.\t1989-10-27\tJanuary=DATE:1989-01
          With the general election due this September, the figures came at a bad time.\t1998-02-05\tthis September=DATE:1998-09
          The vote was held at 15:00 GMT Saturday.\t2013-09-10\t15:00 GMT Saturday=TIME:2013-09-07T15:00
          Dow Jones extended its offer until 5 p.m. EST Nov. 9.\t1989-11-02\t5 p.m. EST Nov. 9=TIME:1989-11-09T17:00
          Officials postponed until Tuesday morning any action on the case.\t2000-03-30\tTuesday morning=TIME:2000-04-04TMO
          The acquisition is scheduled to close Monday.\t1989-11-02\tMonday=DATE:1989-11-06
          The government has held such rallies almost daily.\t2000-01-07\tdaily=SET:P1D
          Troops are expected to arrive within weeks.\t1990-08-15\tweeks=DURATION:PXW
          Nobody knows what the future holds.\t1998-05-01\tthe future=DATE:FUTURE_REF
          The company had revenue of $76 million for the year ended March 31.\t1989-11-01\tthe year=DURATION:P1Y|March 31=DATE:1989-03-31
          The talks lasted 2 1/2 years.\t1998-02-27\t2 1/2 years=DURATION:P2Y6M
          She will spend 5 1/2 hours in Nairobi.\t1998-08-17\t5 1/2 hours=DURATION:PT5H30M
          The rate was the lowest in almost two decades.\t1998-02-06\talmost two decades=DURATION:P20Y
          """)
  void theResolverFixesEachPattern(String body, String published, String expected) {
    LocalDate date = LocalDate.parse(published);
    assertEquals(expected, values(annotate(body, date), date, "heideltime-resolved"));
  }

  /**
   * The phrases and reporting periods of branch timex3 (docs/history/eval-timeml.md, 2026-12-05),
   * each on a sentence of its own: the reported quarter and what is compared with it,
   * "year-earlier" added, "a couple of", "the last week", recurring weekdays, "in the past", "by
   * year-end", "For weeks", and "is to" pointing ahead.
   */
  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '\t',
      textBlock =
          """
          Acme posted third-quarter profit of $5 million. In the quarter, sales rose to $40 million from $36 million a year ago.\t1989-10-26\tthird-quarter=DATE:1989-Q3|the quarter=DATE:1989-Q3|a year ago=DATE:1988-Q3
          Acme posted a third-quarter loss, compared with year-earlier profit of $3 million.\t1989-11-02\tthird-quarter=DATE:1989-Q3|year-earlier=DATE:1988-Q3
          The plant's output fell a year ago. Costs were lower than a year earlier.\t1989-10-26\ta year ago=DATE:1988|a year earlier=DATE:1988
          Acme posted third-quarter profit. For the nine months, it earned $20 million, up from $18 million a year earlier.\t1989-10-26\tthird-quarter=DATE:1989-Q3|the nine months=DURATION:P9M|a year earlier=DATE:1988
          Acme reported a third-quarter loss. Sales in the latest period were $1.7 billion, and in the 1988 period $1.5 billion.\t1989-11-02\tthird-quarter=DATE:1989-Q3|the latest period=DATE:1989-Q3|the 1988 period=DATE:1988-Q3
          The mood is not going to change for a couple of years.\t1998-01-08\ta couple of years=DURATION:P2Y
          He has been in Bethesda for the last week.\t2000-04-14\tthe last week=DATE:2000-W15
          Two new flights will leave Sydney each Thursday.\t1998-02-13\teach Thursday=SET:XXXX-WXX-4
          In the past, the two countries have often disagreed.\t1998-02-27\tthe past=DATE:PAST_REF
          The company expects to complete the sale by year-end.\t1989-10-30\tyear-end=DATE:1989
          For weeks the government has held such rallies.\t2000-01-07\tweeks=DURATION:PXW
          Shares of the company are to resume trading Tuesday.\t1989-10-27\tTuesday=DATE:1989-10-31
          """)
  void theResolverResolvesReportingPeriodsAndPhrases(
      String body, String published, String expected) {
    LocalDate date = LocalDate.parse(published);
    assertEquals(expected, values(annotate(body, date), date, "heideltime-resolved"));
  }

  @Test
  void theResolverGivesTheSameValuesInAnyOrderOfDocuments() {
    Map<String, LocalDate> docs = new LinkedHashMap<>();
    docs.put("He stepped down in March. The vote was held at 15:00 GMT Saturday.", TUESDAY);
    docs.put("Officials postponed until Tuesday morning any action, held daily.", FRIDAY);
    docs.put("The deal is scheduled to close Monday, within weeks of the talks.", TUESDAY);
    docs.put(
        "Acme posted third-quarter profit. Sales rose in the quarter from a year ago.",
        LocalDate.of(1989, 10, 26));
    Map<String, String> first = new LinkedHashMap<>();
    docs.forEach(
        (body, date) -> first.put(body, values(annotate(body, date), date, "heideltime-resolved")));
    List<String> shuffled = new ArrayList<>(docs.keySet());
    Collections.shuffle(shuffled, new Random(11));
    for (String body : shuffled) {
      LocalDate date = docs.get(body);
      assertEquals(first.get(body), values(annotate(body, date), date, "heideltime-resolved"));
    }
    assertEquals(
        "March=DATE:2013-03|15:00 GMT Saturday=TIME:2013-09-07T15:00",
        first.get("He stepped down in March. The vote was held at 15:00 GMT Saturday."));
  }

  @Test
  void sameValuesOnEveryCallInAnyOrderOfDocuments() {
    Map<String, LocalDate> docs = new LinkedHashMap<>();
    docs.put("Talks resumed in early August and will end next month.", TUESDAY);
    docs.put("The rebels attacked on Saturday, three days after the truce of last week.", FRIDAY);
    docs.put("The war began in 2011. A decade ago nobody expected it.", LocalDate.of(2000, 1, 15));
    Map<String, String> first = new LinkedHashMap<>();
    docs.forEach((body, date) -> first.put(body, tagged(body, date, true)));
    List<String> shuffled = new ArrayList<>(docs.keySet());
    Collections.shuffle(shuffled, new Random(7));
    Locale before = Locale.getDefault();
    for (String body : shuffled) {
      assertEquals(first.get(body), tagged(body, docs.get(body), true), body);
    }
    assertEquals(before, Locale.getDefault(), "the default locale is restored after each call");
    assertEquals(
        "early August=DATE:2013-08|next month=DATE:2013-10",
        first.get("Talks resumed in early August and will end next month."));
  }
}
