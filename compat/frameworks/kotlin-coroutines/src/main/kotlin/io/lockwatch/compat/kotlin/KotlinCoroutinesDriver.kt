package io.lockwatch.compat.kotlin

import java.util.concurrent.atomic.AtomicLong
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.buffer
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.flow.flowOn
import kotlinx.coroutines.flow.fold
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.coroutines.withContext
import kotlin.system.exitProcess

/**
 * Kotlin coroutines on the JVM: thousands of coroutines on Dispatchers.Default, a Mutex guarding
 * plain state, channels fanning work out and in, a flow crossing dispatchers, and a monitor taken
 * with kotlin's synchronized. Every number printed follows from the program, not the schedule.
 */
object KotlinCoroutinesDriver {
  private const val COROUTINES = 5_000
  private const val ITEMS = 20_000

  /** The state a Mutex guards: plain fields, as Kotlin code keeps them. */
  private class Ledger {
    var entries = 0L
    var total = 0L
  }

  /** Runs every part on one runBlocking scope and prints the totals, then `ok`. */
  @JvmStatic
  fun main(args: Array<String>) {
    runBlocking {
      manyCoroutines()
      channels()
      flows()
      monitors()
    }
    println("KotlinCoroutinesDriver: ok")
  }

  private suspend fun manyCoroutines() = coroutineScope {
    val ledger = Ledger()
    val mutex = Mutex()
    val atomic = AtomicLong()
    val jobs =
      (1..COROUTINES).map { n ->
        launch(Dispatchers.Default) {
          if (n % 100 == 0) delay(1)
          atomic.addAndGet(n.toLong())
          mutex.withLock {
            ledger.entries++
            ledger.total += n
          }
        }
      }
    jobs.forEach { it.join() }
    val squares =
      (1..200).map { n -> async(Dispatchers.Default) { withContext(Dispatchers.IO) { n * n } } }
    val sumOfSquares = squares.awaitAll().sum()
    check(atomic.get() == ledger.total, "atomic ${atomic.get()} vs ledger ${ledger.total}")
    println(
      "KotlinCoroutinesDriver: coroutines=${ledger.entries} total=${ledger.total}" +
        " sumOfSquares=$sumOfSquares"
    )
  }

  private suspend fun channels() = coroutineScope {
    val work = Channel<Int>(capacity = 64)
    val results = Channel<Long>(capacity = Channel.UNLIMITED)
    repeat(4) { producer ->
      launch(Dispatchers.Default) {
        for (i in producer until ITEMS step 4) work.send(i)
      }
    }
    val consumers =
      (0 until 4).map {
        launch(Dispatchers.Default) {
          for (item in work) results.send(item.toLong() * 3)
        }
      }
    var received = 0
    var sum = 0L
    while (received < ITEMS) {
      sum += results.receive()
      received++
    }
    work.close()
    consumers.forEach { it.join() }
    results.close()
    println("KotlinCoroutinesDriver: channel items=$received sum=$sum")
  }

  private suspend fun flows() {
    val folded =
      flow { for (i in 1..ITEMS) emit(i) }
        .map { it.toLong() * it }
        .flowOn(Dispatchers.IO)
        .buffer(128)
        .map { it % 1_000_003 }
        .fold(0L) { acc, v -> acc + v }
    println("KotlinCoroutinesDriver: flow fold=$folded")
  }

  private suspend fun monitors() = coroutineScope {
    val lock = Any()
    var guarded = 0L
    (0 until 8)
      .map {
        launch(Dispatchers.Default) {
          repeat(2_000) {
            synchronized(lock) { guarded++ }
          }
        }
      }
      .forEach { it.join() }
    println("KotlinCoroutinesDriver: synchronized increments=$guarded")
  }

  private fun check(condition: Boolean, what: String) {
    if (!condition) {
      System.err.println("check failed: $what")
      exitProcess(1)
    }
  }
}
