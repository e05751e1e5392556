package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.exporterbuilder.testsupport.ExporterProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Build-Revision}, the git commit a runnable jar was built from, as the example modules set it up
 * with the parent's git-commit-id-maven-plugin: a project inheriting this build's parent is built by the
 * real Maven outside any git checkout (the revision is unknown), then committed to a fresh repository and
 * built again (the revision is that commit's full id), and each jar's {@code --version} says so.
 */
class BuildRevisionTest {

  private static final String POM = """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <parent>
          <groupId>dev.exporterbuilder</groupId>
          <artifactId>exporter-builder-parent</artifactId>
          <version>%s</version>
          <relativePath/>
        </parent>
        <groupId>com.example</groupId>
        <!-- the parent's version: its dependencyManagement names our artifacts at ${project.version} -->
        <artifactId>lamp-exporter</artifactId>

        <dependencies>
          <dependency>
            <groupId>dev.exporterbuilder</groupId>
            <artifactId>exporter-builder-runtime</artifactId>
          </dependency>
        </dependencies>

        <build>
          <plugins>
            <plugin><groupId>io.github.git-commit-id</groupId><artifactId>git-commit-id-maven-plugin</artifactId></plugin>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-compiler-plugin</artifactId>
              <configuration>
                <annotationProcessorPaths>
                  <path>
                    <groupId>dev.exporterbuilder</groupId>
                    <artifactId>exporter-builder-processor</artifactId>
                    <version>${project.version}</version>
                  </path>
                </annotationProcessorPaths>
              </configuration>
            </plugin>
            %s
          </plugins>
        </build>
      </project>
      """;

  private static final String COLLECTOR = """
      package com.example.lamp;

      import dev.exporterbuilder.annotations.Collector;
      import dev.exporterbuilder.annotations.Gauge;

      @Collector(subsystem = "bulb")
      public class Bulb {
        @Gauge(help = "Bulbs lit.")
        int lit() {
          return 1;
        }
      }
      """;

  private static final String EXPORTER = """
      package com.example.lamp;

      import dev.exporterbuilder.annotations.Exporter;

      @Exporter(name = "lamp", help = "The lamp's bulbs.", port = 9875, collectors = Bulb.class)
      public class LampExporter {}
      """;

  @Test
  void revisionIsTheCommitBuiltFromAndUnknownOutsideGit(@TempDir Path temp) throws Exception {
    String version = MavenBuild.ourVersion();
    MavenBuild maven = new MavenBuild(temp, version);
    Path project = temp.resolve("lamp");
    write(project.resolve("pom.xml"), POM.formatted(version, MavenBuild.shadePlugin("lamp", "com.example.lamp.LampExporterMain",
        "<Implementation-Version>${project.version}</Implementation-Version><Build-Revision>${git.commit.id}</Build-Revision>")));
    write(project.resolve("src/main/java/com/example/lamp/Bulb.java"), COLLECTOR);
    write(project.resolve("src/main/java/com/example/lamp/LampExporter.java"), EXPORTER);
    Path jar = project.resolve("target/lamp.jar");

    // a source archive: no .git here nor in any directory above
    assumeTrue(git(project, "rev-parse", "--git-dir").exitCode() != 0, "the temporary directory lies in a git checkout");
    maven.run(project, "package");
    assertEquals("lamp, version " + version + " (revision: unknown)", versionLine(jar));

    assumeTrue(git(project, "--version").exitCode() == 0, "no git on the PATH");
    assertEquals(0, git(project, "init", "-q").exitCode());
    assertEquals(0, git(project, "add", "pom.xml", "src").exitCode());
    assertEquals(0, git(project, "-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q",
        "-m", "lamp").exitCode());
    Git head = git(project, "rev-parse", "HEAD");
    assertTrue(head.output().matches("[0-9a-f]{40}"), head.output());

    maven.run(project, "clean", "package");
    assertEquals("lamp, version " + version + " (revision: " + head.output() + ")", versionLine(jar));
  }

  private static String versionLine(Path jar) throws Exception {
    assertTrue(Files.isRegularFile(jar), "no " + jar);
    try (ExporterProcess process = ExporterProcess.startJar(jar, "--version")) {
      assertEquals(0, process.awaitExit(), process::describe);
      return process.stdout().get(0);
    }
  }

  private record Git(int exitCode, String output) {}

  private static Git git(Path directory, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    // the test's own repository, never one named by the environment of the build running it
    builder.environment().keySet().removeIf(name -> name.startsWith("GIT_"));
    Process process;
    try {
      process = builder.start();
    } catch (IOException noGit) {
      return new Git(127, noGit.getMessage());
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return new Git(124, output);
    }
    return new Git(process.exitValue(), output);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
