package dev.exporterbuilder.processor.model;

import javax.lang.model.element.Element;

/**
 * A {@code @Label} component of the element record of a labelled member.
 *
 * @param name the label name, as written or derived from the component name
 * @param accessor the record component's name; the generated code calls it
 * @param component the record's field for the component, for diagnostics (javac cannot place them on
 *     the component element itself)
 */
public record LabelComponent(String name, String accessor, Element component) {}
