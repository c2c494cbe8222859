package org.newsevents.nlp.time;

import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Sentence;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import de.unihd.dbs.uima.types.heideltime.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.impl.RootUimaContext_impl;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ConfigurationManager;
import org.apache.uima.resource.impl.ConfigurationManager_impl;
import org.apache.uima.resource.impl.ResourceManager_impl;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * HeidelTime's English news rules over a CoreNLP-annotated text: CoreNLP's sentences, tokens and
 * part-of-speech tags and the publication date (the document creation time) go in; HeidelTime's
 * TIMEX3 expressions (character span, type, value) come out, in textual order.
 *
 * <p>HeidelTime's annotator keeps per-document state and its week arithmetic reads the JVM's
 * default locale (it sets {@link Locale#UK} when initialized). So every call runs under one lock
 * shared by all instances, with the default locale set to UK for the call and restored after it:
 * the values depend only on the text, the tags and the date, never on the machine's locale or on
 * other documents. The lock's cost is measured in docs/history/eval-timeml.md (HeidelTime takes a
 * small share of an article's CoreNLP time).
 */
public final class HeidelTimes {

  /** One TIMEX3 as HeidelTime gives it: character offsets into the body, type and value. */
  public record Found(int begin, int end, String type, String value) {}

  /** One lock for all instances: HeidelTime's resource managers and logger are static. */
  private static final Object LOCK = new Object();

  private static final Map<Boolean, HeidelTimes> STANDARD = new ConcurrentHashMap<>();

  private final HeidelTime annotator;
  private final JCas jcas;
  private final boolean convertDurations;

  /**
   * HeidelTime for English news over a checked configuration; {@code convertDurations} is its
   * ConvertDurations switch ("24 hours" P24H becomes P1D).
   */
  public HeidelTimes(HeidelTimeConfig config, boolean convertDurations) {
    this.convertDurations = convertDurations;
    synchronized (LOCK) {
      Locale saved = Locale.getDefault();
      try {
        // Before HeidelTime asks for its resource scanner: the English folder only, not the jar.
        HeidelTimeResources.install(Language.ENGLISH.getName());
        URL typeSystem = getClass().getClassLoader().getResource(config.get("typeSystemHome"));
        TypeSystemDescription description =
            UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(typeSystem));
        this.jcas = CasCreationUtils.createCas(description, null, null).getJCas();
        this.annotator = new HeidelTime();
        annotator.initialize(new Context(config, convertDurations));
      } catch (Exception e) {
        throw new IllegalStateException("HeidelTime could not be initialized: " + e, e);
      } finally {
        Locale.setDefault(saved);
      }
    }
  }

  /** The shared instance over the shipped configuration, one per ConvertDurations setting. */
  public static HeidelTimes standard(boolean convertDurations) {
    return STANDARD.computeIfAbsent(
        convertDurations, convert -> new HeidelTimes(HeidelTimeConfig.standard(), convert));
  }

  public boolean convertDurations() {
    return convertDurations;
  }

  /** The TIMEX3 expressions of the text, resolved against the publication date. */
  public List<Found> tag(AnnotatedText text, LocalDate published) {
    if (published == null) {
      throw new IllegalArgumentException("HeidelTime's news rules need a publication date");
    }
    synchronized (LOCK) {
      Locale saved = Locale.getDefault();
      Locale.setDefault(Locale.UK);
      try {
        return run(text, published);
      } finally {
        jcas.reset();
        Locale.setDefault(saved);
      }
    }
  }

  private List<Found> run(AnnotatedText text, LocalDate published) {
    jcas.reset();
    jcas.setDocumentText(text.body());
    Dct dct = new Dct(jcas, 0, 0);
    dct.setValue(published.toString());
    dct.addToIndexes();
    int tokenId = 0;
    for (int s = 0; s < text.sentenceCount(); s++) {
      CoreMap coreSentence = text.sentence(s);
      Sentence sentence =
          new Sentence(
              jcas,
              coreSentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              coreSentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      sentence.setSentenceId(s);
      sentence.addToIndexes();
      for (CoreLabel coreToken : text.tokens(s)) {
        Token token = new Token(jcas, coreToken.beginPosition(), coreToken.endPosition());
        token.setPos(coreToken.tag());
        token.setTokenId(tokenId++);
        token.setSentId(s);
        token.addToIndexes();
      }
    }
    annotator.process(jcas);
    List<Found> found = new ArrayList<>();
    FSIterator<?> timexes = jcas.getAnnotationIndex(Timex3.type).iterator();
    while (timexes.hasNext()) {
      Timex3 timex = (Timex3) timexes.next();
      found.add(
          new Found(timex.getBegin(), timex.getEnd(), timex.getTimexType(), timex.getTimexValue()));
    }
    found.sort(Comparator.comparingInt(Found::begin).thenComparingInt(Found::end));
    return found;
  }

  /** The UIMA context HeidelTime's annotator reads its parameters from. */
  private static final class Context extends RootUimaContext_impl {
    private final ConfigurationManager manager = new ConfigurationManager_impl();

    Context(HeidelTimeConfig config, boolean convertDurations) {
      initializeRoot(null, new ResourceManager_impl(), manager);
      manager.setSession(getSession());
      set(manager, config.get("uimaVarDate"), config.considers("considerDate"));
      set(manager, config.get("uimaVarDuration"), config.considers("considerDuration"));
      set(manager, config.get("uimaVarSet"), config.considers("considerSet"));
      set(manager, config.get("uimaVarTime"), config.considers("considerTime"));
      set(manager, config.get("uimaVarTemponym"), config.considers("considerTemponym"));
      set(manager, config.get("uimaVarLanguage"), Language.ENGLISH.getName());
      set(manager, config.get("uimaVarTypeToProcess"), "news");
      set(manager, "Debugging", Boolean.FALSE);
      set(manager, "ConvertDurations", convertDurations);
    }

    @Override
    public ConfigurationManager getConfigurationManager() {
      return manager;
    }

    private void set(ConfigurationManager manager, String name, Object value) {
      manager.setConfigParameterValue(makeQualifiedName(name), value);
    }
  }
}
