package org.ogireport.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * A {@link TraversableResolver} that answers yes at once: the report model is plain immutable
 * values (no lazy JPA state), so the default resolver's reachability probing is wasted work.
 */
final class AlwaysTraversable implements TraversableResolver {

  @Override
  public boolean isReachable(
      Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
      ElementType elementType) {
    return true;
  }

  @Override
  public boolean isCascadable(
      Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
      ElementType elementType) {
    return true;
  }
}
