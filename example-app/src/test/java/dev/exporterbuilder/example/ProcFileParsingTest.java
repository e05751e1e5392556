package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.function.Executable;

/** The readings of the node_exporter collectors: what they take from each file, and errors that name the file. */
class ProcFileParsingTest {

  private static final Path FILE = Path.of("/fixture/proc/file");

  @Test
  @EnabledOnOs(OS.LINUX)
  void readsANumericSysctlFileWhole() throws IOException {
    String fileNr = ProcFiles.read(Path.of("/proc/sys/fs/file-nr"));

    assertEquals(3, fileNr.strip().split("\\s+").length, fileNr);
  }

  @Test
  void statNeedsEveryLineItServes() {
    assertNamesTheFile(() -> Stat.StatFile.parse(FILE, "ctxt 1\nbtime 2\nprocesses 3\nprocs_running 4\n"
        + "procs_blocked 5\n"), "has no intr line");
    assertNamesTheFile(() -> Stat.StatFile.parse(FILE, "intr x\n"), "unexpected line \"intr x\"");
  }

  @Test
  void statSkipsLinesItDoesNotServe() throws IOException {
    Stat.StatFile stat = Stat.StatFile.parse(FILE,
        "cpu  1 2 3\npage 5 6\nintr 7 0 1\nctxt 8\nbtime 9\nprocesses 10\nprocs_running 11\nprocs_blocked 12\n");

    assertEquals(new Stat.StatFile(7, 8, 9, 10, 11, 12), stat);
  }

  @Test
  void cpuReadsTheNumberedLinesOnly() throws IOException {
    Cpu.CpuFile cpus = Cpu.CpuFile.parse(FILE, "cpu  3 0 0 0\ncpu0 1 0 0 0\ncpu1 2 0 0 0\nintr 1\n");

    assertEquals(2, cpus.cpus().size());
    assertEquals("1", cpus.cpus().get(1).cpu());
    assertEquals(2, cpus.cpus().get(1).column(0));
    assertEquals(0, cpus.cpus().get(1).column(9), "columns an older kernel does not write are 0");
    assertNamesTheFile(() -> Cpu.CpuFile.parse(FILE, "cpu  1 2\nintr 1\n"), "has no cpu<N> lines");
    assertNamesTheFile(() -> Cpu.CpuFile.parse(FILE, "cpu0 1 x\n"), "unexpected line \"cpu0 1 x\"");
  }

  @Test
  void netdevNeedsSixteenColumns() {
    String header = "Inter-|   Receive\n face |bytes\n";
    assertNamesTheFile(() -> NetDev.NetDevFile.parse(FILE, header + "  eth0: 1 2 3\n"), "unexpected line");
    assertNamesTheFile(() -> NetDev.NetDevFile.parse(FILE, header + "  eth0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16\n"),
        "unexpected line");
  }

  @Test
  void fileNrHasThreeNumbers() throws IOException {
    assertEquals(new FileFd.FileNr(704, 2466170), FileFd.FileNr.parse(FILE, "704\t0\t2466170\n"));
    assertNamesTheFile(() -> FileFd.FileNr.parse(FILE, "7"), "unexpected content \"7\"");
    assertNamesTheFile(() -> FileFd.FileNr.parse(FILE, "7 0 x"), "unexpected content \"7 0 x\"");
  }

  private static void assertNamesTheFile(Executable parse, String problem) {
    IOException e = assertThrows(IOException.class, parse);
    assertTrue(e.getMessage().startsWith(FILE.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }
}
