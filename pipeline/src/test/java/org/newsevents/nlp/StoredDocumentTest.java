package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.nlp.text.AnnotatedText;

/**
 * What a stored annotation loses before {@code fromProto}: the three unread dependency graphs, the
 * number merging and nine unread token fields; the basic and enhanced++ graphs, the tokens' words,
 * tags, lemmas, NER tags and offsets and everything else stay.
 */
class StoredDocumentTest {

  @TempDir Path dir;

  private static CoreNLPProtos.DependencyGraph graph(int root) {
    return CoreNLPProtos.DependencyGraph.newBuilder()
        .addNode(CoreNLPProtos.DependencyGraph.Node.newBuilder().setSentenceIndex(0).setIndex(root))
        .addRoot(root)
        .build();
  }

  private static CoreNLPProtos.Sentence.Builder sentence() {
    return CoreNLPProtos.Sentence.newBuilder()
        .setTokenOffsetBegin(0)
        .setTokenOffsetEnd(1)
        .addToken(
            CoreNLPProtos.Token.newBuilder()
                .setWord("Rain")
                .setLemma("rain")
                .setPos("NN")
                .setNer("O")
                .setBeginChar(0)
                .setEndChar(4)
                .setBefore("")
                .setAfter(" ")
                .setOriginalText("Rain")
                .setIsNewline(false)
                .setHasXmlContext(false)
                .setCoarseNER("O")
                .setTokenBeginIndex(0)
                .setTokenEndIndex(1)
                .setIndex(1)
                .addNerLabelProbs("O=0.99"))
        .setBasicDependencies(graph(1))
        .setCollapsedDependencies(graph(2))
        .setCollapsedCCProcessedDependencies(graph(3))
        .setEnhancedDependencies(graph(4))
        .setEnhancedPlusPlusDependencies(graph(5))
        .setHasNumerizedTokensAnnotation(true);
  }

  private static CoreNLPProtos.Sentence lean(CoreNLPProtos.Sentence.Builder sentence)
      throws IOException {
    byte[] document =
        CoreNLPProtos.Document.newBuilder()
            .setText("Rain")
            .addSentence(sentence)
            .setDocDate("2013-07-05")
            .addMentions(
                CoreNLPProtos.NERMention.newBuilder()
                    .setEntityMentionText("Rain")
                    .setTokenStartInSentenceInclusive(0)
                    .setTokenEndInSentenceExclusive(1)
                    .setNer("O"))
            .build()
            .toByteArray();
    CoreNLPProtos.Document out =
        CoreNLPProtos.Document.parseFrom(StoredDocument.withoutUnreadParts(document));
    assertEquals("Rain", out.getText());
    assertEquals("2013-07-05", out.getDocDate());
    assertEquals(1, out.getSentenceCount());
    assertEquals(0, out.getMentionsCount(), "the document's copy of the mentions");
    return out.getSentence(0);
  }

  @Test
  void theUnreadGraphsAndTheNumberMergingGoTheReadGraphsAndTokensStay() throws IOException {
    CoreNLPProtos.Sentence out = lean(sentence());

    assertEquals(graph(1), out.getBasicDependencies());
    assertEquals(graph(5), out.getEnhancedPlusPlusDependencies());
    assertFalse(out.hasCollapsedDependencies());
    assertFalse(out.hasCollapsedCCProcessedDependencies());
    assertFalse(out.hasEnhancedDependencies());
    assertTrue(out.hasHasNumerizedTokensAnnotation());
    assertFalse(out.getHasNumerizedTokensAnnotation());
    assertEquals("rain", out.getToken(0).getLemma());
    assertEquals(1, out.getTokenOffsetEnd());
  }

  @Test
  void aTokenLosesItsUnreadFieldsAndKeepsWordTagLemmaNerOffsetsAndIndex() throws IOException {
    CoreNLPProtos.Token token = lean(sentence()).getToken(0);

    assertEquals(
        CoreNLPProtos.Token.newBuilder()
            .setWord("Rain")
            .setLemma("rain")
            .setPos("NN")
            .setNer("O")
            .setBeginChar(0)
            .setEndChar(4)
            .setIndex(1)
            .build(),
        token);
  }

  @Test
  void aSentenceWithCoreferenceMentionsKeepsTheEnhancedGraphItsMentionsPointTo()
      throws IOException {
    CoreNLPProtos.Sentence out =
        lean(sentence().addMentionsForCoref(CoreNLPProtos.Mention.newBuilder().setMentionID(7)));

    assertEquals(graph(4), out.getEnhancedDependencies());
    assertFalse(out.hasCollapsedDependencies());
    assertEquals(7, out.getMentionsForCoref(0).getMentionID());
  }

  @Test
  void theSampleDecodesWithItsBasicAndEnhancedPlusPlusGraphsAndWithoutTheOthers()
      throws IOException {
    String body = SharedAnalyzer.sample().article().getBody();
    Annotation fresh = SharedAnalyzer.sampleText().annotation();
    AnnotationStore store = new AnnotationStore(new LocalBlobs(dir), "test");
    Annotation decoded = store.deserialize(store.serialize(fresh));

    List<CoreMap> freshMentions = fresh.get(CoreAnnotations.MentionsAnnotation.class);
    List<CoreMap> decodedMentions = decoded.get(CoreAnnotations.MentionsAnnotation.class);
    assertEquals(freshMentions.size(), decodedMentions.size());
    for (int m = 0; m < freshMentions.size(); m++) {
      assertEquals(
          freshMentions.get(m).get(CoreAnnotations.TextAnnotation.class),
          decodedMentions.get(m).get(CoreAnnotations.TextAnnotation.class));
      assertEquals(
          freshMentions.get(m).get(CoreAnnotations.NamedEntityTagAnnotation.class),
          decodedMentions.get(m).get(CoreAnnotations.NamedEntityTagAnnotation.class));
    }
    AnnotatedText before = new AnnotatedText(body, fresh);
    AnnotatedText after = new AnnotatedText(body, decoded);
    assertEquals(before.sentenceCount(), after.sentenceCount());
    for (int s = 0; s < before.sentenceCount(); s++) {
      assertEquals(before.basic(s).toList(), after.basic(s).toList(), "basic " + s);
      assertEquals(before.enhanced(s).toList(), after.enhanced(s).toList(), "enhanced++ " + s);
      List<CoreLabel> freshTokens = before.tokens(s);
      List<CoreLabel> decodedTokens = after.tokens(s);
      assertEquals(freshTokens.size(), decodedTokens.size(), "tokens " + s);
      for (int t = 0; t < freshTokens.size(); t++) {
        CoreLabel f = freshTokens.get(t);
        CoreLabel d = decodedTokens.get(t);
        String where = "token " + s + "/" + t;
        assertEquals(f.word(), d.word(), where);
        assertEquals(f.tag(), d.tag(), where);
        assertEquals(f.lemma(), d.lemma(), where);
        assertEquals(f.ner(), d.ner(), where);
        assertEquals(f.beginPosition(), d.beginPosition(), where);
        assertEquals(f.endPosition(), d.endPosition(), where);
        assertEquals(f.index(), d.index(), where);
        assertEquals(f.sentIndex(), d.sentIndex(), where);
        for (Class<?> dropped :
            List.of(
                CoreAnnotations.NamedEntityTagProbsAnnotation.class,
                CoreAnnotations.BeforeAnnotation.class,
                CoreAnnotations.AfterAnnotation.class,
                CoreAnnotations.OriginalTextAnnotation.class,
                CoreAnnotations.CoarseNamedEntityTagAnnotation.class,
                CoreAnnotations.TokenBeginAnnotation.class,
                CoreAnnotations.TokenEndAnnotation.class,
                CoreAnnotations.IsNewlineAnnotation.class)) {
          assertTrue(f.keySet().contains(dropped), where + " fresh " + dropped.getSimpleName());
          assertFalse(d.keySet().contains(dropped), where + " decoded " + dropped.getSimpleName());
        }
      }
      CoreMap sentence = after.sentence(s);
      assertNull(sentence.get(SemanticGraphCoreAnnotations.CollapsedDependenciesAnnotation.class));
      assertNull(
          sentence.get(
              SemanticGraphCoreAnnotations.CollapsedCCProcessedDependenciesAnnotation.class));
    }
    List<CoreMap> whole =
        new ProtobufAnnotationSerializer(true)
            .fromProto(new ProtobufAnnotationSerializer(true).toProto(fresh))
            .get(CoreAnnotations.SentencesAnnotation.class);
    assertTrue(
        whole.get(0).get(SemanticGraphCoreAnnotations.CollapsedDependenciesAnnotation.class)
            != null,
        "a whole decode has the graph the lean one leaves out");
  }

  /**
   * The guard behind the filter: no main code of the project reads an annotation that a stored
   * annotation no longer has after decoding (a read would differ between cold and warm runs).
   */
  @Test
  void noProjectCodeReadsWhatTheDecodeLeavesOut() throws IOException {
    Pattern dropped =
        Pattern.compile(
            "\\b(CollapsedDependenciesAnnotation|CollapsedCCProcessedDependenciesAnnotation"
                + "|EnhancedDependenciesAnnotation|AlternativeDependenciesAnnotation"
                + "|NumerizedTokensAnnotation|NamedEntityTagProbsAnnotation|BeforeAnnotation"
                + "|AfterAnnotation|OriginalTextAnnotation|IsNewlineAnnotation"
                + "|CoarseNamedEntityTagAnnotation|TokenBeginAnnotation|TokenEndAnnotation"
                + "|XmlContextAnnotation)\\b"
                + "|\\.(before|after|originalText)\\(\\)");
    List<Path> roots =
        Stream.of(Path.of("src/main/java"), Path.of("../tools/src/main/java"))
            .filter(Files::isDirectory)
            .toList();
    assumeTrue(!roots.isEmpty(), "the module's sources are not beside the test run");
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file :
            files
                .filter(f -> f.toString().endsWith(".java"))
                .filter(f -> !f.getFileName().toString().equals("StoredDocument.java"))
                // CoreNLP's NER step itself, which makes the probabilities before an annotation
                // is stored.
                .filter(f -> !f.getFileName().toString().equals("GatedNerAnnotator.java"))
                .toList()) {
          assertFalse(
              dropped.matcher(Files.readString(file)).find(),
              file + " reads an annotation StoredDocument leaves out of stored annotations");
        }
      }
    }
  }
}
