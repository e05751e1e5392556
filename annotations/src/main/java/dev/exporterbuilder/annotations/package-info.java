/**
 * The annotations an exporter author writes. They are read by the exporter-builder annotation
 * processor at compile time and are not retained at run time.
 */
package dev.exporterbuilder.annotations;
