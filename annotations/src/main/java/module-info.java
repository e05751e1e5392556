/**
 * The annotations an exporter author writes, and the contract facts the processor and the runtime
 * both read.
 */
module dev.exporterbuilder.annotations {
  exports dev.exporterbuilder.annotations;
  exports dev.exporterbuilder.annotations.contract;
}
