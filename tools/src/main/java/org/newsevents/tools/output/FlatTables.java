package org.newsevents.tools.output;

import static org.newsevents.tools.output.Table.Type.BOOLEAN;
import static org.newsevents.tools.output.Table.Type.DOUBLE;
import static org.newsevents.tools.output.Table.Type.INT;
import static org.newsevents.tools.output.Table.Type.STRING;
import static org.newsevents.tools.output.Table.Type.TIMESTAMP;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsevents.records.EventViews;
import org.newsevents.records.OutputRecords;
import org.newsevents.records.Roles;
import org.newsevents.schema.Actor;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Article;
import org.newsevents.schema.ErrorRecord;
import org.newsevents.schema.Event;
import org.newsevents.schema.EventCluster;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Statement;

/**
 * The records of a run as flat tables: the output's records go in; five tables come out, {@code
 * events} (one row per event mention with its main arguments, time, factuality and provenance),
 * {@code statements}, {@code articles}, {@code clusters} and {@code errors}. Lists are joined with
 * {@value #JOIN}.
 */
public final class FlatTables {

  /** Separates the items of a list in one cell. */
  public static final String JOIN = "; ";

  private FlatTables() {}

  /** The five tables of the output, in a fixed order. */
  public static List<Table> of(OutputRecords output) {
    Map<String, Article> articles = output.articlesById();
    List<Event> events = output.events();
    List<Event> statements = events.stream().filter(e -> e.getStatement() != null).toList();
    return List.of(
        Table.of("events", eventFields(articles), events),
        Table.of("statements", statementFields(articles), statements),
        Table.of("articles", articleFields(), output.articles()),
        Table.of("clusters", clusterFields(), output.clusters()),
        Table.of("errors", errorFields(), output.errors()));
  }

  static List<Table.Field<Event>> eventFields(Map<String, Article> articles) {
    List<Table.Field<Event>> f = new ArrayList<>();
    f.add(Table.Field.of("event_id", STRING, "the event's id", Event::getEventId));
    f.add(Table.Field.of("doc_id", STRING, "the article", Event::getDocId));
    f.add(Table.Field.of("cluster_id", STRING, "the event cluster", Event::getClusterId));
    f.add(
        Table.Field.of(
            "article_cluster_id",
            STRING,
            "the article's near-duplicate cluster",
            e -> article(articles, e, Article::getArticleClusterId)));
    f.add(Table.Field.of("type", STRING, "event type", Event::getType));
    f.add(Table.Field.of("cameo_root", STRING, "CAMEO root code", Event::getCameoRoot));
    f.add(Table.Field.of("timeml_class", STRING, "TimeML class", Event::getTimemlClass));
    f.add(Table.Field.of("trigger", STRING, "trigger as written", e -> e.getTrigger().getText()));
    f.add(Table.Field.of("trigger_lemma", STRING, "trigger lemma", e -> e.getTrigger().getLemma()));
    f.add(Table.Field.of("trigger_begin", INT, "offset in body", e -> e.getTrigger().getBegin()));
    f.add(Table.Field.of("trigger_end", INT, "offset in body", e -> e.getTrigger().getEnd()));
    f.add(
        Table.Field.of(
            "actors", STRING, "AGENT, PATIENT, speaker", e -> join(EventViews.names(e))));
    for (String role :
        List.of(Roles.AGENT, Roles.PATIENT, Roles.RECIPIENT, Roles.THEME, Roles.LOCATION)) {
      f.add(
          Table.Field.of(
              role.toLowerCase(java.util.Locale.ROOT),
              STRING,
              role + " arguments (canonical name, else as written)",
              e -> role(e, role)));
    }
    f.add(Table.Field.of("speaker", STRING, "statement speaker", e -> speaker(e.getStatement())));
    for (String role : List.of(Roles.AGENT, Roles.PATIENT, Roles.RECIPIENT)) {
      String name = role.toLowerCase(java.util.Locale.ROOT);
      f.add(
          Table.Field.of(
              name + "_code",
              STRING,
              role + " actor codes, in the order of " + name + " ('-': none)",
              e -> roleActors(e, role, Actor::getCode)));
      f.add(
          Table.Field.of(
              name + "_code_source",
              STRING,
              "where each " + name + " code came from ('-': none)",
              e -> roleActors(e, role, Actor::getSource)));
    }
    f.addAll(speakerCodes());
    f.add(Table.Field.of("time_value", STRING, "TIMEX3 value", e -> time(e, t -> t.getValue())));
    f.add(Table.Field.of("time_text", STRING, "time as written", e -> time(e, t -> t.getText())));
    f.add(
        Table.Field.of(
            "time_source",
            STRING,
            "SENTENCE or PUBLICATION_DATE",
            e -> time(e, t -> t.getSource())));
    f.add(
        Table.Field.of(
            "time_granularity", STRING, "DAY, MONTH, ...", e -> time(e, t -> t.getGranularity())));
    f.add(Table.Field.of("time_mod", STRING, "open range", e -> time(e, t -> t.getMod())));
    f.add(Table.Field.of("negated", BOOLEAN, "negated", Event::getNegated));
    f.add(Table.Field.of("modality", STRING, "modality", Event::getModality));
    f.add(Table.Field.of("modal_cue", STRING, "modal word", Event::getModalCue));
    f.add(Table.Field.of("tense", STRING, "tense", Event::getTense));
    f.add(Table.Field.of("reported", BOOLEAN, "told inside a statement", Event::getReported));
    f.add(Table.Field.of("reported_by", STRING, "reporting statement", Event::getReportedBy));
    f.add(Table.Field.of("sentence_index", INT, "sentence number", Event::getSentenceIndex));
    f.add(Table.Field.of("sentence", STRING, "sentence text", Event::getSentence));
    f.add(Table.Field.of("rule", STRING, "producing rule", Event::getRule));
    f.addAll(articleProvenance(articles));
    return f;
  }

  /** The speaker's actor code and where it came from, in the events and statements tables. */
  private static List<Table.Field<Event>> speakerCodes() {
    return List.of(
        Table.Field.of(
            "speaker_code", STRING, "speaker's actor code", e -> speakerActor(e, Actor::getCode)),
        Table.Field.of(
            "speaker_code_source",
            STRING,
            "where the speaker's code came from (dictionary entry, sentence role, override)",
            e -> speakerActor(e, Actor::getSource)));
  }

  static List<Table.Field<Event>> statementFields(Map<String, Article> articles) {
    List<Table.Field<Event>> f = new ArrayList<>();
    f.add(Table.Field.of("event_id", STRING, "the statement's event id", Event::getEventId));
    f.add(Table.Field.of("doc_id", STRING, "the article", Event::getDocId));
    f.add(Table.Field.of("cluster_id", STRING, "the event cluster", Event::getClusterId));
    f.add(Table.Field.of("type", STRING, "STATEMENT, APPEAL, ...", Event::getType));
    f.add(
        Table.Field.of(
            "speaker", STRING, "canonical, else as written", e -> speaker(e.getStatement())));
    f.add(
        Table.Field.of(
            "speaker_text", STRING, "as written", e -> mentionText(e.getStatement().getSpeaker())));
    f.add(
        Table.Field.of(
            "speaker_found",
            BOOLEAN,
            "false: no speaker",
            e -> e.getStatement().getSpeakerFound()));
    f.addAll(speakerCodes());
    f.add(
        Table.Field.of(
            "cue",
            STRING,
            "reporting verb",
            e -> e.getStatement().getCue() == null ? null : e.getStatement().getCue().getText()));
    f.add(
        Table.Field.of(
            "addressee", STRING, "addressee", e -> mentionName(e.getStatement().getAddressee())));
    f.add(
        Table.Field.of(
            "addressee_code",
            STRING,
            "addressee's actor code",
            e -> actorOf(e.getStatement().getAddressee(), Actor::getCode)));
    f.add(
        Table.Field.of(
            "addressee_code_source",
            STRING,
            "where the addressee's code came from",
            e -> actorOf(e.getStatement().getAddressee(), Actor::getSource)));
    f.add(
        Table.Field.of(
            "content", STRING, "what was said", e -> e.getStatement().getContent().getText()));
    f.add(
        Table.Field.of(
            "content_begin", INT, "offset", e -> e.getStatement().getContent().getBegin()));
    f.add(
        Table.Field.of("content_end", INT, "offset", e -> e.getStatement().getContent().getEnd()));
    f.add(
        Table.Field.of("direct", BOOLEAN, "in quotation marks", e -> e.getStatement().getDirect()));
    f.add(
        Table.Field.of(
            "continues",
            STRING,
            "a quotation's further piece: event_id of the statement it continues",
            e -> e.getStatement().getContinues()));
    f.add(
        Table.Field.of(
            "statement_kind",
            STRING,
            "SPEECH, WRITTEN, BELIEF, STANCE, EVIDENCE or UNKNOWN",
            e -> e.getStatement().getKind().name()));
    f.add(
        Table.Field.of(
            "statement_confidence",
            DOUBLE,
            "estimated probability that cue, source and content are right (0-1)",
            e -> e.getStatement().getConfidence()));
    f.add(Table.Field.of("time_value", STRING, "TIMEX3 value", e -> time(e, t -> t.getValue())));
    f.add(
        Table.Field.of(
            "time_source",
            STRING,
            "SENTENCE or PUBLICATION_DATE",
            e -> time(e, t -> t.getSource())));
    f.add(Table.Field.of("negated", BOOLEAN, "negated", Event::getNegated));
    f.add(Table.Field.of("modality", STRING, "modality", Event::getModality));
    f.add(Table.Field.of("reported_by", STRING, "reporting statement", Event::getReportedBy));
    f.add(Table.Field.of("sentence_index", INT, "sentence number", Event::getSentenceIndex));
    f.add(Table.Field.of("rule", STRING, "producing rule", Event::getRule));
    f.addAll(articleProvenance(articles));
    return f;
  }

  static List<Table.Field<Article>> articleFields() {
    return List.of(
        Table.Field.of("doc_id", STRING, "the article", Article::getDocId),
        Table.Field.of(
            "article_cluster_id", STRING, "near-duplicate cluster", Article::getArticleClusterId),
        Table.Field.of("source", STRING, "input URI", Article::getSource),
        Table.Field.of("url", STRING, "URL", Article::getUrl),
        Table.Field.of("title", STRING, "headline", Article::getTitle),
        Table.Field.of("published", TIMESTAMP, "publication time (UTC)", Article::getPublished),
        Table.Field.of("content_hash", STRING, "SHA-256 of the body", Article::getContentHash),
        Table.Field.of("sentence_count", INT, "sentences", Article::getSentenceCount),
        Table.Field.of("token_count", INT, "tokens", Article::getTokenCount),
        Table.Field.of("statement_count", INT, "statements", Article::getStatementCount),
        Table.Field.of("event_count", INT, "events", Article::getEventCount),
        Table.Field.of("warnings", STRING, "warnings", a -> join(a.getWarnings())));
  }

  static List<Table.Field<EventCluster>> clusterFields() {
    return List.of(
        Table.Field.of("cluster_id", STRING, "the cluster", EventCluster::getClusterId),
        Table.Field.of("type", STRING, "event type", EventCluster::getType),
        Table.Field.of("date", STRING, "date bucket", EventCluster::getDate),
        Table.Field.of(
            "date_source", STRING, "where the date came from", EventCluster::getDateSource),
        Table.Field.of("actors", STRING, "actors", c -> join(c.getActors())),
        Table.Field.of("places", STRING, "places", c -> join(c.getPlaces())),
        Table.Field.of("mention_count", INT, "mentions", EventCluster::getMentionCount),
        Table.Field.of("article_count", INT, "articles", EventCluster::getArticleCount),
        Table.Field.of(
            "independent_article_count",
            INT,
            "near-duplicate clusters",
            EventCluster::getIndependentArticleCount),
        Table.Field.of("source_count", INT, "distinct sources", EventCluster::getSourceCount),
        Table.Field.of("sources", STRING, "sources", c -> join(c.getSources())),
        Table.Field.of("event_ids", STRING, "members", c -> join(c.getEventIds())),
        Table.Field.of("doc_ids", STRING, "articles", c -> join(c.getDocIds())));
  }

  static List<Table.Field<ErrorRecord>> errorFields() {
    return List.of(
        Table.Field.of("source", STRING, "input URI", ErrorRecord::getSource),
        Table.Field.of("doc_id", STRING, "document", ErrorRecord::getDocId),
        Table.Field.of("stage", STRING, "read, normalize or annotate", ErrorRecord::getStage),
        Table.Field.of("error_type", STRING, "error type", ErrorRecord::getErrorType),
        Table.Field.of("message", STRING, "message", ErrorRecord::getMessage),
        Table.Field.of(
            "payload_start", STRING, "start of the input", ErrorRecord::getPayloadStart));
  }

  private static List<Table.Field<Event>> articleProvenance(Map<String, Article> articles) {
    return List.of(
        Table.Field.of(
            "published",
            TIMESTAMP,
            "article publication time (UTC)",
            e -> article(articles, e, Article::getPublished)),
        Table.Field.of(
            "source", STRING, "article input URI", e -> article(articles, e, Article::getSource)),
        Table.Field.of("url", STRING, "article URL", e -> article(articles, e, Article::getUrl)),
        Table.Field.of(
            "content_hash",
            STRING,
            "SHA-256 of the article body the offsets point into",
            e -> article(articles, e, Article::getContentHash)));
  }

  private static Object article(
      Map<String, Article> articles, Event event, Function<Article, Object> value) {
    Article article = articles.get(event.getDocId());
    return article == null ? null : value.apply(article);
  }

  private static String role(Event event, String role) {
    List<String> names = new ArrayList<>();
    for (Argument a : event.getArguments()) {
      if (a.getRole().equals(role)) {
        names.add(a.getCanonical() != null ? a.getCanonical() : a.getText());
      }
    }
    return names.isEmpty() ? null : join(names);
  }

  /**
   * One value of each argument of the role, in order, "-" for an argument with no actor (or no
   * value) so that the list lines up with the role's names; null when the role has no argument.
   */
  private static String roleActors(Event event, String role, Function<Actor, String> value) {
    List<String> values = new ArrayList<>();
    for (Argument a : event.getArguments()) {
      if (a.getRole().equals(role)) {
        String v = a.getActor() == null ? null : value.apply(a.getActor());
        values.add(v == null ? "-" : v);
      }
    }
    return values.isEmpty() ? null : join(values);
  }

  private static String speakerActor(Event event, Function<Actor, String> value) {
    return event.getStatement() == null ? null : actorOf(event.getStatement().getSpeaker(), value);
  }

  private static String actorOf(Mention mention, Function<Actor, String> value) {
    return mention == null || mention.getActor() == null ? null : value.apply(mention.getActor());
  }

  private static Object time(Event event, Function<org.newsevents.schema.EventTime, Object> value) {
    if (event.getTime() == null) {
      return null;
    }
    Object v = value.apply(event.getTime());
    return v == null ? null : v.toString();
  }

  static String speaker(Statement statement) {
    return statement == null ? null : mentionName(statement.getSpeaker());
  }

  private static String mentionName(Mention mention) {
    if (mention == null) {
      return null;
    }
    return mention.getCanonical() != null ? mention.getCanonical() : mention.getText();
  }

  private static String mentionText(Mention mention) {
    return mention == null ? null : mention.getText();
  }

  private static String join(List<String> items) {
    return items == null || items.isEmpty()
        ? null
        : items.stream().collect(Collectors.joining(JOIN));
  }
}
