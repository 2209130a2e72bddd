package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.support.AgentErrors;
import io.lockwatch.agent.runtime.support.RuntimeCounters;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Defines test classes from the class files the real transformer rewrote: classes under a name
 * prefix from the parent's class files, or classes a test generated; everything else from the
 * parent.
 */
final class RewritingLoader extends ClassLoader {
  private final LockingTransformer transformer;
  private final String prefix;
  private final Map<String, byte[]> generated;

  private RewritingLoader(
      LockingTransformer transformer,
      ClassLoader parent,
      String prefix,
      Map<String, byte[]> generated) {
    super(parent);
    this.transformer = transformer;
    this.prefix = prefix;
    this.generated = generated;
  }

  /** The real transformer, every class accepted, with races (and arrays) on or off. */
  static LockingTransformer transformer(
      SiteRegistry sites, FieldRegistry fields, boolean races, AgentErrors errors) {
    return new LockingTransformer(
        new ClassFilter(List.of(), List.of()),
        new RewriteStores(sites, fields, new RuntimeCounters(), errors, null),
        races,
        races,
        false);
  }

  /** Rewrites the parent's classes whose names start with {@code prefix}. */
  static RewritingLoader ofPrefix(
      LockingTransformer transformer, ClassLoader parent, String prefix) {
    return new RewritingLoader(transformer, parent, prefix, Map.of());
  }

  /** Rewrites and defines these class files (binary name → class file). */
  static RewritingLoader ofClasses(
      LockingTransformer transformer, ClassLoader parent, Map<String, byte[]> classFiles) {
    return new RewritingLoader(transformer, parent, null, classFiles);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    boolean ours = generated.containsKey(name) || (prefix != null && name.startsWith(prefix));
    if (!ours) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded != null) {
        return loaded;
      }
      byte[] original = generated.containsKey(name) ? generated.get(name) : parentClassFile(name);
      byte[] rewritten = transformer.rewrite(this, original);
      byte[] bytes = rewritten == null ? original : rewritten;
      return defineClass(name, bytes, 0, bytes.length);
    }
  }

  private byte[] parentClassFile(String name) throws ClassNotFoundException {
    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
  }
}
