package cases;

import dev.exporterbuilder.annotations.Collector;
import dev.exporterbuilder.annotations.Counter;
import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Gauge;
import dev.exporterbuilder.annotations.Info;
import dev.exporterbuilder.annotations.Untyped;

@Exporter(name = "pg", port = 9877, collectors = {Commits.class, Legacy.class})
@SuppressWarnings("exporter-builder:reserved-suffix")
class SampleNameCollision {
  record Build(String version) {}

  @Info(help = "The server's build.")
  Build build() { // error: [EB217] the info "pg_build" of SampleNameCollision.build writes samples named "pg_build_info", and so does the gauge "pg_build_info" of Legacy.buildInfo; the exposition would mix the two families under one name, so give one of them another name
    return new Build("15");
  }
}

@Collector
class Commits {
  @Counter(help = "Transactions committed.")
  long xactCommit; // error: [EB217] the counter "pg_xact_commit" of Commits.xactCommit writes samples named "pg_xact_commit_total", and so does the untyped "pg_xact_commit_total" of Legacy.xactCommitTotal; the exposition would mix the two families under one name, so give one of them another name
}

@Collector
@SuppressWarnings("exporter-builder:reserved-suffix")
class Legacy {
  @Untyped(help = "Transactions committed, as the old exporter named them.")
  long xactCommitTotal; // error: [EB217] the untyped "pg_xact_commit_total" of Legacy.xactCommitTotal writes samples named "pg_xact_commit_total", and so does the counter "pg_xact_commit" of Commits.xactCommit; the exposition would mix the two families under one name, so give one of them another name

  @Gauge(help = "The server's build, as the old exporter named it.")
  long buildInfo; // error: [EB217] the gauge "pg_build_info" of Legacy.buildInfo writes samples named "pg_build_info", and so does the info "pg_build" of SampleNameCollision.build; the exposition would mix the two families under one name, so give one of them another name
}
