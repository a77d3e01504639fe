package com.consortiumexplorer.security;

/**
 * What a user or API token may do. Each role includes the ones below it: ADMIN can do what EDITOR can, EDITOR
 * what VIEWER can.
 */
public enum Role {
    /** Reads the graph (needed only when anonymous reading is off). */
    VIEWER,
    /** Changes the graph through mutations, forms and imports of single items. */
    EDITOR,
    /** Imports in bulk, removes organizations with history, manages users, tokens and backups. */
    ADMIN;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
