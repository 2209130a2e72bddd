package io.lockwatch.report.render.graph;

import java.util.List;

/**
 * A laid-out graph in absolute coordinates (pixels at 100 %, origin top left): node boxes, the
 * boxes of the groups around them, and the routes of the links.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param nodes every node box
 * @param groups every group box (packages), drawn behind the nodes
 * @param routes every link's route, as a polyline
 */
public record GraphLayout(
    double width, double height, List<Box> nodes, List<Box> groups, List<Route> routes) {

  /**
   * A placed box.
   *
   * @param id the node's or group's id
   * @param label its text
   */
  public record Box(String id, String label, double x, double y, double width, double height) {}

  /**
   * A placed link.
   *
   * @param id the link's id
   * @param from the id of the node it leaves
   * @param to the id of the node it enters
   * @param points the polyline, start to end (at least two points)
   */
  public record Route(String id, String from, String to, List<Point> points) {}

  /** A point of a route. */
  public record Point(double x, double y) {}
}
