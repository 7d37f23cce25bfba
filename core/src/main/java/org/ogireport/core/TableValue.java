package org.ogireport.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the table types, which have builders of their own: the package's style
 * with no generated builder. A source-only annotation, so that the class files users compile
 * against carry no Immutables annotation with attribute values (javac's {@code -Xlint:all} would
 * warn that it cannot find their methods).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    get = {"get*", "is*"},
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(builder = false, copy = true))
@interface TableValue {}
