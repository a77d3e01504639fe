package com.consortiumexplorer.explore;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Test-only: wraps the application's Neo4j {@link Driver} and the embedded engine's database so that every Cypher
 * statement run through them, by Spring Data Neo4j, the Neo4jClient, plain driver code or in process, is counted.
 * The wrapping is transparent; tests read {@link #count()} around a request to bound the statements it runs.
 */
@Component
class StatementCounter implements BeanPostProcessor {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final java.util.Deque<String> RECENT = new java.util.concurrent.ConcurrentLinkedDeque<>();

    /** Statements run since the JVM started. */
    static long count() {
        return STATEMENTS.get();
    }

    /** The first line of the most recent statements, newest last, to explain a count that is off. */
    static List<String> recent() {
        return List.copyOf(RECENT);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof Driver || bean instanceof GraphDatabaseService ? wrap(bean) : bean;
    }

    private static Object wrap(Object target) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            collect(type, interfaces);
        }
        InvocationHandler handler = (proxy, method, arguments) -> {
            Object result;
            try {
                result = method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (method.getName().equals("run") || method.getName().equals("execute")) {
                STATEMENTS.incrementAndGet();
                String text = arguments == null || arguments.length == 0
                        ? method.getName()
                        : String.valueOf(arguments[0]).strip();
                RECENT.addLast(target.getClass().getSimpleName() + ": "
                        + text.lines().findFirst().orElse(""));
                while (RECENT.size() > 20) {
                    RECENT.pollFirst();
                }
            }
            return driverApi(result) ? wrap(result) : result;
        };
        return Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), interfaces.toArray(Class<?>[]::new), handler);
    }

    /** Sessions, transactions and executable queries run statements; results and records are left alone. */
    private static boolean driverApi(Object value) {
        return value instanceof org.neo4j.driver.Session
                || value instanceof org.neo4j.driver.Transaction
                || value instanceof org.neo4j.driver.ExecutableQuery
                || value instanceof org.neo4j.graphdb.Transaction;
    }

    private static void collect(Class<?> type, Set<Class<?>> interfaces) {
        for (Class<?> candidate : type.getInterfaces()) {
            // the embedded engine's transaction keeps its internal interface, which in-process walks read the kernel by
            boolean engineTransaction = candidate == InternalTransaction.class;
            if (engineTransaction
                    || (candidate.getPackageName().startsWith("org.neo4j.driver")
                                    || candidate.getPackageName().equals("org.neo4j.graphdb"))
                            && java.lang.reflect.Modifier.isPublic(candidate.getModifiers())
                            && !candidate.getPackageName().contains("internal")) {
                interfaces.add(candidate);
            }
            collect(candidate, interfaces);
        }
    }
}
