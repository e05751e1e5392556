package dev.exporterbuilder.processor;

import dev.exporterbuilder.processor.validation.Diagnostics;
import dev.exporterbuilder.processor.validation.Message;
import javax.lang.model.element.Element;

/** Runs one unit of work; anything it throws becomes one error on its element, never a javac crash. */
final class Guard {

  private final Diagnostics diagnostics;

  Guard(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  interface Step {
    void run() throws Exception;
  }

  void run(Element element, Step step) {
    try {
      step.run();
    } catch (Exception | LinkageError | AssertionError e) {
      diagnostics.report(Message.PROCESSOR_FAILURE, element, e + ourFrame(e));
    }
  }

  /** " at CollectorWriter.java:120": where in this processor it failed, for the bug report. */
  private static String ourFrame(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.exporterbuilder.")) {
        return " at " + frame.getFileName() + ":" + frame.getLineNumber();
      }
    }
    return "";
  }
}
