package io.lockwatch.report.render.graph;

import java.util.List;

/**
 * What to lay out: nodes, optionally in groups, and directed links between them.
 *
 * @param nodes the nodes; a node whose group is null sits at the top level
 * @param links the links, each between two nodes of {@code nodes} (or a node and itself)
 */
public record GraphInput(List<Node> nodes, List<Link> links) {

  /**
   * A node.
   *
   * @param id unique among nodes
   * @param label its text, which sizes its box
   * @param group the id of its group, or null
   */
  public record Node(String id, String label, String group) {}

  /** A directed link, {@code id} unique among links. */
  public record Link(String id, String from, String to) {}
}
