package org.newsevents.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * CoreNLP's protobuf serializer, reading a stored sentence's two dependency graphs the project
 * reads as {@link StoredGraph}s and its tokens with their index keys first. Writing is CoreNLP's
 * own, so the store's entries are unchanged.
 *
 * <p>Why the key order: a token is an {@code ArrayCoreMap}, whose {@code get} scans its keys in
 * order, and {@code fromProto} sets the sentence index and the index last, while {@code
 * IndexedWord}'s hash code and equality (every graph lookup) ask for them first. The keys and
 * values stay the same; only their order changes, which no reader of a key sees.
 */
final class StoredSerializer extends ProtobufAnnotationSerializer {

  StoredSerializer() {
    // Lossless: keeps everything CoreNLP's serializer knows, including what it would otherwise
    // drop.
    super(true);
  }

  @Override
  protected void setSentenceTokenAnnotations(
      CoreMap sentence, CoreNLPProtos.Sentence proto, List<CoreLabel> tokens, String docId) {
    if (tokens != null) {
      for (CoreLabel token : tokens) {
        indexKeysFirst(token);
      }
    }
    boolean basic = proto.hasBasicDependencies();
    boolean enhanced = proto.hasEnhancedPlusPlusDependencies();
    if (!basic && !enhanced) {
      super.setSentenceTokenAnnotations(sentence, proto, tokens, docId);
      return;
    }
    super.setSentenceTokenAnnotations(
        sentence,
        proto.toBuilder()
            .clearBasicDependencies()
            .clearEnhancedPlusPlusDependencies()
            .buildPartial(),
        tokens,
        docId);
    if (basic) {
      sentence.set(
          SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
          StoredGraph.of(proto.getBasicDependencies(), tokens, docId));
    }
    if (enhanced) {
      sentence.set(
          SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
          StoredGraph.of(proto.getEnhancedPlusPlusDependencies(), tokens, docId));
    }
  }

  /**
   * Moves a token's index and sentence index to the front of its keys, the others keeping their
   * order; the same keys and values.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void indexKeysFirst(CoreLabel token) {
    if (token == null || !token.containsKey(CoreAnnotations.IndexAnnotation.class)) {
      return;
    }
    Class[] keys = token.keySet().toArray(new Class[0]);
    if (keys.length < 2 || keys[0] == CoreAnnotations.IndexAnnotation.class) {
      return;
    }
    Class sentenceIndex = CoreAnnotations.SentenceIndexAnnotation.class;
    if (token.containsKey(sentenceIndex)) {
      token.set(sentenceIndex, token.remove(sentenceIndex));
    }
    for (Class key : keys) {
      if (key != CoreAnnotations.IndexAnnotation.class && key != sentenceIndex) {
        token.set(key, token.remove(key));
      }
    }
  }
}
