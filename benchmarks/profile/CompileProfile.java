import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the two JFR recordings of compile-profile.sh (javac with the processor, javac of the same
 * program written by hand) and prints where javac's time goes: execution samples per compiler
 * phase on both sides, the processor's samples by what it does, the first frame below our code,
 * the callers of java.util.regex, and the JIT's long compilations by package.
 *
 * <pre>java benchmarks/profile/CompileProfile.java processor.jfr hand.jfr</pre>
 */
public final class CompileProfile {

  private static final String JAVAC = "com.sun.tools.javac.";
  private static final String PROCESSING = JAVAC + "processing.JavacProcessingEnvironment";

  /** The phases in the order javac runs them; a sample belongs to the outermost that matches. */
  private static final List<String> PHASES = List.of(
      "parse the sources", "enter (round 1)", "annotation processors (callProcessor)",
      "next rounds: parse generated sources, enter all trees again", "enter all trees for the final compilation",
      "attribute", "flow", "desugar", "generate (class files)", "other (start-up, stack too deep to tell)");

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java CompileProfile.java PROCESSOR.jfr HAND.jfr");
      System.exit(2);
    }
    List<List<String>> processor = stacks(Path.of(args[0]));
    List<List<String>> hand = stacks(Path.of(args[1]));

    System.out.println("## Execution samples of javac's main thread per phase (JFR, every 10 ms of running Java code)");
    System.out.println();
    System.out.println("| phase | with the processor | % | by hand, -proc:none | % |");
    System.out.println("|---|---|---|---|---|");
    Map<String, Long> p = count(processor, CompileProfile::phase);
    Map<String, Long> h = count(hand, CompileProfile::phase);
    for (String phase : PHASES) {
      System.out.printf("| %s | %d | %s | %d | %s |%n", phase, p.getOrDefault(phase, 0L),
          percent(p.getOrDefault(phase, 0L), processor.size()), h.getOrDefault(phase, 0L),
          percent(h.getOrDefault(phase, 0L), hand.size()));
    }
    System.out.printf("| **all** | **%d** | | **%d** | |%n", processor.size(), hand.size());
    System.out.printf("%nmain-thread samples, processor / by hand: %.2fx%n", (double) processor.size() / hand.size());

    List<List<String>> inProcessor = processor.stream()
        .filter(stack -> stack.contains(PROCESSING + ".callProcessor")).toList();
    System.out.println();
    System.out.println("## The processor's samples by what it does");
    System.out.println();
    print(count(inProcessor, CompileProfile::activity), inProcessor.size(), 20);

    System.out.println();
    System.out.println("## The processor's samples by the first frame in dev.exporterbuilder");
    System.out.println();
    print(count(inProcessor, stack -> stack.stream().filter(frame -> frame.startsWith("dev.exporterbuilder."))
        .findFirst().orElse("(none: javac or the JDK)")), inProcessor.size(), 12);

    System.out.println();
    System.out.println("## Samples in java.util.regex, by caller (first frame outside java.*)");
    System.out.println();
    List<List<String>> regex = processor.stream()
        .filter(stack -> stack.stream().anyMatch(frame -> frame.startsWith("java.util.regex."))).toList();
    print(count(regex, stack -> stack.stream()
        .filter(frame -> !frame.startsWith("java."))
        .findFirst().orElse("?")), processor.size(), 10);

    System.out.println();
    System.out.println("## The JIT's long compilations (those JFR records, over its threshold), seconds of compiler thread");
    System.out.println();
    System.out.println("| code compiled | with the processor | by hand |");
    System.out.println("|---|---|---|");
    Map<String, Double> pj = compilations(Path.of(args[0]));
    Map<String, Double> hj = compilations(Path.of(args[1]));
    for (String owner : List.of("javac", "JavaPoet", "dev.exporterbuilder", "JDK")) {
      System.out.printf("| %s | %.2f | %.2f |%n", owner, pj.getOrDefault(owner, 0.0), hj.getOrDefault(owner, 0.0));
    }
  }

  /** The stacks of the execution samples of the thread "main", innermost frame first. */
  private static List<List<String>> stacks(Path recording) throws IOException {
    List<List<String>> stacks = new ArrayList<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null
          && "main".equals(event.getThread("sampledThread").getJavaName())) {
        stacks.add(event.getStackTrace().getFrames().stream()
            .map(frame -> frame.getMethod().getType().getName() + "." + frame.getMethod().getName()).toList());
      }
    }
    return stacks;
  }

  private static String phase(List<String> stack) {
    for (int i = stack.size() - 1; i >= 0; i--) {
      String frame = stack.get(i);
      boolean inProcessing = stack.subList(i, stack.size()).contains(JAVAC + "main.JavaCompiler.processAnnotations");
      if (frame.equals(PROCESSING + ".callProcessor")) {
        return PHASES.get(2);
      } else if (frame.equals(PROCESSING + "$Round.next")) {
        return PHASES.get(3);
      } else if (frame.equals(JAVAC + "main.JavaCompiler.enterTrees")) {
        return inProcessing ? PHASES.get(4) : PHASES.get(1);
      } else if (frame.equals(JAVAC + "main.JavaCompiler.parseFiles")) {
        return PHASES.get(0);
      } else if (frame.equals(JAVAC + "main.JavaCompiler.attribute")) {
        return PHASES.get(5);
      } else if (frame.equals(JAVAC + "main.JavaCompiler.flow")) {
        return PHASES.get(6);
      } else if (frame.equals(JAVAC + "main.JavaCompiler.desugar")) {
        return PHASES.get(7);
      } else if (frame.equals(JAVAC + "main.JavaCompiler.generate")) {
        return PHASES.get(8);
      }
    }
    return PHASES.get(9);
  }

  /** What a sample inside the processor does, by the outermost frame that tells. */
  private static String activity(List<String> stack) {
    for (int i = stack.size() - 1; i >= 0; i--) {
      String frame = stack.get(i);
      if (frame.startsWith("com.squareup.javapoet.JavaFile.writeTo")) {
        // JavaPoet writes into the Filer's writer: javac's own file checks are apart
        for (int j = i - 1; j >= 0; j--) {
          if (stack.get(j).startsWith(JAVAC + "processing.JavacFiler.")) {
            return "javac's Filer (createSourceFile: name checks, file objects)";
          }
        }
        return "JavaPoet JavaFile.writeTo: emitting the sources (two passes: imports, then text)";
      } else if (frame.startsWith("dev.exporterbuilder.processor.artifact.")) {
        return "operator files (processor.artifact)";
      } else if (frame.startsWith("dev.exporterbuilder.processor.codegen.") && !frame.contains("GeneratedFiles")) {
        return "building the JavaPoet specs (processor.codegen)";
      } else if (frame.startsWith("dev.exporterbuilder.processor.validation.")) {
        return "validation (processor.validation)";
      } else if (frame.startsWith("dev.exporterbuilder.processor.model.")
          || frame.startsWith("dev.exporterbuilder.processor.descriptor.")
          || frame.startsWith("dev.exporterbuilder.processor.gem.")) {
        return "reading the model (processor.model, descriptor, gem)";
      }
    }
    return "the rest (round bookkeeping, class loading of the processor)";
  }

  /** Seconds of the recorded compilations, by whose code was compiled. */
  private static Map<String, Double> compilations(Path recording) throws IOException {
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (event.getEventType().getName().equals("jdk.Compilation")) {
        String type = ((String) event.getValue("method.type.name")).replace('/', '.');
        String owner = type.startsWith(JAVAC) ? "javac" : type.startsWith("com.squareup.javapoet.") ? "JavaPoet"
            : type.startsWith("dev.exporterbuilder.") ? "dev.exporterbuilder" : "JDK";
        Duration duration = event.getDuration();
        seconds.merge(owner, duration.toNanos() / 1e9, Double::sum);
      }
    }
    return seconds;
  }

  private static Map<String, Long> count(List<List<String>> stacks, Function<List<String>, String> key) {
    return stacks.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()));
  }

  private static void print(Map<String, Long> counts, int total, int limit) {
    System.out.println("| samples | % | |");
    System.out.println("|---|---|---|");
    counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
        .forEach(entry -> System.out.printf("| %d | %s | %s |%n", entry.getValue(), percent(entry.getValue(), total),
            entry.getKey()));
  }

  private static String percent(long part, int total) {
    return total == 0 ? "" : String.format("%.1f", 100.0 * part / total);
  }
}
