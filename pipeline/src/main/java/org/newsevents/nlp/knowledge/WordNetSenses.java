package org.newsevents.nlp.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * What WordNet 3.1 (extJWNL's data jar, Princeton's WordNet licence) says of a lemma, as features
 * of the trained trigger model: a lemma and coarse part of speech (N or V) go in; the lexicographer
 * files of its first senses ("noun.event", "noun.act", "noun.artifact") and whether a noun sense is
 * derived from a verb ("attack" from "attack", "election" from "elect") come out.
 */
public final class WordNetSenses {

  /** How many senses (most frequent first) name their lexicographer file. */
  private static final int SENSES = 3;

  private static final WordNetSenses STANDARD = new WordNetSenses();

  private final Map<String, List<String>> cache = new ConcurrentHashMap<>();
  private final Map<String, Boolean> transitive = new ConcurrentHashMap<>();
  private final Map<String, Boolean> common = new ConcurrentHashMap<>();
  private Dictionary dictionary;

  private WordNetSenses() {}

  public static WordNetSenses standard() {
    return STANDARD;
  }

  /**
   * The features of a lemma: {@code wn1=FILE} for the first sense, {@code wn=FILE} for each of the
   * first three, {@code wn-deriv=V} when a noun sense among them has a derivational link to a verb,
   * {@code wn=none} when WordNet lacks the lemma. {@code pos} is "N" or "V"; other parts of speech
   * have no features.
   */
  public List<String> features(String lemma, String pos) {
    if (lemma == null || !(pos.equals("N") || pos.equals("V"))) {
      return List.of();
    }
    String key = pos + ":" + lemma.toLowerCase(Locale.ROOT);
    return cache.computeIfAbsent(key, k -> lookup(lemma.toLowerCase(Locale.ROOT), pos));
  }

  /**
   * The identity features of a lemma for the class model: {@code syn1=OFFSET} for its first sense
   * (nouns and verbs), and {@code base=VERB} for the verb it derives from or is ("decision" and
   * "decide" both {@code base=decide}; a noun or adjective takes the verbs its first sense with
   * such a link points to, among its first three), so that rare nominals share what their verb
   * learned.
   */
  public List<String> identity(String lemma, String pos) {
    if (lemma == null || !(pos.equals("N") || pos.equals("V") || pos.equals("J"))) {
      return List.of();
    }
    String key = "id:" + pos + ":" + lemma.toLowerCase(Locale.ROOT);
    return cache.computeIfAbsent(key, k -> identityLookup(lemma.toLowerCase(Locale.ROOT), pos));
  }

  private synchronized List<String> identityLookup(String lemma, String pos) {
    List<String> features = new ArrayList<>();
    try {
      if (dictionary == null) {
        dictionary = Dictionary.getDefaultResourceInstance();
      }
      POS wordNetPos = pos.equals("N") ? POS.NOUN : pos.equals("V") ? POS.VERB : POS.ADJECTIVE;
      IndexWord word = dictionary.getIndexWord(wordNetPos, lemma);
      if (word != null && !pos.equals("J")) {
        features.add("syn1=" + pos + word.getSenses().get(0).getOffset());
      }
      if (pos.equals("V")) {
        features.add("base=" + lemma);
      } else if (word != null) {
        List<Synset> senses = word.getSenses();
        for (int i = 0;
            i < Math.min(SENSES, senses.size())
                && features.stream().noneMatch(f -> f.startsWith("base="));
            i++) {
          for (String verb : derivedVerbs(senses.get(i), lemma)) {
            if (!features.contains("base=" + verb)) {
              features.add("base=" + verb);
            }
          }
        }
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for " + lemma, e);
    }
    return List.copyOf(features);
  }

  private static List<String> derivedVerbs(Synset sense, String lemma) throws JWNLException {
    List<String> verbs = new ArrayList<>();
    for (Word word : sense.getWords()) {
      if (!word.getLemma().equalsIgnoreCase(lemma)) {
        continue;
      }
      for (Pointer pointer : word.getPointers()) {
        if (pointer.getType() == PointerType.DERIVATION
            && pointer.getTargetPOS() == POS.VERB
            && pointer.getTarget() instanceof Word target) {
          verbs.add(target.getLemma().toLowerCase(Locale.ROOT));
        }
      }
    }
    return verbs;
  }

  /**
   * Whether one capitalised word is also a common noun ("Tigers", "Committee", "Queen"), not only a
   * name ("Tata", "Hamas"): WordNet, through its own inflection ("tigers" -> "tiger"), lists the
   * word in lower case in one of its noun senses (WordNet writes names with their capitals).
   */
  public boolean commonNoun(String word) {
    return word != null
        && !word.isBlank()
        && common.computeIfAbsent(word.toLowerCase(Locale.ROOT), this::lookupCommon);
  }

  private synchronized boolean lookupCommon(String word) {
    try {
      if (dictionary == null) {
        dictionary = Dictionary.getDefaultResourceInstance();
      }
      List<String> forms = new ArrayList<>(List.of(word));
      forms.addAll(dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.NOUN, word));
      for (String form : forms) {
        IndexWord index = dictionary.getIndexWord(POS.NOUN, form);
        if (index == null) {
          continue;
        }
        for (Synset sense : index.getSenses()) {
          for (Word w : sense.getWords()) {
            if (w.getLemma().equals(index.getLemma())) {
              return true; // "tigers" is the LTTE's "Tigers", and the plural of "tiger"
            }
          }
        }
      }
      return false;
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for " + word, e);
    }
  }

  /**
   * Whether a verb's most frequent sense takes an object: one of its WordNet frames has a
   * "something" or "somebody" after the verb ("Somebody ----s something"); false for a lemma
   * WordNet lacks.
   */
  public boolean transitive(String lemma) {
    return lemma != null
        && transitive.computeIfAbsent(lemma.toLowerCase(Locale.ROOT), this::lookupFrames);
  }

  private synchronized boolean lookupFrames(String lemma) {
    try {
      if (dictionary == null) {
        dictionary = Dictionary.getDefaultResourceInstance();
      }
      IndexWord word = dictionary.getIndexWord(POS.VERB, lemma);
      if (word == null || word.getSenses().isEmpty()) {
        return false;
      }
      for (String frame : word.getSenses().get(0).getVerbFrames()) {
        if (frame.matches(".*----s (something|somebody).*")) {
          return true;
        }
      }
      return false;
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for " + lemma, e);
    }
  }

  private synchronized List<String> lookup(String lemma, String pos) {
    List<String> features = new ArrayList<>();
    try {
      if (dictionary == null) {
        dictionary = Dictionary.getDefaultResourceInstance();
      }
      IndexWord word = dictionary.getIndexWord(pos.equals("N") ? POS.NOUN : POS.VERB, lemma);
      if (word == null) {
        return List.of("wn=none");
      }
      List<Synset> senses = word.getSenses();
      boolean derived = false;
      for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
        Synset sense = senses.get(i);
        String file = sense.getLexFileName();
        if (i == 0) {
          features.add("wn1=" + file);
        }
        if (!features.contains("wn=" + file)) {
          features.add("wn=" + file);
        }
        if (pos.equals("N") && !derived) {
          derived = derivedFromVerb(sense, lemma);
        }
      }
      if (derived) {
        features.add("wn-deriv=V");
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for " + lemma, e);
    }
    return List.copyOf(features);
  }

  private static boolean derivedFromVerb(Synset sense, String lemma) throws JWNLException {
    for (Word word : sense.getWords()) {
      if (!word.getLemma().equalsIgnoreCase(lemma)) {
        continue;
      }
      for (Pointer pointer : word.getPointers()) {
        if (pointer.getType() == PointerType.DERIVATION && pointer.getTargetPOS() == POS.VERB) {
          return true;
        }
      }
    }
    return false;
  }
}
