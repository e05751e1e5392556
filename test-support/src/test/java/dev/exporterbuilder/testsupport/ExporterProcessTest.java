package dev.exporterbuilder.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The launcher against a fake Main: the address it reads from the log, the output it keeps, how it stops it. */
class ExporterProcessTest {

  @Test
  void readsAnIpv4ListenAddressFromTheLog() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(FakeExporter.class,
        "time=x level=info msg=\"Listening on\" address=127.0.0.1:19100 http2=false", "--serve")) {
      assertEquals(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 19100), process.awaitListening());
      assertTrue(process.isAlive());
    }
  }

  @Test
  void readsABracketedIpv6ListenAddressFromTheLog() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(FakeExporter.class,
        "time=x level=info msg=\"Listening on\" address=[::1]:19101", "--serve")) {
      assertEquals(new InetSocketAddress(InetAddress.getByName("::1"), 19101), process.awaitListening());
    }
  }

  @Test
  void keepsEveryLineAndTheExitStatus() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(FakeExporter.class, "an error", "first", "second")) {
      assertEquals(3, process.awaitExit());
      assertFalse(process.isAlive());
      assertEquals(List.of("first", "second"), process.stdout());
      assertEquals(List.of("an error"), process.stderr());
    }
  }

  @Test
  void failsWithTheOutputWhenTheProcessExitsWithoutListening() throws Exception {
    try (ExporterProcess process = ExporterProcess.start(FakeExporter.class, "cannot start", "usage")) {
      AssertionFailedError failure = assertThrows(AssertionFailedError.class, process::awaitListening);
      assertTrue(failure.getMessage().contains("exited with 3"), failure.getMessage());
      assertTrue(failure.getMessage().contains("cannot start"), failure.getMessage());
      assertTrue(failure.getMessage().contains(FakeExporter.class.getName()), "names the command: " + failure.getMessage());
    }
  }

  @Test
  void terminateSendsSigtermAndKeepsTheOutput() throws Exception {
    String listening = "msg=\"Listening on\" address=127.0.0.1:19102";
    try (ExporterProcess process = ExporterProcess.start(FakeExporter.class, listening, "--serve")) {
      process.awaitListening();
      process.terminate();
      assertEquals(143, process.awaitExit(), "128 + SIGTERM: the JVM ended on the signal");
      assertEquals(List.of(listening), process.stderr());
      assertEquals(List.of("--serve"), process.stdout());
    }
  }
}
