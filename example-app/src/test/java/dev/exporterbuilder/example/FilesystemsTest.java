package dev.exporterbuilder.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemsTest {

  private final Filesystems filesystems = new Filesystems();

  @BeforeEach
  void useFixtureTrees() {
    Fixtures.useFixtureTrees();
  }

  @AfterEach
  void restoreDefaultTrees() {
    Fixtures.restoreDefaultTrees();
  }

  @Test
  void skipsVirtualFilesystemsAndUnescapesMountPoints() throws IOException {
    List<String> mountPoints = filesystems.readMounts().stream().map(Filesystems.Mount::mountPoint).toList();
    assertEquals(List.of("/", "/run", "/exporter-builder-fixture/no such mount"), mountPoints);
  }

  @Test
  void readsSizesFromTheFileStoreOfEachMountPoint() throws IOException {
    Filesystems.Usage root = filesystems.size().get(0);
    assertEquals("/dev/fixture1", root.device());
    assertEquals("ext4", root.fsType());
    assertTrue(root.value().isPresent() && root.value().getAsLong() > 0, root.toString());
    long available = filesystems.available().get(0).value().getAsLong();
    long free = filesystems.free().get(0).value().getAsLong();
    assertTrue(available <= free && free <= root.value().getAsLong(), available + " <= " + free + " <= " + root);
  }

  @Test
  void aMountPointThatCannotBeStattedIsADeviceErrorWithoutSizes() throws IOException {
    Filesystems.Mount missing = filesystems.readMounts().get(2);
    assertNull(missing.store());
    assertTrue(filesystems.mounts() == filesystems.mounts(), "the members of one run share one read");
    assertFalse(filesystems.size().get(2).value().isPresent(), "no size sample");
    assertTrue(filesystems.deviceError().get(2).value());
    assertFalse(filesystems.deviceError().get(0).value());
    assertTrue(filesystems.readonly().get(2).value(), "mounted ro");
    assertFalse(filesystems.readonly().get(0).value());
    assertNotNull(filesystems.readMounts().get(0).store());
  }

  @Test
  void theLastMountOnAMountPointHidesTheEarlierOnes(@TempDir Path procfs) throws IOException {
    Fixtures.write(procfs, "mounts", "/dev/a / ext4 rw 0 0\n/dev/b / xfs rw 0 0\n");
    Fixtures.useTrees(procfs, Fixtures.SYSFS);
    List<Filesystems.Mount> mounts = filesystems.readMounts();
    assertEquals(1, mounts.size());
    assertEquals("/dev/b", mounts.get(0).device());
  }

  @Test
  void excludeFlagsAreRegularExpressions(@TempDir Path procfs) throws IOException {
    Fixtures.write(procfs, "mounts", "/dev/a / ext4 rw 0 0\n/dev/b /data xfs rw 0 0\n/dev/c /scratch ext4 rw 0 0\n");
    Fixtures.useTrees(procfs, Fixtures.SYSFS);
    filesystems.mountPointsExclude = "^/scratch$";
    filesystems.fsTypesExclude = "^xfs$";
    assertEquals(List.of("/"), filesystems.readMounts().stream().map(Filesystems.Mount::mountPoint).toList());
  }

  @Test
  void aMissingMountsFileIsAnError(@TempDir Path procfs) {
    Fixtures.useTrees(procfs, Fixtures.SYSFS);
    assertThrows(NoSuchFileException.class, filesystems::size);
  }

  @Test
  void unescapesOctalEscapesOnly() {
    assertEquals("/mnt/a b\tc\\d", Filesystems.unescape("/mnt/a\\040b\\011c\\134d"));
    assertEquals("/mnt/x\\9y\\04", Filesystems.unescape("/mnt/x\\9y\\04"));
  }
}
