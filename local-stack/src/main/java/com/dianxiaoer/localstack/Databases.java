package com.dianxiaoer.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Per-service databases on a PostgreSQL server, ours or one that ops run. */
public final class Databases {
    private static final String PREFIX = "jdbc:postgresql://";
    /** Names we create ourselves; anything else is refused rather than quoted into SQL. */
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String UNIQUE_VIOLATION = "23505";

    private Databases() {}

    /**
     * The same server URL pointed at another database, keeping its host list and query parameters:
     * {@code jdbc:postgresql://db:5432/postgres?sslmode=require} with {@code order} gives
     * {@code jdbc:postgresql://db:5432/order?sslmode=require}.
     */
    public static String urlFor(String serverUrl, String database) {
        if (!serverUrl.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + serverUrl);
        }
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String params = query < 0 ? "" : serverUrl.substring(query);
        int slash = base.indexOf('/', PREFIX.length());
        String hosts = slash < 0 ? base : base.substring(0, slash);
        return hosts + "/" + database + params;
    }

    /** Creates the database unless it exists; safe when several JVMs do it at once. */
    public static void create(String serverUrl, String username, String password, String database) throws SQLException {
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database name must match " + NAME + ": " + database);
        }
        try (Connection c = DriverManager.getConnection(serverUrl, username, password)) {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = c.createStatement()) {
                // Quoted because "order" is a reserved word; NAME above keeps the quoting trivially safe.
                create.execute("CREATE DATABASE \"" + database + "\"");
            } catch (SQLException e) {
                if (!DUPLICATE_DATABASE.equals(e.getSQLState()) && !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }
}
