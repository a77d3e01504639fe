package com.consortiumexplorer.graph;

import java.util.function.Supplier;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The committed state of the embedded database (its last committed transaction), so that a feature can keep a
 * whole-city read in memory between requests and read it anew after any write: through the API, an import or
 * plain Cypher. Against a database other than the embedded one there is no such state to compare, and nothing
 * is kept.
 */
@Component
public class CommittedState {

    private final ObjectProvider<EmbeddedNeo4j> embedded;

    CommittedState(ObjectProvider<EmbeddedNeo4j> embedded) {
        this.embedded = embedded;
    }

    /** A value read by {@code load} and kept for the state it was read in. */
    public <T> Kept<T> keep(Supplier<T> load) {
        return new Kept<>(this, load);
    }

    /** The last committed transaction of the embedded engine, or -1 when the database is not embedded. */
    long version() {
        EmbeddedNeo4j engine = embedded.getIfAvailable();
        if (engine == null || !(engine.database() instanceof GraphDatabaseAPI api)) {
            return -1;
        }
        return api.getDependencyResolver()
                .resolveDependency(TransactionIdStore.class)
                .getLastCommittedTransactionId();
    }

    /**
     * One value kept for one committed state: read again when the state has moved on, read on every call when the
     * database is not embedded.
     */
    public static final class Kept<T> {

        private record Value<T>(long version, T value) {}

        private final CommittedState state;
        private final Supplier<T> load;
        private volatile Value<T> kept;

        private Kept(CommittedState state, Supplier<T> load) {
            this.state = state;
            this.load = load;
        }

        /** The value for the current state, read now if it is not kept for that state. */
        public T get() {
            long version = state.version();
            if (version < 0) {
                return load.get();
            }
            Value<T> value = kept;
            if (value != null && value.version() == version) {
                return value.value();
            }
            synchronized (this) {
                value = kept;
                if (value == null || value.version() != version) {
                    // read after the version: a write in between only makes the next call read again
                    value = new Value<>(version, load.get());
                    kept = value;
                }
                return value.value();
            }
        }
    }
}
