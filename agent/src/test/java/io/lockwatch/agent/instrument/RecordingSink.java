package io.lockwatch.agent.instrument;

import io.lockwatch.agent.runtime.hb.Contracts;
import io.lockwatch.agent.runtime.race.FieldRegistry;
import io.lockwatch.agent.runtime.support.SiteRegistry;
import io.lockwatch.bridge.EventSink;
import io.lockwatch.bridge.SyncOp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An event sink that writes each event as a line of text: locks named by the test at hand, sites by
 * their source line, fields by their name.
 */
class RecordingSink extends EventSink {
  final List<String> events = new ArrayList<>();
  private final SiteRegistry sites;
  private final FieldRegistry fields;
  private final Function<Object, String> names;

  RecordingSink(SiteRegistry sites, FieldRegistry fields, Function<Object, String> names) {
    this.sites = sites;
    this.fields = fields;
    this.names = names;
  }

  private void record(String event) {
    events.add(event);
  }

  private String at(int site) {
    return " @" + sites.get(site).line();
  }

  @Override
  public void monitorEnter(Object monitor, int site) {
    record("enter " + names.apply(monitor) + at(site));
  }

  @Override
  public void monitorExit(Object monitor, int site) {
    record("exit " + names.apply(monitor));
  }

  @Override
  public void syncMethodEnter(Object monitor, int site) {
    record("syncEnter " + names.apply(monitor) + at(site));
  }

  @Override
  public void syncMethodExit(int site) {
    record("syncExit" + at(site));
  }

  @Override
  public void lockCreated(Object lock, int site) {
    record("created " + names.apply(lock) + at(site));
  }

  @Override
  public void lockRequested(Object lock, int site, int mode) {
    record("requested " + names.apply(lock) + " mode=" + mode + at(site));
  }

  @Override
  public void lockAcquired(Object lock, int site, int mode) {
    record("acquired " + names.apply(lock) + " mode=" + mode + at(site));
  }

  @Override
  public void lockReleased(Object lock, int site, int share) {
    record("released " + names.apply(lock) + (share == 0 ? "" : " share=" + share));
  }

  @Override
  public void optimisticRead(Object lock, int site) {
    record("optimistic " + names.apply(lock) + at(site));
  }

  @Override
  public void optimisticReadEnded(Object lock, int site) {
    record("validated " + names.apply(lock) + at(site));
  }

  @Override
  public void beforeBlocking(Object target, int op, int site) {
    record("before " + SyncOp.name(op) + at(site));
  }

  @Override
  public void afterBlocking(Object target, int op, int site, boolean completed) {
    record("after " + SyncOp.name(op) + (completed ? " done" : " failed"));
  }

  @Override
  public void syncAction(Object target, int op, int site, Object related) {
    record("action " + SyncOp.name(op) + at(site));
  }

  @Override
  public void fieldHandle(Object handle, Class<?> holder, String name, boolean isStatic) {
    record(
        "handle "
            + holder.getName().replaceFirst(".*\\.", "")
            + "."
            + name
            + (isStatic ? " static" : ""));
  }

  @Override
  public void fieldOffset(Class<?> declaring, String name, long offset) {
    record("offset " + declaring.getName().replaceFirst(".*\\.", "") + "." + name);
  }

  @Override
  public void fieldAccess(Object owner, int field, int site, boolean write) {
    record((write ? "write " : "read ") + fields.get(field).name() + " of " + names.apply(owner));
  }

  @Override
  public void volatileAccess(Object owner, int field, boolean write) {
    record((write ? "volatile write " : "volatile read ") + fields.get(field).name());
  }

  @Override
  public void call(
      Object target, Object key, long index, int code, int site, boolean after, boolean outcome) {
    record(
        (after ? "after " : "before ")
            + Contracts.nameOf(code)
            + (key == null ? "" : " " + key)
            + (after ? (outcome ? " found" : " empty") : at(site)));
  }

  @Override
  public boolean ordersByKey(Object map) {
    return map instanceof ConcurrentHashMap;
  }

  @Override
  public void arrayAccess(Object array, int index, int name, int site, boolean write) {
    record((write ? "store " : "load ") + fields.get(name).name() + " [" + index + "]" + at(site));
  }

  @Override
  public void classInitialiser(int type, boolean starts) {
    record(starts ? "class init starts" : "class init ends");
  }
}
