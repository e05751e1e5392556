package cases;

import dev.exporterbuilder.annotations.Gauge;

interface MemberNotInClass {
  @Gauge(help = "Water level.")
  double level(); // error: [EB065] metric members belong to a class; move this member into a @Collector class
}
