/**
 * Validation targets with inline expectations: what a run of a program must report is written in
 * the program's source, on the line that must be reported (JaCoCo's idea), and one test walks a
 * catalogue of targets, runs each under the agent and checks the report against its source.
 *
 * <h2>Syntax</h2>
 *
 * A statement is {@code @expect:<word>} or {@code @expect:<word>(key=value,...)} in a {@code //}
 * comment (or a javadoc line). Several may share a line; an unclosed parenthesis goes on in the
 * next line's comment, and that line's statements then belong to the line above. Values may be
 * quoted ({@code contains="a, b"}); {@code a+b} lists values that must each hold. Every statement
 * may carry {@code run=<name>}: it then belongs to the run of that name (the target run with other
 * agent options), else to the plain run.
 *
 * <p>About the whole run (anywhere in the file, by convention at the top of the class):
 *
 * <ul>
 *   <li>{@code none}: no finding of any kind (then also a {@code summary} lower bound above 0)
 *   <li>{@code cycle(kind=deadlock,severity=high[,occurrences=n|minOccurrences=n][,predicted=true]
 *       [,detail=part][,lockKind=][,lockType=prefix][,lockName=part][,withLock=part+part])}: one
 *       lock-order cycle, an instance cycle unless {@code predicted=true}; {@code lockName} every
 *       lock's name contains, each {@code withLock} part some lock's name (to tell apart several
 *       cycles of one run)
 *   <li>{@code incomplete(budget=maxSearchSteps)}: the analysis ran out of that budget (every other
 *       run must have an empty {@code summary.incomplete})
 *   <li>{@code race(field=Outer$Inner.name,observed=true|false[,severity=][,index=n])}: one
 *       unguarded field, named relative to the file's package ({@code index}: a race on the array's
 *       element {@code n})
 *   <li>{@code hazard(kind=Object.wait,severity=medium[,thread=][,lockHeld=part])}: one wait hazard
 *   <li>{@code deadlock(detectedBy=jvm|agent)}, {@code deadlocked(thread=[,holds=][,waitsFor=])}: a
 *       deadlock that really happens, with exactly the threads named
 *   <li>{@code filtered(by=gateLock)}, {@code summary(acquisitions>=4,edges=0)}, {@code
 *       option(races=on)}, {@code stdout(contains=...)}, {@code order-edge(from=part,to=part)},
 *       {@code exit(code=86[,within=5s][,reason=deadlock])}, {@code twin(target=name)}
 * </ul>
 *
 * <p>About the line they are on:
 *
 * <ul>
 *   <li>{@code cycle-held(thread=t[,lock=part][,lockKind=])}: the thread's edge held its lock taken
 *       here; {@code cycle-acquired(thread=t[,mode=exclusive|read|timed][,lock=][,lockKind=])}: and
 *       acquired the next one here; the cycle's edges are exactly those of the threads named
 *   <li>{@code cycle-lock(kind=semaphore[,type=][,name=part])}: a lock of the cycle first seen here
 *   <li>{@code race-read}, {@code race-write}, {@code race-access}{@code ([thread=][,locks=none|
 *       part][,field=])}: an access of the race here ({@code thread=teller-*}: a name prefix);
 *       every access must match one of them
 *   <li>{@code hazard-held}, {@code hazard-wait}: the held lock was taken here; the wait is here
 * </ul>
 *
 * <p>Every run also checks that the JVM ended with the expected exit code (0 unless {@code exit}
 * says otherwise), printed {@code <SimpleName>: done} exactly when it ended by itself, and that the
 * agent absorbed no error. A run that expects findings checks that the sections it says nothing
 * about are empty. An unknown word or key is an error, never a silent pass.
 */
package io.lockwatch.testkit.expect;
