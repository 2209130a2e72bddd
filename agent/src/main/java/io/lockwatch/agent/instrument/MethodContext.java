package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.SiteRegistry;

/** What a method visitor needs to know about the method and where to register its sites. */
record MethodContext(
    SiteRegistry sites,
    String className,
    String internalName,
    String methodName,
    String sourceFile,
    boolean isStatic,
    boolean framesRequired) {

  int registerSite(int line, String lockExpression) {
    return sites.register(className, methodName, sourceFile, line, lockExpression);
  }
}
