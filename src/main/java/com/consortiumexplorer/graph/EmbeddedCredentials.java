package com.consortiumexplorer.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * User name and password of the embedded engine: the configured ones when given, otherwise a random password
 * generated on first start and kept in a file in the data folder that only its owner can read.
 */
record EmbeddedCredentials(String username, String password) {

    static final String PASSWORD_FILE = "neo4j-password";

    static EmbeddedCredentials resolve(Path dataDir, String username, String password) {
        String user = username == null || username.isBlank() ? "neo4j" : username;
        if (password != null && !password.isBlank()) {
            return new EmbeddedCredentials(user, password);
        }
        return new EmbeddedCredentials(user, readOrGeneratePassword(dataDir.resolve(PASSWORD_FILE)));
    }

    static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String readOrGeneratePassword(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            String generated = randomPassword();
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, generated, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the embedded Neo4j password file " + file, e);
        }
    }
}
