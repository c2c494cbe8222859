package org.newsevents.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A dependency graph read from the annotation store: the same graph CoreNLP's {@code fromProto}
 * builds (the same vertices and edges, added in the same order, so every iteration order is the
 * same), with two questions the extractors ask all the time answered from a table instead of a
 * walk: {@link #getNodeByIndexSafe} (CoreNLP scans every vertex, asking each its index, about 5% of
 * a warm rerun's Java samples) and {@link #getParent} (CoreNLP computes the whole path to the root,
 * with a list copy per step, on every call).
 *
 * <p>The tables are built on first use from the graph as it is then and dropped by every method
 * that changes the graph, so a changed graph answers as CoreNLP's would. {@link #getParent} uses
 * its table only for a vertex of this graph (the very object); any other argument goes to CoreNLP's
 * method.
 */
final class StoredGraph extends SemanticGraph {
  private static final long serialVersionUID = 1L;

  /** CoreNLP's lock around {@code GrammaticalRelation.valueOf}, which adds to static maps. */
  private static final Object RELATION_LOCK = relationLock();

  /** The relation of each (language, name): what {@code GrammaticalRelation.valueOf} returns. */
  private static final Map<Language, Map<String, GrammaticalRelation>> RELATIONS =
      new ConcurrentHashMap<>();

  /** The first vertex of {@link #vertexSet()} with each index (null: none). */
  private transient IndexedWord[] byIndex;

  /** The parent of the vertex {@code byIndex[i]}, once asked ({@code parentKnown[i]}). */
  private transient IndexedWord[] parents;

  private transient boolean[] parentKnown;

  /**
   * The graph of {@code proto} over a sentence's {@code tokens}, built as CoreNLP's {@code
   * ProtobufAnnotationSerializer.fromProto(DependencyGraph, List, String)} builds it (version 4.5's
   * byte code, read): vertices in the order of the nodes, a copy node as a copy of its token, edges
   * in the order of the edges with weight 1, roots as given.
   */
  static StoredGraph of(CoreNLPProtos.DependencyGraph proto, List<CoreLabel> tokens, String docId) {
    StoredGraph graph = new StoredGraph();
    Map<Long, CoreLabel> tokenAt = new HashMap<>();
    int position = 0;
    for (CoreLabel token : tokens) {
      position++;
      Integer index = token.get(CoreAnnotations.IndexAnnotation.class);
      tokenAt.put(key(index == null ? position : index, token.getEmptyIndex()), token);
    }
    List<IndexedWord> nodes = new ArrayList<>(proto.getNodeCount());
    Map<Long, Map<Integer, IndexedWord>> nodeAt = new HashMap<>();
    for (CoreNLPProtos.DependencyGraph.Node node : proto.getNodeList()) {
      CoreLabel token = tokenAt.get(key(node.getIndex(), node.getEmptyIndex()));
      if (token == null) {
        throw new IllegalStateException(
            "no token for graph node " + node.getIndex() + "." + node.getEmptyIndex());
      }
      IndexedWord word;
      if (node.hasCopyAnnotation() && node.getCopyAnnotation() > 0) {
        word = new IndexedWord(new CoreLabel(token));
        word.setCopyCount(node.getCopyAnnotation());
      } else {
        word = new IndexedWord(token);
      }
      if (word.docID() == null && docId != null) {
        word.setDocID(docId);
      }
      if (word.sentIndex() < 0 && node.getSentenceIndex() >= 0) {
        word.setSentIndex(node.getSentenceIndex());
      }
      if (word.index() < 0 && node.getIndex() >= 0) {
        word.setIndex(node.getIndex());
      }
      nodeAt
          .computeIfAbsent(key(node.getIndex(), node.getEmptyIndex()), k -> new HashMap<>())
          .put(node.getCopyAnnotation(), word);
      graph.addVertex(word);
      nodes.add(word);
    }
    for (CoreNLPProtos.DependencyGraph.Edge edge : proto.getEdgeList()) {
      IndexedWord source =
          node(nodeAt, edge.getSource(), edge.getSourceEmpty(), edge.getSourceCopy());
      IndexedWord target =
          node(nodeAt, edge.getTarget(), edge.getTargetEmpty(), edge.getTargetCopy());
      if (source == null || target == null || !edge.hasDep()) {
        throw new IllegalStateException("graph edge without its nodes or relation: " + edge);
      }
      GrammaticalRelation relation = relation(edge.getLanguage(), edge.getDep());
      graph.addEdge(source, target, relation, 1.0, edge.hasIsExtra() && edge.getIsExtra());
    }
    if (proto.getRootNodeCount() > 0) {
      List<IndexedWord> roots = new ArrayList<>();
      for (int i : proto.getRootNodeList()) {
        roots.add(nodes.get(i));
      }
      graph.setRoots(roots);
    } else if (proto.getRootCount() > 0) {
      List<IndexedWord> roots = new ArrayList<>();
      for (int i : proto.getRootList()) {
        roots.add(node(nodeAt, i, 0, 0));
      }
      graph.setRoots(roots);
    } else if (!graph.isEmpty()) {
      graph.resetRoots();
    }
    return graph;
  }

  private static long key(int index, int emptyIndex) {
    return ((long) index << 32) | (emptyIndex & 0xffffffffL);
  }

  private static IndexedWord node(
      Map<Long, Map<Integer, IndexedWord>> nodeAt, int index, int emptyIndex, int copy) {
    Map<Integer, IndexedWord> copies = nodeAt.get(key(index, emptyIndex));
    return copies == null ? null : copies.get(copy);
  }

  private static GrammaticalRelation relation(CoreNLPProtos.Language language, String name) {
    Language lang = ProtobufAnnotationSerializer.fromProto(language);
    Map<String, GrammaticalRelation> known =
        RELATIONS.computeIfAbsent(lang, l -> new ConcurrentHashMap<>());
    GrammaticalRelation relation = known.get(name);
    if (relation == null) {
      synchronized (RELATION_LOCK) {
        relation = GrammaticalRelation.valueOf(lang, name);
      }
      known.putIfAbsent(name, relation);
    }
    return relation;
  }

  private static Object relationLock() {
    try {
      Field lock = ProtobufAnnotationSerializer.class.getDeclaredField("globalLock");
      lock.setAccessible(true);
      return lock.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return new Object();
    }
  }

  @Override
  public IndexedWord getNodeByIndexSafe(int index) {
    IndexedWord[] table = byIndex;
    if (table == null) {
      table = indexTable();
    }
    if (index < 0) {
      return super.getNodeByIndexSafe(index);
    }
    return index < table.length ? table[index] : null;
  }

  @Override
  public IndexedWord getParent(IndexedWord vertex) {
    IndexedWord[] table = byIndex;
    if (table == null) {
      table = indexTable();
    }
    int index = vertex.index();
    if (index < 0 || index >= table.length || table[index] != vertex) {
      return super.getParent(vertex);
    }
    if (!parentKnown[index]) {
      parents[index] = super.getParent(vertex);
      parentKnown[index] = true;
    }
    return parents[index];
  }

  private IndexedWord[] indexTable() {
    int max = -1;
    for (IndexedWord vertex : vertexSet()) {
      max = Math.max(max, vertex.index());
    }
    IndexedWord[] table = new IndexedWord[max + 1];
    for (IndexedWord vertex : vertexSet()) {
      int index = vertex.index();
      if (index >= 0 && table[index] == null) {
        table[index] = vertex;
      }
    }
    parents = new IndexedWord[table.length];
    parentKnown = new boolean[table.length];
    byIndex = table;
    return table;
  }

  private void changed() {
    byIndex = null;
    parents = null;
    parentKnown = null;
  }

  @Override
  public void addVertex(IndexedWord vertex) {
    changed();
    super.addVertex(vertex);
  }

  @Override
  public boolean removeVertex(IndexedWord vertex) {
    changed();
    return super.removeVertex(vertex);
  }

  @Override
  public SemanticGraphEdge addEdge(
      IndexedWord governor,
      IndexedWord dependent,
      GrammaticalRelation relation,
      double weight,
      boolean isExtra) {
    changed();
    return super.addEdge(governor, dependent, relation, weight, isExtra);
  }

  @Override
  public SemanticGraphEdge addEdge(SemanticGraphEdge edge) {
    changed();
    return super.addEdge(edge);
  }

  @Override
  public boolean removeEdge(SemanticGraphEdge edge) {
    changed();
    return super.removeEdge(edge);
  }

  @Override
  public void deleteDuplicateEdges() {
    changed();
    super.deleteDuplicateEdges();
  }

  @Override
  public void addRoot(IndexedWord root) {
    changed();
    super.addRoot(root);
  }

  @Override
  public void setRoot(IndexedWord root) {
    changed();
    super.setRoot(root);
  }

  @Override
  public void setRoots(Collection<IndexedWord> roots) {
    changed();
    super.setRoots(roots);
  }

  @Override
  public void resetRoots() {
    changed();
    super.resetRoots();
  }
}
