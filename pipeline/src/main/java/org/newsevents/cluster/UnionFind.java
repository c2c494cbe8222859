package org.newsevents.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Connected components over item indexes: links go in; the groups of linked items come out, in an
 * order that depends only on the links, not on the order they were added.
 */
final class UnionFind {

  private final int[] parent;

  UnionFind(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    // The smaller index is the root, so the components do not depend on the order of unions.
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }

  int find(int a) {
    while (parent[a] != a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  }

  /** The components, each a list of indexes in ascending order, ordered by their first index. */
  List<List<Integer>> components() {
    Map<Integer, List<Integer>> byRoot = new TreeMap<>();
    for (int i = 0; i < parent.length; i++) {
      byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(byRoot.values());
  }
}
