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
