import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.net.HttpURLConnection;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Lays out the self-contained distribution of an exporter, the directory that the tar.gz holds:
 *
 * <pre>
 * bin/NAME               the launcher (POSIX sh): the runtime's java, conf/jvm.options, the CDS archive
 * conf/jvm.options       the JVM flags, one a line
 * lib/NAME.jar           the exporter's executable jar
 * lib/NAME.jsa           its class data sharing archive (AppCDS), made by a training run of this very layout
 * runtime/               a jlink image of the modules the jar needs (jdeps) and those it loads by name
 * LICENSE, README.txt
 * </pre>
 *
 * Run by Maven at package time with the JDK that runs Maven, as a single-file program
 * ({@code java BuildDistribution.java --key=value ...}): jdeps and jlink are that JDK's, run in this
 * process through {@link ToolProvider}. Options (all {@code --key=value}):
 *
 * <ul>
 *   <li>{@code jar} the executable jar; {@code name} the exporter's name (the launcher's and the jar's);
 *   <li>{@code output} the directory to lay out (emptied first, except an up-to-date runtime image);
 *   <li>{@code templates} the directory of {@code launcher.sh}, {@code README.txt} and {@code jvm.options};
 *       {@code jvm-options} another options file instead of the template's; {@code license} the LICENSE file;
 *   <li>{@code add-modules}, {@code exclude-modules}: comma-separated module names added to and taken from
 *       what jdeps finds; an added module that this JDK does not have is skipped (jdk.crypto.ec, the EC
 *       TLS provider of JDK 17, is an empty module on later JDKs and may go away);
 *   <li>{@code timestamp} the time that the tar.gz gives its entries (project.build.outputTimestamp):
 *       the jar gets it before the training run, since the archive is valid only for a jar of the same
 *       size and modification time;
 *   <li>{@code training-args} the exporter's arguments for the training run, space-separated, after
 *       {@code --web.listen-address=127.0.0.1:0}.
 * </ul>
 */
public final class BuildDistribution {

  private static final Pattern LISTENING = Pattern.compile("msg=\"Listening on\" address=(\\S+):(\\d+)");

  public static void main(String[] arguments) throws Exception {
    Map<String, String> options = parse(arguments);
    Path jar = Path.of(required(options, "jar"));
    String name = required(options, "name");
    Path output = Path.of(required(options, "output")).toAbsolutePath();
    Path templates = Path.of(required(options, "templates"));
    Path jvmOptions = Path.of(options.getOrDefault("jvm-options", templates.resolve("jvm.options").toString()));
    long started = System.nanoTime();

    prepare(output);
    Path runtime = output.resolve("runtime");
    List<String> modules = modules(jar, list(options.get("add-modules")), list(options.get("exclude-modules")),
        output.resolveSibling(output.getFileName() + ".jdeps"));
    long linking = System.nanoTime();
    link(runtime, modules);
    long copying = System.nanoTime();

    Path lib = Files.createDirectories(output.resolve("lib"));
    Path distJar = Files.copy(jar, lib.resolve(name + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    String timestamp = options.getOrDefault("timestamp", "");
    if (!timestamp.isBlank()) {
      Files.setLastModifiedTime(distJar, FileTime.from(instant(timestamp)));
    }
    Path conf = Files.createDirectories(output.resolve("conf"));
    Files.copy(jvmOptions, conf.resolve("jvm.options"), StandardCopyOption.REPLACE_EXISTING);
    Path bin = Files.createDirectories(output.resolve("bin"));
    Path launcher = bin.resolve(name);
    Files.writeString(launcher, Files.readString(templates.resolve("launcher.sh")).replace("@NAME@", name));
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(output.resolve("README.txt"), Files.readString(templates.resolve("README.txt"))
        .replace("@NAME@", name).replace("@DIRECTORY@", output.getFileName().toString()));
    if (options.containsKey("license")) {
      Files.copy(Path.of(options.get("license")), output.resolve("LICENSE"), StandardCopyOption.REPLACE_EXISTING);
    }

    long training = System.nanoTime();
    train(output, name, words(options.getOrDefault("training-args", "")));
    long done = System.nanoTime();
    System.out.printf("distribution %s: modules %s; %.1f s (jdeps %.1f s, jlink %.1f s, training run %.1f s)%n",
        output, String.join(",", modules), seconds(done - started), seconds(linking - started),
        seconds(copying - linking), seconds(done - training));
  }

  /** Empties {@code output}, keeping the runtime image (reused when linked from the same modules and JDK). */
  private static void prepare(Path output) throws IOException {
    Files.createDirectories(output);
    try (Stream<Path> entries = Files.list(output)) {
      for (Path entry : entries.toList()) {
        if (!entry.getFileName().toString().equals("runtime")) {
          delete(entry);
        }
      }
    }
  }

  /**
   * What jdeps finds the jar needs, plus the added modules that this JDK has, less the excluded ones. jdeps
   * reads every class of the jar: its answer is kept in {@code cache} for a jar of the same content.
   */
  private static List<String> modules(Path jar, List<String> added, List<String> excluded, Path cache)
      throws IOException, NoSuchAlgorithmException {
    String key = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)))
        + " " + Runtime.version() + "\n";
    String found;
    String cached = Files.isRegularFile(cache) ? Files.readString(cache) : "";
    if (cached.startsWith(key)) {
      found = cached.substring(key.length());
    } else {
      found = run("jdeps", "--print-module-deps", "--ignore-missing-deps",
          "--multi-release", Integer.toString(Runtime.version().feature()), jar.toString()).strip();
      Files.writeString(cache, key + found);
    }
    TreeSet<String> modules = new TreeSet<>(list(found.lines().reduce((first, last) -> last).orElse("")));
    if (modules.isEmpty()) {
      throw new IllegalStateException("jdeps found no modules for " + jar + ":\n" + found);
    }
    for (String module : added) {
      if (ModuleFinder.ofSystem().find(module).isPresent()) {
        modules.add(module);
      }
    }
    modules.removeAll(excluded);
    return List.copyOf(modules);
  }

  /**
   * Links the runtime image: the modules, no debug attributes, headers or man pages, compressed, with the
   * default CDS archive of its own JDK classes (the base that the exporter's dynamic archive extends).
   */
  private static void link(Path runtime, List<String> modules) throws IOException {
    // --compress=2 is deprecated from JDK 21 on, which names the levels zip-0 to zip-9 instead
    String compress = Runtime.version().feature() >= 21 ? "zip-6" : "2";
    List<String> jlink = List.of("--add-modules", String.join(",", modules), "--strip-debug", "--no-header-files",
        "--no-man-pages", "--compress=" + compress, "--generate-cds-archive");
    // --generate-cds-archive also archives the classes for heaps of 32 GB and more, without compressed
    // oops (a third of the image): an exporter never has such a heap, and without it the JVM starts
    // without the archive, as it does for any archive it cannot use
    String unused = "lib/server/classes_nocoops.jsa";
    String stamp = Runtime.version() + " " + System.getProperty("java.home") + " " + String.join(" ", jlink)
        + ", less " + unused + "\n";
    // beside the distribution's directory, not in it: what the runtime image was linked from
    Path stampFile = runtime.getParent().resolveSibling(runtime.getParent().getFileName() + ".runtime-linked");
    if (Files.isRegularFile(stampFile) && Files.readString(stampFile).equals(stamp)) {
      System.out.println("runtime image up to date: " + runtime);
      return;
    }
    delete(runtime);
    Files.deleteIfExists(stampFile);
    List<String> arguments = new ArrayList<>(jlink);
    arguments.addAll(List.of("--output", runtime.toString()));
    run("jlink", arguments.toArray(String[]::new));
    Files.deleteIfExists(runtime.resolve(unused));
    Files.writeString(stampFile, stamp);
  }

  /**
   * The training run: the exporter started by its own launcher, which records the classes it loads into
   * lib/NAME.jsa when it exits (-XX:ArchiveClassesAtExit), scraped once as text and once gzipped, then
   * stopped with SIGTERM as an operator stops it.
   */
  private static void train(Path output, String name, List<String> trainingArgs) throws Exception {
    Path archive = output.resolve("lib").resolve(name + ".jsa");
    List<String> command = new ArrayList<>(List.of(output.resolve("bin").resolve(name).toString(),
        "--web.listen-address=127.0.0.1:0"));
    command.addAll(trainingArgs);
    ProcessBuilder builder = new ProcessBuilder(command).directory(output.toFile());
    builder.environment().put("JAVA_OPTS", "-XX:ArchiveClassesAtExit=" + archive);
    builder.environment().remove("JDK_JAVA_OPTIONS");
    Process process = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    process.getOutputStream().close();
    StringBuilder log = new StringBuilder();
    CompletableFuture<String> address = new CompletableFuture<>();
    Thread reader = new Thread(() -> readLines(process.getErrorStream(), log, address), "training stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      String listening = address.get(120, TimeUnit.SECONDS);
      scrape(listening, false);
      scrape(listening, true);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException("the training run failed: " + e + "\ncommand: " + command + "\n" + log, e);
    }
    process.destroy(); // SIGTERM
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the training run did not stop on SIGTERM\n" + log);
    }
    reader.join(5_000);
    if (process.exitValue() != 0 || !Files.isRegularFile(archive)) {
      throw new IllegalStateException("the training run exited with " + process.exitValue() + " and "
          + (Files.isRegularFile(archive) ? "wrote " : "did not write ") + archive + "\n" + log);
    }
  }

  private static void readLines(InputStream stderr, StringBuilder log, CompletableFuture<String> address) {
    try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(stderr, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        synchronized (log) {
          log.append(line).append('\n');
        }
        Matcher matcher = LISTENING.matcher(line);
        if (matcher.find()) {
          address.complete(matcher.group(1) + ":" + matcher.group(2));
        }
      }
    } catch (IOException e) {
      address.completeExceptionally(e);
    }
    address.completeExceptionally(new IllegalStateException("the exporter ended before listening"));
  }

  private static void scrape(String address, boolean gzip) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create("http://" + address + "/metrics").toURL().openConnection();
    connection.setConnectTimeout(30_000);
    connection.setReadTimeout(60_000);
    if (gzip) {
      connection.setRequestProperty("Accept-Encoding", "gzip");
    }
    try (InputStream body = connection.getInputStream()) {
      body.transferTo(java.io.OutputStream.nullOutputStream());
    }
    if (connection.getResponseCode() != 200) {
      throw new IOException("/metrics answered " + connection.getResponseCode());
    }
  }

  /** Runs a tool of this JDK in this process; its output, or an exception with it when it fails. */
  private static String run(String tool, String... args) {
    ToolProvider provider = ToolProvider.findFirst(tool)
        .orElseThrow(() -> new IllegalStateException(tool + " is missing: the build needs a JDK, not a JRE"));
    StringWriter out = new StringWriter();
    int status;
    try (PrintWriter writer = new PrintWriter(out)) {
      status = provider.run(writer, writer, args);
    }
    if (status != 0) {
      throw new IllegalStateException(tool + " " + String.join(" ", args) + " exited with " + status + ":\n" + out);
    }
    return out.toString();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /** project.build.outputTimestamp: ISO-8601 with an offset, or seconds since the epoch. */
  private static Instant instant(String timestamp) {
    return timestamp.chars().allMatch(Character::isDigit)
        ? Instant.ofEpochSecond(Long.parseLong(timestamp))
        : OffsetDateTime.parse(timestamp).toInstant();
  }

  private static List<String> list(String commaSeparated) {
    if (commaSeparated == null) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static List<String> words(String spaceSeparated) {
    return Arrays.stream(spaceSeparated.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  private static Map<String, String> parse(String[] arguments) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String argument : arguments) {
      int equals = argument.indexOf('=');
      if (!argument.startsWith("--") || equals < 0) {
        throw new IllegalArgumentException("expected --key=value, got " + argument);
      }
      options.put(argument.substring(2, equals), argument.substring(equals + 1));
    }
    return options;
  }

  private static String required(Map<String, String> options, String key) {
    String value = options.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("--" + key + "= is required");
    }
    return value;
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(path)) {
      for (Path entry : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(entry);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
