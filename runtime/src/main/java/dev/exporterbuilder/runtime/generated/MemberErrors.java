package dev.exporterbuilder.runtime.generated;

import dev.exporterbuilder.runtime.process.FailureLog;

/** Receives the failures of single metric members during one collection. */
@FunctionalInterface
public interface MemberErrors {

  /**
   * Called once per failed member.
   *
   * @param member the member as the author wrote it, such as {@code "temperature()"} or {@code "readErrors"}
   * @param cause what the member threw (an exception, a missing class, a failed assertion), or why
   *     its value was rejected
   */
  void failed(String member, Throwable cause);

  /** Logs each failure as one WARN line naming {@code collector}, the member and the exception, rate limited per member. */
  static MemberErrors logging(String collector) {
    return (member, cause) -> FailureLog.memberFailed(collector, member, cause);
  }
}
