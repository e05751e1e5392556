package dev.exporterbuilder.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes a compilation wrote to memory, delegating the rest to the test's class path. */
final class CompiledClassLoader extends ClassLoader {
  private final Map<String, JavaFileObject> classes = new HashMap<>();

  CompiledClassLoader(Compilation compilation) {
    this(compilation, CompiledClassLoader.class.getClassLoader());
  }

  /** Delegates what the compilation did not write to {@code parent}: classes compiled before it, say. */
  CompiledClassLoader(Compilation compilation, ClassLoader parent) {
    super(parent);
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String name = file.getName().replaceFirst("^/CLASS_OUTPUT/", "").replace(".class", "").replace('/', '.');
        classes.put(name, file);
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    JavaFileObject file = classes.get(name);
    if (file == null) {
      throw new ClassNotFoundException(name);
    }
    try (InputStream in = file.openInputStream()) {
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
  }
}
