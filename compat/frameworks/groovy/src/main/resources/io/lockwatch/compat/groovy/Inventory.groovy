package io.lockwatch.compat.groovy.scripts

import groovy.transform.CompileStatic
import groovy.transform.Synchronized
import java.util.concurrent.ConcurrentHashMap
import java.util.function.IntUnaryOperator

/** Dynamic Groovy: closures, GStrings, metaclass dispatch, @Synchronized. */
class Inventory implements IntUnaryOperator {
  private final Map<String, Integer> stock = new ConcurrentHashMap<>()
  private long moves = 0

  @Synchronized
  void move(String item, int delta) {
    stock.merge(item, delta) { a, b -> a + b }
    moves++
  }

  @Synchronized
  long moves() { moves }

  int applyAsInt(int n) {
    def items = (0..<8).collect { "item-${(n + it) % 13}" }
    items.eachWithIndex { name, i -> move(name.toString(), i % 3 == 0 ? 2 : 1) }
    items.findAll { it.endsWith('1') }.size() + items.inject(0) { acc, s -> acc + s.length() }
  }

  int total() { stock.values().sum() ?: 0 }

  int kinds() { stock.size() }
}

/** The same work, statically compiled. */
@CompileStatic
class Tally implements IntUnaryOperator {
  private final Object lock = new Object()
  private long sum = 0

  int applyAsInt(int n) {
    List<Integer> squares = (1..10).collect { int i -> i * i + n }
    int local = squares.sum() as int
    synchronized (lock) {
      sum += local
    }
    local
  }

  long sum() {
    synchronized (lock) {
      return sum
    }
  }
}
