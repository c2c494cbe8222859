package org.newsevents.nlp.statements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsevents.nlp.attribution.ModelTables;

/**
 * How often a lemma is an attribution cue in PolNeAR train (models/attribution/cue-lemma-rates.tsv,
 * written by {@code train-attribution --part=content}): for each lemma and word class ({@link
 * #key}: "attack/V" apart from "attack/N"), the tokens of it inside a gold cue and all its tokens.
 * It gates the broad content candidate of {@link ContentSpans}, the rest of the sentence after a
 * verb or adjective cue ("denied the allegations"): that candidate is offered only for a lemma
 * whose rate and count reach the table's {@code min-rate} and {@code min-count} (a stance cue such
 * as "deny"; not a plain action such as "arrest" or "attack").
 */
public final class CueLemmaRates {

  public static final String RESOURCE = "newsevents/attribution/cue-lemma-rates.tsv";

  /**
   * The system property naming the table: {@code false} for none (no broad candidate), else a file.
   */
  public static final String PROPERTY = "newsevents.cueLemmaRates";

  private static final CueLemmaRates STANDARD = loadStandard();

  private final Map<String, int[]> counts;
  private final double minRate;
  private final int minCount;

  public CueLemmaRates(Map<String, int[]> counts, double minRate, int minCount) {
    this.counts = counts;
    this.minRate = minRate;
    this.minCount = minCount;
  }

  /**
   * The table's key of a token: its lemma (lower case, the word when it has none), "/" and its word
   * class from the Penn tag: V (verb), J (adjective), N (noun), else O.
   */
  public static String key(String lemma, String word, String tag) {
    String l = (lemma == null ? word : lemma).toLowerCase(Locale.ROOT);
    String t = tag == null ? "" : tag;
    String c = t.startsWith("VB") ? "V" : t.startsWith("JJ") ? "J" : t.startsWith("NN") ? "N" : "O";
    return l + "/" + c;
  }

  /** Whether the broad candidate is offered after a cue of this key ({@link #key}). */
  public boolean broad(String key) {
    int[] c = counts.get(key);
    return c != null && c[1] >= minCount && c[1] > 0 && (double) c[0] / c[1] >= minRate;
  }

  /** Tokens in a gold cue and all tokens of the key ({@link #key}), or null without a row. */
  public int[] counts(String key) {
    return counts.get(key);
  }

  public double minRate() {
    return minRate;
  }

  public int minCount() {
    return minCount;
  }

  /**
   * The table the property asks for (none: {@code false}; a file; else the shipped table, null when
   * models/attribution has none); {@code newsevents.broadMinRate} and {@code
   * newsevents.broadMinCount} override the table's thresholds (held-out threshold choice).
   */
  static CueLemmaRates configured() {
    String setting = System.getProperty(PROPERTY);
    CueLemmaRates table = STANDARD;
    if ("false".equals(setting)) {
      return null;
    }
    if (setting != null && !setting.isBlank()) {
      table = ModelTables.file("cue lemma rates", setting, CueLemmaRates::read);
    }
    if (table == null) {
      return null;
    }
    String rate = System.getProperty("newsevents.broadMinRate");
    String count = System.getProperty("newsevents.broadMinCount");
    if (rate == null && count == null) {
      return table;
    }
    return new CueLemmaRates(
        table.counts,
        rate == null ? table.minRate : Double.parseDouble(rate),
        count == null ? table.minCount : Integer.parseInt(count));
  }

  private static CueLemmaRates loadStandard() {
    return ModelTables.load(RESOURCE, CueLemmaRates::read);
  }

  /**
   * Reads a table: comment lines ({@code #}), {@code min-rate<TAB>r} and {@code min-count<TAB>n},
   * then {@code lemma<TAB>in-cue<TAB>tokens} rows.
   */
  public static CueLemmaRates read(Reader source) throws IOException {
    BufferedReader reader = new BufferedReader(source);
    Map<String, int[]> counts = new HashMap<>();
    double minRate = Double.NaN;
    int minCount = -1;
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length == 2 && f[0].equals("min-rate")) {
        minRate = Double.parseDouble(f[1]);
      } else if (f.length == 2 && f[0].equals("min-count")) {
        minCount = Integer.parseInt(f[1]);
      } else if (f.length == 3) {
        counts.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
      } else {
        throw new IOException("cue lemma rates: bad line: " + line);
      }
    }
    if (Double.isNaN(minRate) || minCount < 0) {
      throw new IOException("cue lemma rates without min-rate and min-count lines");
    }
    return new CueLemmaRates(counts, minRate, minCount);
  }
}
