package com.consortiumexplorer.explore;

import graphql.schema.DataFetchingEnvironment;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * The list fields of organizations, contributed by the features that own them: each gets a batch loader, and
 * the statement that finds or lists organizations fetches the selected ones along and hands them to the
 * request's loaders, so the nested fields resolve without a statement of their own.
 */
@Component
public class OrganizationLists {

    private final BatchLoaderRegistry loaders;
    // sorted, so the same selection always yields the same statement text (and a cached plan)
    private final Map<String, OrganizationList<?>> byField = new ConcurrentSkipListMap<>();

    OrganizationLists(BatchLoaderRegistry loaders) {
        this.loaders = loaders;
    }

    /**
     * Registers a list field.
     *
     * @param load the batch load of the field, run in a read transaction by the caller's service
     */
    public <T> void register(
            OrganizationList<T> list,
            Function<Collection<OrganizationSummary>, Map<OrganizationSummary, List<T>>> load) {
        byField.put(list.field(), list);
        InterfaceBatches.register(loaders, list.loaderName(), load);
    }

    /**
     * The registered lists the request selects on the organizations found at a path.
     *
     * @param organizations the selection at the organizations: the fetched organization itself, or the nodes of a
     *     connection
     */
    List<OrganizationList<?>> selected(Lookahead organizations) {
        return byField.values().stream()
                .filter(list -> organizations.selects(list.field()))
                .toList();
    }

    /** Hands the lists fetched with an organization to the request's loaders; returns the organization. */
    OrganizationSummary prime(DataFetchingEnvironment environment, OrganizationWithLists found) {
        found.lists().forEach((field, items) -> {
            DataLoader<OrganizationSummary, Object> loader =
                    environment.getDataLoader(byField.get(field).loaderName());
            if (loader != null) {
                loader.prime(found.organization(), items);
            }
        });
        return found.organization();
    }
}
