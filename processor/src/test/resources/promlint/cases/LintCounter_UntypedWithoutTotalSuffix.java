// promlint: TestLintCounter "untyped without _total suffix"
// verdict: agrees
package cases;

import dev.exporterbuilder.annotations.Exporter;
import dev.exporterbuilder.annotations.Untyped;

@Exporter(name = "x", port = 19100)
class UntypedWithoutTotalSuffix {
  @Untyped(
      name = "bytes",
      help = "Test metric.")
  double value = 10;
}
