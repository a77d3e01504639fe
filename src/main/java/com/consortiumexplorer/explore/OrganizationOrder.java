package com.consortiumexplorer.explore;

/**
 * Sort order of an organization list; ties are broken by id in the same direction.
 *
 * @param field the property to sort by
 * @param direction ascending or descending
 */
public record OrganizationOrder(Field field, Direction direction) {

    /** By id, ascending: the default, and the order whose cursors the first API version issued. */
    public static final OrganizationOrder BY_ID = new OrganizationOrder(Field.ID, Direction.ASC);

    public OrganizationOrder {
        field = field == null ? Field.ID : field;
        direction = direction == null ? Direction.ASC : direction;
    }

    /** A property organizations can be sorted by, with the Cypher expression of its key over {@code o}. */
    public enum Field {
        ID("o.id"),
        NAME("coalesce(o.name, '')"),
        FOUNDED("coalesce(o.founded, 0)");

        private final String cypher;

        Field(String cypher) {
            this.cypher = cypher;
        }

        String cypher() {
            return cypher;
        }
    }

    /** Sort direction, with its Cypher keyword and the comparison that seeks past a cursor. */
    public enum Direction {
        ASC("ASC", ">"),
        DESC("DESC", "<");

        private final String keyword;
        private final String seek;

        Direction(String keyword, String seek) {
            this.keyword = keyword;
            this.seek = seek;
        }

        String keyword() {
            return keyword;
        }

        String seek() {
            return seek;
        }
    }

    /** The name cursors of this order carry. */
    String cursorName() {
        return this.equals(BY_ID) ? "id" : field.name() + "_" + direction.name();
    }
}
