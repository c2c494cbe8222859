package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored annotation's graphs are CoreNLP's graphs, vertex for vertex and edge for edge in the
 * same order, with the same relation objects; they answer {@code getNodeByIndexSafe} and {@code
 * getParent} as CoreNLP's would, also after a change; the tokens keep their keys and values with
 * the index keys first.
 */
class StoredGraphTest {

  @TempDir Path dir;

  private static final Class<? extends edu.stanford.nlp.util.TypesafeMap.Key<SemanticGraph>>[]
      READ_GRAPHS = graphKeys();

  @SuppressWarnings("unchecked")
  private static Class<? extends edu.stanford.nlp.util.TypesafeMap.Key<SemanticGraph>>[]
      graphKeys() {
    return new Class[] {
      SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
      SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class
    };
  }

  /** Everything about a graph that an iteration order or a lookup shows. */
  private static List<String> shape(SemanticGraph graph) {
    List<String> out = new ArrayList<>();
    for (IndexedWord vertex : graph.vertexSet()) {
      out.add(
          "vertex "
              + vertex.toString(CoreLabel.OutputFormat.VALUE_INDEX)
              + "#"
              + vertex.copyCount());
      for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(vertex)) {
        out.add("  out " + edge(edge));
      }
      for (SemanticGraphEdge edge : graph.incomingEdgeIterable(vertex)) {
        out.add("  in " + edge(edge));
      }
      IndexedWord parent = graph.getParent(vertex);
      out.add("  parent " + (parent == null ? "-" : parent.index() + "#" + parent.copyCount()));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      out.add("edge " + edge(edge));
    }
    for (IndexedWord root : graph.getRoots()) {
      out.add("root " + root.index() + "#" + root.copyCount());
    }
    for (int i = -1; i <= graph.size() + 2; i++) {
      IndexedWord node = graph.getNodeByIndexSafe(i);
      out.add("at " + i + " " + (node == null ? "-" : node.index() + "#" + node.copyCount()));
    }
    return out;
  }

  private static String edge(SemanticGraphEdge edge) {
    return edge.getGovernor().index()
        + "#"
        + edge.getGovernor().copyCount()
        + " "
        + edge.getRelation()
        + " "
        + edge.getDependent().index()
        + "#"
        + edge.getDependent().copyCount()
        + " "
        + edge.getWeight()
        + " "
        + edge.isExtra();
  }

  @Test
  void theSamplesGraphsAreCoreNlpsGraphsAndItsTokensKeepTheirKeys() throws IOException {
    Annotation fresh = SharedAnalyzer.sampleText().annotation();
    AnnotationStore store = new AnnotationStore(new LocalBlobs(dir), "test");
    Annotation decoded = store.deserialize(store.serialize(fresh));
    byte[] lean =
        StoredDocument.withoutUnreadParts(
            new ProtobufAnnotationSerializer(true).toProto(fresh).toByteArray());
    Annotation plain =
        new ProtobufAnnotationSerializer(true).fromProto(CoreNLPProtos.Document.parseFrom(lean));

    List<CoreMap> ours = decoded.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> theirs = plain.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(theirs.size(), ours.size());
    int edges = 0;
    for (int s = 0; s < ours.size(); s++) {
      for (Class<? extends edu.stanford.nlp.util.TypesafeMap.Key<SemanticGraph>> key :
          READ_GRAPHS) {
        SemanticGraph mine = ours.get(s).get(key);
        SemanticGraph coreNlp = theirs.get(s).get(key);
        assertTrue(mine instanceof StoredGraph, key.getSimpleName() + " " + s);
        assertEquals(shape(coreNlp), shape(mine), key.getSimpleName() + " " + s);
        List<SemanticGraphEdge> a = coreNlp.edgeListSorted();
        List<SemanticGraphEdge> b = mine.edgeListSorted();
        for (int e = 0; e < a.size(); e++) {
          assertSame(a.get(e).getRelation(), b.get(e).getRelation());
          edges++;
        }
        assertEquals(coreNlp, mine);
      }
      List<CoreLabel> myTokens = ours.get(s).get(CoreAnnotations.TokensAnnotation.class);
      List<CoreLabel> theirTokens = theirs.get(s).get(CoreAnnotations.TokensAnnotation.class);
      for (int t = 0; t < myTokens.size(); t++) {
        CoreLabel mine = myTokens.get(t);
        CoreLabel coreNlp = theirTokens.get(t);
        List<Class<?>> keys = new ArrayList<>(mine.keySet());
        assertEquals(CoreAnnotations.IndexAnnotation.class, keys.get(0));
        assertEquals(CoreAnnotations.SentenceIndexAnnotation.class, keys.get(1));
        assertEquals(coreNlp.keySet(), mine.keySet());
        for (Class<?> k : keys) {
          @SuppressWarnings({"unchecked", "rawtypes"})
          Object value = mine.get((Class) k);
          @SuppressWarnings({"unchecked", "rawtypes"})
          Object expected = coreNlp.get((Class) k);
          assertEquals(expected, value, k.getSimpleName());
        }
      }
    }
    assertTrue(edges > 200, "the sample's graphs have " + edges + " edges");
  }

  private static CoreNLPProtos.DependencyGraph.Node node(int index, int copy) {
    CoreNLPProtos.DependencyGraph.Node.Builder node =
        CoreNLPProtos.DependencyGraph.Node.newBuilder().setSentenceIndex(0).setIndex(index);
    return (copy > 0 ? node.setCopyAnnotation(copy) : node).build();
  }

  private static CoreNLPProtos.DependencyGraph.Edge edge(
      int source, int target, int targetCopy, String dep, boolean extra) {
    return CoreNLPProtos.DependencyGraph.Edge.newBuilder()
        .setSource(source)
        .setTarget(target)
        .setTargetCopy(targetCopy)
        .setDep(dep)
        .setIsExtra(extra)
        .setLanguage(CoreNLPProtos.Language.UniversalEnglish)
        .build();
  }

  private static List<CoreLabel> tokens(String... words) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      CoreLabel token = new CoreLabel();
      token.setWord(words[i]);
      token.setValue(words[i]);
      token.setSentIndex(0);
      token.setIndex(i + 1);
      tokens.add(token);
    }
    return tokens;
  }

  /** "Ann and Bob left": a copy node, an extra edge, a node with two parents. */
  private static CoreNLPProtos.DependencyGraph copyAndExtra() {
    return CoreNLPProtos.DependencyGraph.newBuilder()
        .addNode(node(4, 0))
        .addNode(node(1, 0))
        .addNode(node(3, 0))
        .addNode(node(2, 0))
        .addNode(node(4, 1))
        .addEdge(edge(4, 1, 0, "nsubj", false))
        .addEdge(edge(1, 3, 0, "conj:and", false))
        .addEdge(edge(3, 2, 0, "cc", false))
        .addEdge(edge(4, 3, 0, "nsubj", true))
        .addEdge(edge(1, 4, 1, "acl", false))
        .addRootNode(0)
        .build();
  }

  @Test
  void aGraphWithACopyNodeAndAnExtraEdgeIsCoreNlpsGraph() {
    List<CoreLabel> tokens = tokens("Ann", "and", "Bob", "left");
    SemanticGraph coreNlp = ProtobufAnnotationSerializer.fromProto(copyAndExtra(), tokens, null);
    SemanticGraph mine = StoredGraph.of(copyAndExtra(), tokens, null);

    assertEquals(shape(coreNlp), shape(mine));
    assertEquals("left", mine.getNodeByIndexSafe(4).word());
    assertEquals(0, mine.getNodeByIndexSafe(4).copyCount(), "the first vertex with the index");
    assertEquals("Bob", mine.getNodeByIndexSafe(3).word());
    assertNull(mine.getNodeByIndexSafe(5));
    assertNull(mine.getNodeByIndexSafe(0));
  }

  @Test
  void aChangedGraphAnswersFromItsNewShape() {
    List<CoreLabel> tokens = tokens("Ann", "and", "Bob", "left");
    SemanticGraph coreNlp = ProtobufAnnotationSerializer.fromProto(copyAndExtra(), tokens, null);
    SemanticGraph mine = StoredGraph.of(copyAndExtra(), tokens, null);
    assertEquals(shape(coreNlp), shape(mine));

    for (SemanticGraph graph : List.of(coreNlp, mine)) {
      IndexedWord bob = graph.getNodeByIndexSafe(3);
      IndexedWord ann = graph.getNodeByIndexSafe(1);
      graph.removeEdge(graph.getEdge(ann, bob));
      graph.removeVertex(graph.getNodeByIndexSafe(2));
    }
    assertEquals(shape(coreNlp), shape(mine));
    assertNull(mine.getNodeByIndexSafe(2));
  }
}
