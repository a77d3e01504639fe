package com.consortiumexplorer.explore;

import graphql.schema.DataFetchingEnvironment;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * Batches a field of an interface across all its object types. {@code @BatchMapping} on an interface gets one
 * batch per object type, so a page mixing six kinds of organization would run six statements per field; a
 * named loader shared by all types runs one.
 */
public final class InterfaceBatches {

    private InterfaceBatches() {}

    /**
     * Registers the loader of a field.
     *
     * @param name the loader's name, by convention {@code Type.field}
     * @param load loads the values of many keys at once; must map every key
     */
    public static <K, V> void register(
            BatchLoaderRegistry registry, String name, Function<Collection<K>, Map<K, V>> load) {
        registry.<K, V>forName(name)
                .registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> load.apply(keys)));
    }

    /** The value of one key, loaded with the others of the same dispatch. */
    public static <K, V> CompletableFuture<V> load(DataFetchingEnvironment environment, String name, K key) {
        DataLoader<K, V> loader = environment.getDataLoader(name);
        if (loader == null) {
            throw new IllegalStateException("No data loader named " + name);
        }
        return loader.load(key);
    }
}
