package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.support.SiteRegistry;

/**
 * What a method visitor needs to know about the method and where to register its sites; {@code
 * races} says whether race detection (and so happens-before tracking) is on; {@code firstFreeLocal}
 * is the method's own local-variable count (-1 when unknown), past which code may spill values;
 * {@code lockSites} numbers the class's lock-operation sites once it is visited.
 */
public record MethodContext(
    SiteRegistry sites,
    String className,
    String internalName,
    String methodName,
    String sourceFile,
    boolean isStatic,
    boolean framesRequired,
    boolean races,
    int firstFreeLocal,
    SiteOrdinals lockSites) {

  /** Registers a site of this method at {@code line} (-1: not known yet). */
  public int registerSite(int line, String lockExpression) {
    return sites.register(className, methodName, sourceFile, line, lockExpression);
  }

  /** Registers a lock operation's site, numbered for its fingerprint when the class is done. */
  int registerLockSite(int line, String lockExpression) {
    int id = registerSite(line, lockExpression);
    lockSites.add(methodName, sites.get(id));
    return id;
  }
}
