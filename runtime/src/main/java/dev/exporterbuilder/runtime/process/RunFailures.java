package dev.exporterbuilder.runtime.process;

import dev.exporterbuilder.runtime.MemberErrors;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The member failures of one run of one collector, logged when the run ends: one WARN line per
 * cause (the exception's class and message) naming the members it cost, so that a source that is
 * gone (a missing file every member reads) makes one line, not one per member. Members may report
 * from several threads.
 */
public final class RunFailures implements MemberErrors {

  private final String collector;
  private final FailureLog log;
  /** The members per cause, in the order the causes first appeared. */
  private final Map<String, Group> groups = new LinkedHashMap<>();

  public RunFailures(String collector) {
    this(collector, FailureLog.shared());
  }

  RunFailures(String collector, FailureLog log) {
    this.collector = collector;
    this.log = log;
  }

  @Override
  public synchronized void failed(String member, Throwable cause) {
    groups.computeIfAbsent(cause == null ? "" : cause.getClass().getName() + ": " + cause.getMessage(),
        unused -> new Group(cause)).members.add(member);
  }

  /** Whether any member failed. */
  public synchronized boolean any() {
    return !groups.isEmpty();
  }

  /** Logs each cause once, with its members; called once, when the run has ended. */
  public synchronized void log() {
    for (Group group : groups.values()) {
      log.reportMembers(collector, group.members, group.cause);
    }
  }

  /** The first exception of one cause, and the members that failed with it. */
  private static final class Group {
    final Throwable cause;
    final Set<String> members = new LinkedHashSet<>();

    Group(Throwable cause) {
      this.cause = cause;
    }
  }
}
