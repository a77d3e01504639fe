package com.consortiumexplorer.explore;

import graphql.TypeResolutionEnvironment;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultNodesInfo;
import graphql.execution.TypeResolutionParameters;
import graphql.language.Field;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.LightDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * GraphQL Java's query strategy with a short way for an object whose selected fields are all plain leaves: fields
 * without arguments, read by a trivial property fetcher (a record component or a map entry), each a scalar, an enum
 * or one object made of such fields (its type resolved as the engine resolves it). Such an object is completed in one
 * loop: each value fetched, unboxed and serialized as the engine would, into the same response map, and the
 * data-loader dispatcher told of the object as the engine tells it. The long way builds an execution step, a fetching
 * environment, a future and instrumentation calls for every field, which was most of the cost of a large answer (a
 * neighbourhood of a few hundred nodes and ties is a thousand such objects; an organization's flows and partners are
 * a few hundred more).
 *
 * <p>Anything else takes the engine's own way, and so does an object whose values would raise an error there (a null
 * or an unserializable value in a non-null field), so that errors and their paths come out as before; only trivial
 * fetchers, which read a property, may then run a second time. The field-level instrumentation hooks are not called
 * for the leaves of such an object; this application's instrumentations ({@link OperationGuards}) work on whole
 * operations only.
 */
final class LeafObjects extends AsyncExecutionStrategy {

    private static final int MAX_PLANS = 4096;

    /**
     * How to complete one field of an object type in one step: a scalar, an enum, or one object (of an object,
     * interface or union type) selected by {@code selection}, itself made of such fields.
     */
    private record Leaf(
            GraphQLFieldDefinition definition,
            LightDataFetcher<?> fetcher,
            boolean nonNull,
            GraphQLScalarType scalar,
            GraphQLEnumType enumeration,
            GraphQLOutputType composite,
            MergedField selection,
            LastAccessor accessor) {}

    /** The accessor of a leaf for the class of the sources it last read: the items of a list are of one class. */
    private static final class LastAccessor {
        private volatile Accessor last;
    }

    /** A class's public no-argument method of a field's name, or none. */
    private record Accessor(Class<?> type, Optional<Method> method) {}

    /** Thrown when a fetcher asks for an environment: the object takes the long way. */
    private static final class NeedsEnvironment extends RuntimeException {
        NeedsEnvironment() {
            super(null, null, false, false);
        }
    }

    private static final NeedsEnvironment NEEDS_ENVIRONMENT = new NeedsEnvironment();
    private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
        throw NEEDS_ENVIRONMENT;
    };

    /**
     * What an object of a type selected by a field is made of: its response keys and, when each is a plain leaf, how
     * to complete it ({@code leaves} null when one is not).
     */
    private record Plan(List<String> keys, Leaf[] leaves) {}

    private static final Plan LONG_WAY = new Plan(List.of(), null);

    /**
     * Plans by the field that selects the objects (parsed documents are cached, so their fields recur) and by the
     * objects' type (the items of a list of an interface type alternate between types).
     */
    private final Map<Field, Map<GraphQLObjectType, Plan>> plans = new ConcurrentHashMap<>();

    /** Public no-argument methods by class and name, the way the default property fetcher reads a record. */
    private static final ClassValue<Map<String, Optional<Method>>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    LeafObjects(DataFetcherExceptionHandler exceptionHandler) {
        super(exceptionHandler);
    }

    @Override
    protected Object completeValueForObject(
            ExecutionContext context, ExecutionStrategyParameters parameters, GraphQLObjectType type, Object source) {
        if (shortWayOpen(context)) {
            Plan plan = plan(context, parameters.getField(), type);
            if (plan.leaves() != null) {
                Map<String, Object> values = values(context, plan, source);
                if (values != null) {
                    var dispatcher = context.getDataLoaderDispatcherStrategy();
                    dispatcher.executeObject(context, parameters, values.size());
                    dispatcher.executeObjectOnFieldValuesInfo(List.of(), parameters);
                    return values;
                }
            }
        }
        return super.completeValueForObject(context, parameters, type, source);
    }

    /**
     * A list of objects of leaves completed in one loop, each item as {@link #completeValueForObject} completes it,
     * without an execution step, a path and a value info for each; the data-loader dispatcher hears of none of them
     * (they have no field that could load anything). A list of scalars or of lists, an item that is not such an
     * object, or a null where the list's type forbids one takes the engine's way for the whole list.
     */
    @Override
    protected FieldValueInfo completeValueForList(
            ExecutionContext context, ExecutionStrategyParameters parameters, Iterable<Object> items) {
        if (shortWayOpen(context)) {
            List<Object> completed = items(context, parameters, items);
            if (completed != null) {
                return new FieldValueInfo(FieldValueInfo.CompleteValueType.LIST, completed, List.of());
            }
        }
        return super.completeValueForList(context, parameters, items);
    }

    /** Whether the short way keeps what the engine does: no incremental delivery, no bound on the result's size. */
    private static boolean shortWayOpen(ExecutionContext context) {
        return !context.hasIncrementalSupport()
                && context.getGraphQLContext().get(ResultNodesInfo.MAX_RESULT_NODES) == null;
    }

    /** The completed items of a list of objects of leaves, or null when one of them is not such an object. */
    private List<Object> items(
            ExecutionContext context, ExecutionStrategyParameters parameters, Iterable<Object> items) {
        if (!(parameters.getExecutionStepInfo().getUnwrappedNonNullType() instanceof GraphQLList list)) {
            return null;
        }
        boolean nonNull = list.getWrappedType() instanceof GraphQLNonNull;
        GraphQLType itemType =
                nonNull ? ((GraphQLNonNull) list.getWrappedType()).getWrappedType() : list.getWrappedType();
        if (!(itemType instanceof GraphQLCompositeType)) {
            return null;
        }
        GraphQLOutputType composite = (GraphQLOutputType) itemType;
        MergedField field = parameters.getField();
        List<Object> completed = items instanceof Collection<?> c ? new ArrayList<>(c.size()) : new ArrayList<>();
        for (Object item : items) {
            if (item instanceof DataFetcherResult<?>) {
                return null;
            }
            Object value = context.getValueUnboxer().unbox(item);
            if (value == null) {
                if (nonNull) {
                    return null;
                }
                completed.add(null);
            } else {
                GraphQLObjectType type = type(context, composite, field, value);
                Plan plan = type == null ? null : plan(context, field, type);
                Map<String, Object> values =
                        plan == null || plan.leaves() == null ? null : values(context, plan, value);
                if (values == null) {
                    return null;
                }
                completed.add(values);
            }
            context.getResultNodesInfo().incrementAndGetResultNodesCount();
        }
        return completed;
    }

    private Plan plan(ExecutionContext context, MergedField field, GraphQLObjectType type) {
        return field.getFields().size() > 1
                ? plan(context, field.getFields(), type)
                : plan(context, field.getSingleField(), type);
    }

    private Plan plan(ExecutionContext context, Field field, GraphQLObjectType type) {
        Map<GraphQLObjectType, Plan> byType = plans.get(field);
        if (byType == null) {
            if (plans.size() >= MAX_PLANS) {
                plans.clear();
            }
            byType = plans.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        }
        return byType.computeIfAbsent(type, t -> plan(context, List.of(field), t));
    }

    /**
     * The plan of a selection made of plain fields only, by response key in the order the engine collects them; a
     * fragment, a directive or an argument (which the engine's field collector would have to weigh) or a field that
     * is not a plain leaf makes it a plan of the long way.
     */
    private static Plan plan(ExecutionContext context, List<Field> fields, GraphQLObjectType type) {
        Map<String, Field> selected = new LinkedHashMap<>();
        for (Field f : fields) {
            SelectionSet selection = f.getSelectionSet();
            if (selection == null) {
                return LONG_WAY;
            }
            for (Selection<?> s : selection.getSelections()) {
                if (!(s instanceof Field plain)
                        || !plain.getDirectives().isEmpty()
                        || !plain.getArguments().isEmpty()) {
                    return LONG_WAY;
                }
                // the engine merges the selections of a repeated object field; only a repeated leaf is plain
                Field before = selected.putIfAbsent(plain.getResultKey(), plain);
                if (before != null && (before.getSelectionSet() != null || plain.getSelectionSet() != null)) {
                    return LONG_WAY;
                }
            }
        }
        Leaf[] leaves = new Leaf[selected.size()];
        int i = 0;
        for (Field field : selected.values()) {
            leaves[i] = leaf(context, type, field);
            if (leaves[i++] == null) {
                return LONG_WAY;
            }
        }
        return new Plan(List.copyOf(selected.keySet()), leaves);
    }

    /**
     * The object's response map when each value is valid where the engine would complete it, the values of its
     * objects included, else null. The data-loader dispatcher hears only of the outermost object: the objects
     * within have no field that could load anything, and it counts the objects it is told of in pairs.
     */
    private Map<String, Object> values(ExecutionContext context, Plan plan, Object source) {
        Leaf[] leaves = plan.leaves();
        Object[] values = new Object[leaves.length];
        for (int i = 0; i < leaves.length; i++) {
            Leaf leaf = leaves[i];
            Object value;
            try {
                value = fetch(leaf, source);
            } catch (Exception e) {
                // an environment was asked for, or the fetcher failed: the long way fetches it again, and reports
                // the error where the engine does
                return null;
            }
            if (value instanceof DataFetcherResult<?> || value instanceof CompletionStage<?>) {
                return null;
            }
            value = context.getValueUnboxer().unbox(value);
            if (value != null && leaf.composite() != null) {
                GraphQLObjectType type = type(context, leaf.composite(), leaf.selection(), value);
                Plan inner = type == null ? null : plan(context, leaf.selection(), type);
                if (inner == null || inner.leaves() == null) {
                    return null;
                }
                value = values(context, inner, value);
                if (value == null) {
                    return null;
                }
            } else {
                value = serialized(context, leaf, value);
            }
            if (value == null && leaf.nonNull()) {
                return null;
            }
            values[i] = value;
            context.getResultNodesInfo().incrementAndGetResultNodesCount();
        }
        return context.getResponseMapFactory().createInsertionOrdered(plan.keys(), Arrays.asList(values));
    }

    /**
     * The object type of a value of an object, interface or union type selected by a field, as the engine resolves it
     * (an environment without the field's arguments, which a type resolver here does not read), or null when it
     * cannot be resolved: the long way then reports it.
     */
    private static GraphQLObjectType type(
            ExecutionContext context, GraphQLOutputType composite, MergedField field, Object value) {
        if (composite instanceof GraphQLObjectType type) {
            return type;
        }
        GraphQLSchema schema = context.getGraphQLSchema();
        TypeResolutionEnvironment environment = TypeResolutionParameters.newParameters()
                .field(field)
                .fieldType(composite)
                .value(value)
                .argumentValues(Map::of)
                .context(context.getContext())
                .graphQLContext(context.getGraphQLContext())
                .schema(schema)
                .build();
        try {
            GraphQLObjectType type = switch (composite) {
                case GraphQLInterfaceType i ->
                    schema.getCodeRegistry().getTypeResolver(i).getType(environment);
                case GraphQLUnionType u ->
                    schema.getCodeRegistry().getTypeResolver(u).getType(environment);
                default -> null;
            };
            return type != null && schema.isPossibleType((GraphQLNamedType) composite, type) ? type : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The value of a leaf: the default property fetcher's first two ways (a map's entry, a public no-argument method
     * of the field's name, as a record has) done here with the method looked up once; anything else by the fetcher.
     */
    private static Object fetch(Leaf leaf, Object source) throws Exception {
        if (leaf.fetcher() instanceof SingletonPropertyDataFetcher<?> && source != null) {
            String name = leaf.definition().getName();
            if (source instanceof Map<?, ?> map) {
                return map.get(name);
            }
            Accessor last = leaf.accessor().last;
            if (last == null || last.type() != source.getClass()) {
                last = new Accessor(
                        source.getClass(),
                        ACCESSORS.get(source.getClass()).computeIfAbsent(name, n -> accessor(source, n)));
                leaf.accessor().last = last;
            }
            Optional<Method> accessor = last.method();
            if (accessor.isPresent()) {
                return accessor.get().invoke(source);
            }
        }
        return leaf.fetcher().get(leaf.definition(), source, NO_ENVIRONMENT);
    }

    private static Optional<Method> accessor(Object source, String name) {
        try {
            Method method = source.getClass().getMethod(name);
            boolean usable = Modifier.isPublic(source.getClass().getModifiers())
                    && !Modifier.isStatic(method.getModifiers())
                    && method.getReturnType() != void.class;
            return usable ? Optional.of(method) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    /** The value as the engine completes a leaf, or null when it is null or cannot be serialized. */
    private static Object serialized(ExecutionContext context, Leaf leaf, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return leaf.scalar() != null
                    ? leaf.scalar().getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale())
                    : leaf.enumeration().serialize(value, context.getGraphQLContext(), context.getLocale());
        } catch (CoercingSerializeException e) {
            return null;
        }
    }

    private static Leaf leaf(ExecutionContext context, GraphQLObjectType type, Field field) {
        String name = field.getName();
        if (name.startsWith("__")) {
            return null;
        }
        GraphQLFieldDefinition definition = type.getFieldDefinition(name);
        if (definition == null || !definition.getArguments().isEmpty()) {
            return null;
        }
        GraphQLType fieldType = definition.getType();
        boolean nonNull = fieldType instanceof GraphQLNonNull;
        GraphQLType unwrapped = nonNull ? ((GraphQLNonNull) fieldType).getWrappedType() : fieldType;
        DataFetcher<?> fetcher = context.getGraphQLSchema()
                .getCodeRegistry()
                .getDataFetcher(FieldCoordinates.coordinates(type, definition), definition);
        if (!(fetcher instanceof LightDataFetcher<?> light)) {
            return null;
        }
        MergedField selection = MergedField.newMergedField(field).build();
        return switch (unwrapped) {
            case GraphQLScalarType scalar ->
                new Leaf(definition, light, nonNull, scalar, null, null, null, new LastAccessor());
            case GraphQLEnumType enumeration ->
                new Leaf(definition, light, nonNull, null, enumeration, null, null, new LastAccessor());
            case GraphQLObjectType object ->
                new Leaf(definition, light, nonNull, null, null, object, selection, new LastAccessor());
            case GraphQLInterfaceType object ->
                new Leaf(definition, light, nonNull, null, null, object, selection, new LastAccessor());
            case GraphQLUnionType object ->
                new Leaf(definition, light, nonNull, null, null, object, selection, new LastAccessor());
            default -> null;
        };
    }
}
