package com.dianxiaoer.greeting.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A shop's products, and the two questions the front desk asks of them: which one is meant, and what is like it. */
public record Catalogue(List<Product> products) {

    public Catalogue {
        products = List.copyOf(products);
    }

    public Optional<Product> byId(String id) {
        return products.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The product a message names: its full name beats keywords, and more of its keywords beat fewer, so "羊毛围巾"
     * picks the wool scarf (羊毛 and 围巾) over the coat (羊毛) and the silk scarf (围巾). Between equals, one that
     * can be bought.
     */
    public Optional<Product> mentionedIn(String text) {
        String lower = text.toLowerCase();
        return products.stream()
                .map(p -> new Match(p, matchStrength(p, lower)))
                .filter(m -> m.strength > 0)
                .max(Comparator.comparingInt(Match::strength)
                        .thenComparing(m -> m.product().inStock()))
                .map(Match::product);
    }

    /** In-stock products sharing a keyword with the one asked about, nearest in price first. */
    public List<Product> similarInStock(Product asked, int limit) {
        return products.stream()
                .filter(p -> !p.id().equals(asked.id()) && p.inStock())
                .filter(p -> p.keywords().stream().anyMatch(asked.keywords()::contains))
                .sorted(Comparator.comparing(
                        (Product p) -> p.price().subtract(asked.price()).abs(), BigDecimal::compareTo))
                .limit(limit)
                .toList();
    }

    private static int matchStrength(Product p, String lowerText) {
        if (lowerText.contains(p.name().toLowerCase())) {
            return 1000 + p.name().length();
        }
        return p.keywords().stream()
                .filter(k -> !k.isBlank() && lowerText.contains(k.toLowerCase()))
                .mapToInt(String::length)
                .sum();
    }

    private record Match(Product product, int strength) {}
}
