package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LeafObjects} answers every document exactly as GraphQL Java's own strategy does (data, errors and their
 * paths, in order), takes its short way only for objects of plain leaves, and keeps the data loaders dispatching.
 */
class LeafObjectsTests {

    private static final String SCHEMA = """
            type Query {
              items: [Item!]!, maps: [Item], broken: [Item!], nested: [Pair]
              parties: [Party], strictParties: [Party!], grid: [[Owner]]
            }
            type Item {
              id: ID!
              name: String
              kind: Kind
              count: Int
              tags: [String]
              label(upper: Boolean): String
              owner: Owner
              partner: Party
            }
            interface Party { id: ID! }
            type Person implements Party { id: ID!, name: String, age: Int }
            type Company implements Party { id: ID!, name: String, size: Kind }
            type Owner { id: ID!, name: String, since: Int }
            type Pair { left: Item, right: Item }
            enum Kind { SMALL, LARGE }
            """;

    public enum Size {
        SMALL,
        LARGE
    }

    public record Item(
            String id, String name, Size kind, Long count, List<String> tags, String ownerId, Object partner) {}

    public record Person(String id, String name, Integer age) {}

    public record Company(String id, String name, Size size) {}

    public record Owner(String id, String name, Integer since) {}

    private static final List<Item> ITEMS = List.of(
            new Item("a", "Alpha", Size.SMALL, 3L, List.of("x", "y"), "o1", new Person("p1", "Ann", 41)),
            new Item("b", null, Size.LARGE, null, null, "o2", new Company("k1", "Kilo", Size.LARGE)),
            new Item("c", "Gamma", null, 7L, List.of(), "o1", null),
            new Item("d", "Delta", Size.SMALL, 1L, null, "o2", new Person(null, "Nobody", 3)));

    private static final Map<String, Owner> OWNERS =
            Map.of("o1", new Owner("o1", "Owner one", 2020), "o2", new Owner("o2", null, null));

    private static final List<String> DOCUMENTS = List.of(
            "{ items { id name } }",
            "{ items { id name kind count } }",
            "{ items { name id name } }",
            "{ items { key: id title: name other: name } }",
            "{ items { id __typename } }",
            "{ items { id tags } }",
            "{ items { id label(upper: true) } }",
            "{ items { id name @include(if: false) } }",
            "{ items { ... on Item { id } name } }",
            "{ items { ...F } } fragment F on Item { id kind }",
            "{ items { id owner { id name since } } }",
            "{ items { id owner { name } } maps { id name } }",
            "{ maps { id kind count } }",
            "{ broken { id name } }",
            "{ broken { name } items { id } }",
            "{ nested { left { id name } right { id owner { id } } } }",
            "{ a: items { id } b: items { name owner { since } } }",
            "{ items { id partner { id } } }",
            "{ items { name partner { id } } }",
            "{ items { id partner { __typename id } } }",
            "{ items { partner { ... on Person { age } id } } }",
            "{ items { partner { id } partner { id } } }",
            "{ items { partner { id } p: partner { id } } }",
            "{ items { partner { id } partner { ... on Company { size } } } }",
            "{ nested { left { id partner { id } } right { name partner { id } } } }",
            "{ nested { left { name } right { id owner { name } } } }",
            "{ parties { id } }",
            "{ parties { id } items { partner { id } } }",
            "{ strictParties { id } }",
            "{ grid { id name } }");

    private static GraphQL graphQl(boolean leafObjects, AtomicInteger fieldFetches) {
        return graphQl(leafObjects, fieldFetches, new AtomicInteger());
    }

    private static GraphQL graphQl(boolean leafObjects, AtomicInteger fieldFetches, AtomicInteger listCompletions) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type(TypeRuntimeWiring.newTypeWiring("Query")
                        .dataFetcher("items", env -> ITEMS)
                        .dataFetcher(
                                "maps",
                                env -> ITEMS.stream()
                                        .map(LeafObjectsTests::asMap)
                                        .toList())
                        .dataFetcher(
                                "broken",
                                env -> List.of(
                                        ITEMS.get(0),
                                        new Item(null, "No id", Size.SMALL, 1L, null, "o1", null),
                                        ITEMS.get(2)))
                        .dataFetcher(
                                "nested",
                                env -> List.of(
                                        Map.of("left", ITEMS.get(0), "right", ITEMS.get(1)),
                                        Map.of("left", ITEMS.get(2), "right", ITEMS.get(0))))
                        .dataFetcher(
                                "parties",
                                env -> Arrays.asList(
                                        ITEMS.get(0).partner(),
                                        null,
                                        ITEMS.get(1).partner()))
                        .dataFetcher(
                                "strictParties",
                                env -> Arrays.asList(ITEMS.get(1).partner(), null))
                        .dataFetcher(
                                "grid",
                                env -> List.of(Arrays.asList(OWNERS.get("o1"), null), List.of(OWNERS.get("o2")))))
                .type(TypeRuntimeWiring.newTypeWiring("Item")
                        .dataFetcher("label", env -> {
                            String name = ((Item) env.getSource()).name();
                            return Boolean.TRUE.equals(env.getArgument("upper")) && name != null
                                    ? name.toUpperCase()
                                    : name;
                        })
                        .dataFetcher(
                                "owner", env -> env.getDataLoader("owners").load(((Item) env.getSource()).ownerId())))
                .type(TypeRuntimeWiring.newTypeWiring("Party")
                        .typeResolver(env -> env.getSchema()
                                .getObjectType(env.getObject().getClass().getSimpleName())))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
        SimpleDataFetcherExceptionHandler handler = new SimpleDataFetcherExceptionHandler();
        return GraphQL.newGraphQL(schema)
                .queryExecutionStrategy(leafObjects ? new LeafObjects(handler) : new AsyncExecutionStrategy(handler))
                .instrumentation(new SimplePerformantInstrumentation() {
                    @Override
                    public InstrumentationContext<Object> beginFieldFetch(
                            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
                        fieldFetches.incrementAndGet();
                        return SimpleInstrumentationContext.noOp();
                    }

                    @Override
                    public InstrumentationContext<Object> beginFieldListCompletion(
                            InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
                        listCompletions.incrementAndGet();
                        return SimpleInstrumentationContext.noOp();
                    }
                })
                .build();
    }

    private static Map<String, Object> asMap(Item item) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", item.id());
        map.put("name", item.name());
        map.put("kind", item.kind() == null ? null : item.kind().name());
        map.put("count", item.count());
        return map;
    }

    /** The answer as it goes out, with the owners read in batches by a data loader dispatched per level. */
    private static Map<String, Object> answer(GraphQL graphQl, String document) throws Exception {
        DataLoaderRegistry registry = new DataLoaderRegistry();
        registry.register(
                "owners",
                DataLoaderFactory.newDataLoader((List<String> ids) -> CompletableFuture.supplyAsync(
                        () -> ids.stream().map(OWNERS::get).toList())));
        ExecutionResult result = graphQl.executeAsync(ExecutionInput.newExecutionInput(document)
                        .dataLoaderRegistry(registry)
                        .build())
                .get(10, TimeUnit.SECONDS);
        return result.toSpecification();
    }

    @ParameterizedTest
    @ValueSource(
            ints = {
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
                28, 29
            })
    void answersAsTheEnginesOwnStrategy(int document) throws Exception {
        String text = DOCUMENTS.get(document);
        Map<String, Object> expected = answer(graphQl(false, new AtomicInteger()), text);
        Map<String, Object> actual = answer(graphQl(true, new AtomicInteger()), text);
        assertThat(actual).as(text).isEqualTo(expected);
        assertThat(expected).as(text).containsKey("data");
    }

    @Test
    void theEnginesWayReportsANullInANonNullFieldWithItsPath() throws Exception {
        Map<String, Object> answer = answer(graphQl(true, new AtomicInteger()), "{ broken { id name } }");

        // the item with no id is null, and so is its list, whose items may not be
        assertThat(answer.get("data")).isEqualTo(Collections.singletonMap("broken", null));
        List<?> errors = (List<?>) answer.get("errors");
        assertThat(errors).hasSize(1);
        assertThat(((Map<?, ?>) errors.get(0)).get("path")).isEqualTo(List.of("broken", 1, "id"));
    }

    @Test
    void objectsOfPlainLeavesAreCompletedWithoutFetchingEachField() throws Exception {
        AtomicInteger engine = new AtomicInteger();
        AtomicInteger leafObjects = new AtomicInteger();

        answer(graphQl(false, engine), "{ items { id name kind count } }");
        answer(graphQl(true, leafObjects), "{ items { id name kind count } }");

        assertThat(engine.get()).isEqualTo(1 + 4 * 4);
        assertThat(leafObjects.get()).isEqualTo(1);
    }

    @Test
    void listsOfObjectsOfLeavesAreCompletedInOneLoopAndOtherListsTheEnginesWay() throws Exception {
        AtomicInteger engine = new AtomicInteger();
        AtomicInteger leafObjects = new AtomicInteger();
        // a list of objects of leaves, a list of scalars within them, a list with a field taking an argument
        String document = "{ items { id tags } maps { id } parties { id } a: items { label(upper: true) } }";

        Map<String, Object> expected = answer(graphQl(false, new AtomicInteger(), engine), document);
        Map<String, Object> actual = answer(graphQl(true, new AtomicInteger(), leafObjects), document);

        assertThat(actual).isEqualTo(expected);
        // four lists of objects, and the two items' lists of tags that are not null
        assertThat(engine.get()).isEqualTo(4 + 2);
        // the items with their tags, those lists of tags and the items with a label go the engine's way
        assertThat(leafObjects.get()).isEqualTo(1 + 2 + 1);
    }

    @Test
    void objectsWithinObjectsOfLeavesTakeTheShortWayToo() throws Exception {
        AtomicInteger engine = new AtomicInteger();
        AtomicInteger leafObjects = new AtomicInteger();
        String document = "{ nested { left { id partner { id } } } }";

        Map<String, Object> expected = answer(graphQl(false, engine), document);
        Map<String, Object> actual = answer(graphQl(true, leafObjects), document);

        assertThat(actual).isEqualTo(expected);
        assertThat(expected.toString()).contains("partner={id=p1}");
        // two pairs, each with a left item, its id and partner; the first partner has an id, the second is none
        assertThat(engine.get()).isEqualTo(1 + (3 + 1) + 3);
        assertThat(leafObjects.get()).isEqualTo(1);
    }

    @Test
    void dataLoadersStillDispatchBelowAndBesideObjectsOfLeaves() throws Exception {
        List<Map<String, Object>> answers = new ArrayList<>();
        GraphQL graphQl = graphQl(true, new AtomicInteger());
        for (int i = 0; i < 20; i++) {
            answers.add(answer(graphQl, "{ a: items { id } b: items { name owner { id since } } c: maps { id } }"));
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(answers.get(0)));
        assertThat(answers.get(0).toString()).contains("since=2020");
    }
}
