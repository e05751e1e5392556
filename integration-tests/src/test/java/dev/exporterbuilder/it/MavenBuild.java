package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real Maven, run on a project a test writes, against this build's artifacts.
 *
 * <p>Our own artifacts are not in any Maven repository (nobody runs {@code mvn install} here), so the
 * build gets a local repository of its own in a temporary directory: this build's jars and poms laid
 * out as {@code mvn install} would, and every third-party artifact read from the user's local
 * repository through a {@code file:} mirror, so that nothing is downloaded ({@code -nsu}).
 */
final class MavenBuild {

  /** The root of this build's sources. */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static final Pattern PARENT_VERSION =
      Pattern.compile("<artifactId>exporter-builder-parent</artifactId>\\s*<version>([^<]+)</version>");

  private static final Pattern SHADE_VERSION =
      Pattern.compile("<artifactId>maven-shade-plugin</artifactId><version>([^<]+)</version>");

  private final Path settings;
  private final Path log;

  /**
   * Lays out the local repository and the settings that use it under {@code temp}.
   *
   * @param version the version of our artifacts the project asks for, which must be this build's
   */
  MavenBuild(Path temp, String version) throws IOException {
    Path repository = temp.resolve("repository");
    installOurArtifacts(repository, version);
    this.settings = temp.resolve("settings.xml");
    Files.writeString(settings, settings(repository));
    this.log = temp.resolve("mvn.log");
  }

  /** This build's version, from the root pom: what a project built against this build's artifacts asks for. */
  static String ourVersion() throws IOException {
    Matcher version = PARENT_VERSION.matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertTrue(version.find(), "the root pom has no version after exporter-builder-parent");
    return version.group(1);
  }

  /**
   * The maven-shade-plugin of a user's exporter project, as the README shows it: {@code target/<finalName>.jar}
   * runs {@code mainClass}, with {@code manifestEntries} (XML elements, may be empty) in its manifest; at the
   * version the root pom pins.
   */
  static String shadePlugin(String finalName, String mainClass, String manifestEntries) throws IOException {
    Matcher version = SHADE_VERSION.matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertTrue(version.find(), "the root pom pins no maven-shade-plugin version");
    return """
        <plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-shade-plugin</artifactId>
          <version>%s</version>
          <executions>
            <execution>
              <phase>package</phase>
              <goals><goal>shade</goal></goals>
              <configuration>
                <finalName>%s</finalName>
                <createDependencyReducedPom>false</createDependencyReducedPom>
                <filters>
                  <filter>
                    <artifact>*:*</artifact>
                    <excludes>
                      <exclude>META-INF/*.SF</exclude>
                      <exclude>META-INF/*.DSA</exclude>
                      <exclude>META-INF/*.RSA</exclude>
                      <exclude>module-info.class</exclude>
                      <exclude>META-INF/versions/*/module-info.class</exclude>
                    </excludes>
                  </filter>
                </filters>
                <transformers>
                  <transformer implementation="org.apache.maven.plugins.shade.resource.ServicesResourceTransformer"/>
                  <transformer implementation="org.apache.maven.plugins.shade.resource.ManifestResourceTransformer">
                    <mainClass>%s</mainClass>
                    <manifestEntries>%s</manifestEntries>
                  </transformer>
                </transformers>
              </configuration>
            </execution>
          </executions>
        </plugin>
        """.formatted(version.group(1), finalName, mainClass, manifestEntries);
  }

  /** Runs {@code mvn} with {@code goals} in {@code project}; fails the test with the log's tail unless it succeeds. */
  void run(Path project, String... goals) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(mvn(), "-B", "-nsu", "-s", settings.toString()));
    command.addAll(List.of(goals));
    ProcessBuilder maven = new ProcessBuilder(command)
        .directory(project.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    maven.environment().put("JAVA_HOME", System.getProperty("java.home"));
    maven.environment().remove("MAVEN_OPTS");
    Process process = maven.start();
    String shown = "mvn " + String.join(" ", goals);
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(shown + " did not finish in 10 minutes:\n" + readQuietly(log));
    }
    assertEquals(0, process.exitValue(), () -> shown + " failed:\n" + readQuietly(log));
  }

  /**
   * This build's parent pom, its BOM and the jars and poms of annotations, runtime and processor, as
   * {@code mvn install} lays them out.
   */
  private static void installOurArtifacts(Path repository, String version) throws IOException {
    install(repository, "exporter-builder-parent", version, ROOT.resolve("pom.xml"), null);
    install(repository, "exporter-builder-bom", version, ROOT.resolve("bom").resolve("pom.xml"), null);
    for (String module : List.of("annotations", "runtime", "processor")) {
      String artifact = "exporter-builder-" + module;
      Path jar = ROOT.resolve(module).resolve("target").resolve(artifact + "-" + version + ".jar");
      assertTrue(Files.isRegularFile(jar), jar + " is missing: the project's version must be this build's, and "
          + module + " must be packaged before the integration tests run (mvn verify from the root)");
      install(repository, artifact, version, ROOT.resolve(module).resolve("pom.xml"), jar);
    }
  }

  private static void install(Path repository, String artifact, String version, Path pom, Path jar) throws IOException {
    Path directory = repository.resolve("dev/exporterbuilder").resolve(artifact).resolve(version);
    Files.createDirectories(directory);
    Files.copy(pom, directory.resolve(artifact + "-" + version + ".pom"));
    if (jar != null) {
      Files.copy(jar, directory.resolve(artifact + "-" + version + ".jar"));
    }
  }

  /** A local repository of its own; every other artifact from the user's local repository, never the network. */
  private static String settings(Path repository) {
    String userRepository = System.getProperty("maven.repo.local",
        Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
    return """
        <settings>
          <localRepository>%s</localRepository>
          <mirrors>
            <mirror>
              <id>user-local-repository</id>
              <mirrorOf>*</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
        </settings>
        """.formatted(repository, Path.of(userRepository).toUri());
  }

  /** {@code mvn} from the PATH, as a user runs it. */
  private static String mvn() {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, "mvn");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return fail("no mvn on the PATH");
  }

  private static String readQuietly(Path log) {
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(log));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
