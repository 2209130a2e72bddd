package io.lockwatch.engine.deadlock;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strongly connected components of the instance graph restricted to some class dependencies
 * (Tarjan's algorithm, iterative, on int arrays: the graph can have hundreds of thousands of
 * edges). A dependency outside a component can be on no cycle made of those class dependencies, so
 * a witness search skips it; when no component is left, the search is not run.
 */
final class InstanceComponents {
  private final Map<Integer, Integer> component = new HashMap<>();
  private final boolean anyCycle;

  InstanceComponents(List<List<InstanceDependency>> layers) {
    Map<Integer, Integer> index = new HashMap<>();
    int edges = 0;
    for (List<InstanceDependency> layer : layers) {
      for (InstanceDependency d : layer) {
        index.putIfAbsent(d.from(), index.size());
        index.putIfAbsent(d.to(), index.size());
        edges++;
      }
    }
    int n = index.size();
    int[] start = new int[n + 1];
    for (List<InstanceDependency> layer : layers) {
      for (InstanceDependency d : layer) {
        start[index.get(d.from()) + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] targets = new int[edges];
    int[] fill = Arrays.copyOf(start, n);
    boolean loop = false;
    for (List<InstanceDependency> layer : layers) {
      for (InstanceDependency d : layer) {
        int from = index.get(d.from());
        int to = index.get(d.to());
        loop |= from == to;
        targets[fill[from]++] = to;
      }
    }
    int[] comp = tarjan(n, start, targets);
    int[] size = new int[n];
    for (int c : comp) {
      size[c]++;
    }
    boolean cyclic = loop;
    for (Map.Entry<Integer, Integer> e : index.entrySet()) {
      int c = comp[e.getValue()];
      if (size[c] > 1) {
        component.put(e.getKey(), c);
        cyclic = true;
      }
    }
    this.anyCycle = cyclic;
  }

  /** True when the restricted graph has any cycle at all. */
  boolean anyCycle() {
    return anyCycle;
  }

  /** True when this dependency lies inside a component of two or more locks. */
  boolean inside(InstanceDependency d) {
    Integer from = component.get(d.from());
    return from != null && from.equals(component.get(d.to()));
  }

  private static int[] tarjan(int n, int[] start, int[] targets) {
    int[] index = new int[n];
    int[] low = new int[n];
    int[] comp = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    int[] edgeCursor = new int[n];
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    ArrayDeque<Integer> call = new ArrayDeque<>();
    int counter = 0;
    int components = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      call.push(root);
      index[root] = low[root] = counter++;
      edgeCursor[root] = start[root];
      stack.push(root);
      onStack[root] = true;
      while (!call.isEmpty()) {
        int v = call.peek();
        if (edgeCursor[v] < start[v + 1]) {
          int w = targets[edgeCursor[v]++];
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            edgeCursor[w] = start[w];
            stack.push(w);
            onStack[w] = true;
            call.push(w);
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        call.pop();
        if (!call.isEmpty()) {
          int parent = call.peek();
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == index[v]) {
          int w;
          do {
            w = stack.pop();
            onStack[w] = false;
            comp[w] = components;
          } while (w != v);
          components++;
        }
      }
    }
    return comp;
  }
}
