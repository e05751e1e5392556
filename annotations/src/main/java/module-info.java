/**
 * The annotations an exporter author writes, and the contract facts the processor and the runtime
 * both read. The contract package is exported to those two only: it is not for exporter code.
 */
@SuppressWarnings("module") // the runtime and the processor are built after this module
module dev.exporterbuilder.annotations {
  exports dev.exporterbuilder.annotations;
  exports dev.exporterbuilder.annotations.contract to dev.exporterbuilder.runtime, dev.exporterbuilder.processor;
}
