package org.yjtracker.web.boundary;

/**
 * A component's pages: each component that has pages has one bean of this type in its boundary,
 * which says which addresses it answers and with what. The pages servlet finds them all.
 */
public interface PageRoutes {

  void register(Routes routes);
}
