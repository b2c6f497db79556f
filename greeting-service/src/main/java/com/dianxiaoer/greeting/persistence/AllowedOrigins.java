package com.dianxiaoer.greeting.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The web origins allowed to call the chat API from a browser (CORS), read with plain JDBC so the CORS filter can
 * ask from any worker thread, outside a request's persistence context.
 */
@ApplicationScoped
public class AllowedOrigins {
    @Inject
    AgroalDataSource dataSource;

    /** The shop's origins; empty for an unknown shop. */
    public Set<String> ofShop(String shopId) {
        return query("select allowed_origins from shop where id = ?", shopId);
    }

    /** The origins of the shop the conversation belongs to; empty for an unknown conversation. */
    public Set<String> ofConversation(UUID conversationId) {
        return query(
                "select s.allowed_origins from shop s join conversation c on c.shop_id = s.id where c.id = ?",
                conversationId);
    }

    /** Every shop's origins: who may ask to open a conversation before the shop is known. */
    public Set<String> ofAnyShop() {
        return query("select allowed_origins from shop where allowed_origins <> ''", null);
    }

    private Set<String> query(String sql, Object parameter) {
        Set<String> origins = new LinkedHashSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setObject(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    origins.addAll(Lists.split(rows.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read allowed origins", e);
        }
        return origins;
    }
}
