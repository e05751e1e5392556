package dev.exporterbuilder.processor.validation;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.VariableElement;

/**
 * What a field is initialised with in its source, which the element API does not tell for a field
 * that is not a constant: read from javac's trees, and unknown under another compiler or where the
 * environment is wrapped (as Gradle's incremental processing wraps it).
 */
public final class FieldInitialisers {

  private final Trees trees;

  private FieldInitialisers(Trees trees) {
    this.trees = trees;
  }

  public static FieldInitialisers of(ProcessingEnvironment environment) {
    try {
      return new FieldInitialisers(Trees.instance(environment));
    } catch (IllegalArgumentException e) {
      return new FieldInitialisers(null);
    }
  }

  /**
   * Whether {@code field} is initialised in its source with something other than {@code null} or
   * {@code ""}; false when there is no source to read.
   */
  boolean hasValue(VariableElement field) {
    Tree tree = trees == null ? null : trees.getTree(field);
    if (!(tree instanceof VariableTree variable) || variable.getInitializer() == null) {
      return false;
    }
    ExpressionTree initialiser = variable.getInitializer();
    if (initialiser instanceof LiteralTree literal) {
      return literal.getValue() != null && !"".equals(literal.getValue());
    }
    return true;
  }
}
