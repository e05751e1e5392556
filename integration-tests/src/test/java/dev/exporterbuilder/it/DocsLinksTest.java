package dev.exporterbuilder.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation holds together: every relative link in README.md and docs/*.md names a file
 * of this repository that exists, every {@code #anchor} names a heading of its target as GitHub
 * makes anchors of headings, and every page under docs/ is linked from README.md, so that a
 * newcomer who starts at the README can reach all of it.
 */
class DocsLinksTest {

  /** An inline link's target: {@code [text](target)} or {@code [text](target "title")}. */
  private static final Pattern INLINE_LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  /** A reference definition: {@code [label]: target}. */
  private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s+<?([^\\s>]+)>?");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private final Path root = MavenBuild.ROOT;

  /** A link as written: the file it is in, its line and its target. */
  private record Link(Path file, int line, String target) {
    @Override
    public String toString() {
      return file.getFileName() + ":" + line + ": " + target;
    }
  }

  @Test
  void everyRelativeLinkResolvesToAFileAndHeading() throws IOException {
    List<Link> links = new ArrayList<>();
    for (Path page : pages()) {
      links.addAll(links(page));
    }
    assertFalse(links.isEmpty(), "no links found in README.md and docs/");
    Map<Path, Set<String>> anchorsByFile = new HashMap<>();
    List<String> broken = new ArrayList<>();
    for (Link link : links) {
      if (SCHEME.matcher(link.target()).find()) {
        continue;
      }
      int hash = link.target().indexOf('#');
      String path = hash < 0 ? link.target() : link.target().substring(0, hash);
      String anchor = hash < 0 ? null : link.target().substring(hash + 1);
      Path target = path.isEmpty() ? link.file() : link.file().getParent().resolve(path).normalize();
      if (!target.startsWith(root)) {
        broken.add(link + " (outside the repository)");
      } else if (!Files.exists(target)) {
        broken.add(link + " (no such file)");
      } else if (anchor != null) {
        if (!target.getFileName().toString().endsWith(".md")) {
          broken.add(link + " (an anchor into a file that is not Markdown)");
        } else if (!anchorsByFile.computeIfAbsent(target, DocsLinksTest::anchors).contains(anchor)) {
          broken.add(link + " (no heading with this anchor in " + root.relativize(target) + ")");
        }
      }
    }
    assertEquals(List.of(), broken, "broken links");
  }

  @Test
  void everyDocsPageIsLinkedFromTheReadme() throws IOException {
    Path readme = root.resolve("README.md");
    Set<Path> linked = new TreeSet<>();
    for (Link link : links(readme)) {
      String path = link.target().replaceFirst("#.*", "");
      if (!path.isEmpty() && !SCHEME.matcher(path).find()) {
        linked.add(readme.getParent().resolve(path).normalize());
      }
    }
    List<Path> docs = pages().stream().filter(page -> !page.equals(readme)).toList();
    assertFalse(docs.isEmpty(), "no pages in docs/");
    List<String> unlinked = docs.stream().filter(page -> !linked.contains(page))
        .map(page -> root.relativize(page).toString()).toList();
    assertEquals(List.of(), unlinked, "docs pages that README.md does not link");
  }

  @Test
  void anchorsAreMadeAsGitHubMakesThem() {
    assertEquals("lifecycle-init-and-autocloseable", anchor("Lifecycle: @Init and AutoCloseable"));
    assertEquals("parity-with-node_exporter", anchor("Parity with node_exporter"));
    assertEquals("a-database-exporter-example-postgres", anchor("A database exporter: example-postgres"));
    assertEquals("tls-client-certificates-basic-auth-and-headers",
        anchor("TLS, client certificates, basic auth and headers"));
    assertEquals("the-runtimes-scrape-path", anchor("The `runtime`'s scrape path"));
    assertEquals("two--spaces", anchor("Two  spaces"));
  }

  /** README.md, then the pages of docs/ in name order. */
  private List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(root.resolve("README.md"));
    Path docs = root.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> files = Files.list(docs)) {
        files.filter(file -> file.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
      }
    }
    return pages;
  }

  /** The link targets of a Markdown file, outside fenced code blocks and code spans. */
  private static List<Link> links(Path file) throws IOException {
    List<Link> links = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    String fence = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String stripped = line.stripLeading();
      if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
        fence = stripped.substring(0, 3);
        continue;
      }
      if (fence != null) {
        if (stripped.startsWith(fence)) {
          fence = null;
        }
        continue;
      }
      String text = CODE_SPAN.matcher(line).replaceAll("");
      for (Matcher link = INLINE_LINK.matcher(text); link.find(); ) {
        links.add(new Link(file, i + 1, link.group(1)));
      }
      Matcher reference = REFERENCE.matcher(text);
      if (reference.find()) {
        links.add(new Link(file, i + 1, reference.group(1)));
      }
    }
    return links;
  }

  /** The anchors of a Markdown file's headings, a repeated one numbered as GitHub numbers it. */
  private static Set<String> anchors(Path file) {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    String fence = null;
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    for (String line : lines) {
      String stripped = line.stripLeading();
      if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
        fence = stripped.substring(0, 3);
        continue;
      }
      if (fence != null) {
        if (stripped.startsWith(fence)) {
          fence = null;
        }
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String anchor = anchor(heading.group(2));
        int count = seen.merge(anchor, 1, Integer::sum);
        anchors.add(count == 1 ? anchor : anchor + "-" + (count - 1));
      }
    }
    return anchors;
  }

  /**
   * GitHub's anchor of a heading: lowercase, punctuation removed except {@code -} and {@code _},
   * each space a {@code -}.
   */
  static String anchor(String heading) {
    return heading.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\p{M}_\\- ]", "")
        .replace(' ', '-');
  }
}
