package dev.exporterbuilder.processor.model;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * A {@code @Label} of the element type of a labelled member: a record component, or a field or
 * accessor method of a class.
 *
 * @param name the label name, as written or derived from the member name
 * @param accessor the name the generated code reads: a record component's or method's name (called),
 *     or a field's name
 * @param call whether the generated code calls the accessor ({@code element.device()}) rather than
 *     reading a field ({@code element.device})
 * @param type the label value's type
 * @param component where diagnostics go: the record's field for a component (javac cannot place them
 *     on the component element itself), else the field or method
 */
public record LabelComponent(String name, String accessor, boolean call, TypeMirror type, Element component) {}
