package org.newsevents.nlp.actors;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.newsevents.nlp.knowledge.ActorGazetteer;
import org.newsevents.nlp.knowledge.Lexicons;
import org.newsevents.nlp.text.AnnotatedText;
import org.newsevents.records.ShallowCopies;
import org.newsevents.schema.Actor;
import org.newsevents.schema.Argument;
import org.newsevents.schema.Event;
import org.newsevents.schema.Mention;
import org.newsevents.schema.Statement;

/**
 * Definite descriptions of a named actor (codebook rule 7): "the company" for the company the
 * article named before, "the prime minister" for the person the article titled so, "the actress"
 * for the actress named. The nouns and what they may refer to are the rows of
 * models/gazetteers/definite-nouns.tsv; the phrase must be "the" and one of the nouns, nothing else
 * ("the French paper" and "the former studio head" say more than a reference and are left to the
 * other sources). Of the agreeing named actors before the phrase, the one the article names most
 * often wins, then the nearest; with none, the phrase keeps what the other sources give it.
 */
final class DefiniteDescriptions {

  /** What a noun may refer to: a kind of name, the sectors of its code, or the article's title. */
  record Noun(String noun, boolean person, Set<String> sectors, boolean titled) {}

  private static final Pattern THE = Pattern.compile("(?i)^the\\s+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static volatile DefiniteDescriptions standard;

  private final Map<String, Noun> nouns = new HashMap<>();

  static DefiniteDescriptions standard() {
    if (standard == null) {
      synchronized (DefiniteDescriptions.class) {
        if (standard == null) {
          standard =
              new DefiniteDescriptions(
                  Lexicons.rows("newsevents/gazetteers/definite-nouns.tsv", 4));
        }
      }
    }
    return standard;
  }

  DefiniteDescriptions(List<String[]> table) {
    for (int i = 1; i < table.size(); i++) {
      String[] row = table.get(i);
      boolean person =
          switch (row[1]) {
            case "PERSON" -> true;
            case "ORGANIZATION" -> false;
            default ->
                throw new IllegalStateException(
                    "definite-nouns.tsv row "
                        + (i + 1)
                        + ": refers must be PERSON or ORGANIZATION");
          };
      if (!row[3].equals("yes") && !row[3].equals("no")) {
        throw new IllegalStateException(
            "definite-nouns.tsv row " + (i + 1) + ": titled must be yes or no");
      }
      Set<String> sectors = row[2].equals("-") ? Set.of() : Set.of(row[2].split("\\|"));
      for (String noun : row[0].split("\\|")) {
        nouns.put(noun, new Noun(noun, person, sectors, row[3].equals("yes")));
      }
    }
  }

  /** The noun of a phrase "the NOUN" (its words through its head), or null. */
  Noun noun(String phrase) {
    String words = WHITESPACE.matcher(phrase.strip()).replaceAll(" ");
    var m = THE.matcher(words);
    return m.find() ? nouns.get(words.substring(m.end()).toLowerCase(Locale.ROOT)) : null;
  }

  /** Whether the noun of a phrase "the NOUN" is capitalised: a short name ("The Bank"). */
  static boolean capitalised(String phrase) {
    String words = WHITESPACE.matcher(phrase.strip()).replaceAll(" ");
    var m = THE.matcher(words);
    return m.find() && m.end() < words.length() && Character.isUpperCase(words.charAt(m.end()));
  }

  /**
   * The named actor a definite description starting at an offset refers to, or null: of the coded
   * runs before it that agree with the noun, the one whose name the article repeats most, then the
   * nearest.
   */
  static ArticleNames.Run referent(
      Noun noun, int offset, ArticleNames names, Map<ArticleNames.Run, String> titles) {
    List<ArticleNames.Run> agreeing = new ArrayList<>();
    for (ArticleNames.Run run : names.runs()) {
      if (run.end() > offset) {
        break;
      }
      if (run.org() == noun.person() || run.code() == null) {
        continue;
      }
      boolean agrees =
          noun.titled()
              ? hasTitle(titles.get(run), noun.noun())
              : run.code().sector() != null && noun.sectors().contains(run.code().sector());
      if (agrees) {
        agreeing.add(run);
      }
    }
    ArticleNames.Run best = null;
    int bestCount = 0;
    for (ArticleNames.Run run : agreeing) {
      int count = mentions(run, names);
      if (best == null || count >= bestCount) {
        best = run;
        bestCount = count;
      }
    }
    return best;
  }

  /**
   * Words that make a title another office when written just before it ("Deputy Mayor", "shadow
   * foreign secretary", "ex-president"): {@code office-qualifiers.tsv}.
   */
  private static final String QUALIFIERS =
      Lexicons.rows("newsevents/gazetteers/office-qualifiers.tsv", 1).stream()
          .skip(1)
          .map(row -> Pattern.quote(row[0]))
          .collect(java.util.stream.Collectors.joining("|"));

  /** The compiled pattern of each definite noun, made once per JVM. */
  private static final Map<String, Pattern> TITLE_PATTERNS = new ConcurrentHashMap<>();

  private static boolean hasTitle(String title, String noun) {
    return title != null
        && TITLE_PATTERNS
            .computeIfAbsent(
                noun,
                n ->
                    Pattern.compile(
                        "(?<![\\p{L}])(?<!(?:"
                            + QUALIFIERS
                            + ")[ -])"
                            + Pattern.quote(n)
                            + "(?![\\p{L}])"))
            .matcher(title.toLowerCase(Locale.ROOT))
            .find();
  }

  /** How often the article names the run's actor: runs with its code and its name or surname. */
  private static int mentions(ArticleNames.Run run, ArticleNames names) {
    String surname = run.name().substring(run.name().lastIndexOf(' ') + 1);
    int count = 0;
    for (ArticleNames.Run other : names.runs()) {
      if (other.org() == run.org()
          && other.code() != null
          && other.code().code().equals(run.code().code())
          && (other.name().equals(run.name()) || !run.org() && other.name().endsWith(surname))) {
        count++;
      }
    }
    return count;
  }

  /** A coded slot that a later description of the same head noun may refer to. */
  private record Antecedent(int begin, int end, String text, String head, Actor actor) {}

  /**
   * The records with each description "the NOUN" that no source gave a country (no name it could
   * refer to) given the code of the nearest slot before it whose head is the same noun and whose
   * code has a country: "the ministry" after "Tunisia's foreign ministry" (TUNGOV), "the prime
   * minister" after "Iceland's prime minister". Other slots are not touched.
   */
  List<Event> sameHead(List<Event> events) {
    return sameHead(events, null, null);
  }

  /**
   * As {@link #sameHead(List)}, with the article's own descriptions of a state's body by its
   * country as antecedents too, slots or not: "said Tunisia's foreign ministry" (no actor slot when
   * the parser takes the ministry for a THEME) before "the ministry" (TUNGOV): each noun of the
   * table that refers to GOV organisations ("ministry"), with a possessor, adjective or compound
   * that names a country or its demonym ("Tunisia's", "the Algerian"). Not for companies, papers,
   * clubs: a country has many, and "the company" after "a Swiss shipping company" is most often the
   * company the article is about.
   */
  List<Event> sameHead(List<Event> events, AnnotatedText text, ActorGazetteer gazetteer) {
    List<Antecedent> coded = new ArrayList<>();
    if (text != null) {
      coded.addAll(described(text, gazetteer));
    }
    for (Event event : events) {
      for (Argument a : event.getArguments()) {
        String phrase = ActorCodes.upToHead(a.getText(), a.getHead());
        if (noun(phrase) == null && a.getActor() != null && a.getActor().getCountry() != null) {
          String head = a.getHead() == null ? lastWord(phrase) : a.getHead();
          coded.add(new Antecedent(a.getBegin(), a.getEnd(), a.getText(), head, a.getActor()));
        }
      }
    }
    if (coded.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event event : events) {
      Event copy = ShallowCopies.of(event);
      List<Argument> arguments = new ArrayList<>(event.getArguments().size());
      for (Argument a : event.getArguments()) {
        Actor actor =
            referred(
                ActorCodes.upToHead(a.getText(), a.getHead()), a.getBegin(), a.getActor(), coded);
        arguments.add(actor == a.getActor() ? a : Argument.newBuilder(a).setActor(actor).build());
      }
      copy.setArguments(arguments);
      Statement st = event.getStatement();
      if (st != null) {
        Statement statement = ShallowCopies.of(st);
        statement.setSpeaker(mention(st.getSpeaker(), coded));
        statement.setAddressee(mention(st.getAddressee(), coded));
        copy.setStatement(statement);
      }
      out.add(copy);
    }
    return out;
  }

  private Mention mention(Mention m, List<Antecedent> coded) {
    if (m == null) {
      return null;
    }
    Actor actor = referred(m.getText(), m.getBegin(), m.getActor(), coded);
    return actor == m.getActor() ? m : Mention.newBuilder(m).setActor(actor).build();
  }

  /**
   * The actor a slot "the NOUN" with no country takes from the nearest same-head slot, or its own.
   */
  private Actor referred(String phrase, int begin, Actor own, List<Antecedent> coded) {
    Noun noun = noun(phrase);
    if (noun == null || own != null && own.getCountry() != null) {
      return own;
    }
    String head = lastWord(noun.noun());
    Antecedent best = null;
    for (Antecedent c : coded) {
      if (c.end() <= begin
          && c.head().equalsIgnoreCase(head)
          && (best == null || c.begin() > best.begin())) {
        best = c;
      }
    }
    if (best == null) {
      return own;
    }
    return Actor.newBuilder(best.actor())
        .setMatched(WHITESPACE.matcher(phrase.strip()).replaceAll(" "))
        .setBasis("SENTENCE")
        .setSource(
            "sentence:definite '"
                + noun.noun()
                + "' for '"
                + WHITESPACE.matcher(best.text()).replaceAll(" ")
                + "' <- "
                + best.actor().getSource())
        .build();
  }

  /** The article's phrases "COUNTRY's NOUN", "DEMONYM NOUN" for the organisation nouns. */
  private List<Antecedent> described(AnnotatedText text, ActorGazetteer gazetteer) {
    List<Antecedent> out = new ArrayList<>();
    for (int s = 0; s < text.sentenceCount(); s++) {
      SemanticGraph graph = text.basic(s);
      if (graph == null) {
        continue;
      }
      for (IndexedWord word : graph.vertexSet()) {
        Noun noun = nouns.get(word.word().toLowerCase(Locale.ROOT));
        if (noun == null || noun.person() || !noun.sectors().equals(Set.of("GOV"))) {
          continue;
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
          String rel = edge.getRelation().toString();
          if (!rel.equals("nmod:poss") && !rel.equals("amod") && !rel.equals("compound")) {
            continue;
          }
          int[] span = text.phrase(s, edge.getDependent(), false);
          String modifier = text.body().substring(span[0], span[1]);
          ActorGazetteer.Hit hit = gazetteer.find(modifier, null);
          String country = LocalPeople.nationalCountry(hit);
          if (country == null || !hit.matched().equals(modifier.replaceFirst("'s?$", "").strip())) {
            continue;
          }
          String sector = noun.sectors().iterator().next();
          int begin = Math.min(span[0], word.beginPosition());
          String phrase = text.body().substring(begin, word.endPosition());
          out.add(
              new Antecedent(
                  begin,
                  word.endPosition(),
                  phrase,
                  word.word(),
                  Actor.newBuilder()
                      .setCode(country + sector)
                      .setCountry(country)
                      .setGroup(null)
                      .setSector(sector)
                      .setMatched(phrase)
                      .setBasis("SENTENCE")
                      .setSource(
                          "sentence:description '"
                              + phrase
                              + "' countries.tsv "
                              + hit.matched()
                              + " + definite-nouns.tsv '"
                              + noun.noun()
                              + "'")
                      .build()));
          break;
        }
      }
    }
    return out;
  }

  private static String lastWord(String phrase) {
    String[] words = WHITESPACE.split(phrase.strip());
    return words[words.length - 1];
  }
}
