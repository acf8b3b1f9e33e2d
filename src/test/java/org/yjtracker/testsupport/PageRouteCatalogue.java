package org.yjtracker.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;

/**
 * Every page route of the application, as its components register them: found by looking for every
 * class of the build that implements {@link PageRoutes}, so a new page is in the contract tests the
 * day it is written. Registering only names handlers; none is called.
 */
public final class PageRouteCatalogue {

  private static final Path CLASSES = Path.of("target/classes");

  private PageRouteCatalogue() {}

  public static List<Routes.Route> all() {
    Routes routes = new Routes();
    for (Class<?> type : implementations()) {
      try {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        ((PageRoutes) constructor.newInstance()).register(routes);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot make " + type.getName(), e);
      }
    }
    return routes.all();
  }

  /** The path with every {id}-like part replaced by an id no record has. */
  public static String withMissingIds(String template) {
    return template.replaceAll("\\{[A-Za-z]+}", "999999999");
  }

  private static List<Class<?>> implementations() {
    try (Stream<Path> files = Files.walk(CLASSES.resolve("org/yjtracker"))) {
      return files
          .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
          .map(f -> CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
          .filter(name -> !name.contains(".launcher."))
          .map(PageRouteCatalogue::load)
          .filter(
              c ->
                  PageRoutes.class.isAssignableFrom(c)
                      && !c.isInterface()
                      && !Modifier.isAbstract(c.getModifiers()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PageRouteCatalogue.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return Object.class;
    }
  }
}
