package com.dianxiaoer.aftersales.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * What after-sales says, by key (replies/aftersales.properties). The decision code picks the key and the facts to fill
 * in ({0}, {1}, ...); the words live in the catalogue, so a shop can have its own for any key without touching the
 * procedure.
 */
public final class AftersalesReplies {
    private static final AftersalesReplies STANDARD = new AftersalesReplies(load("/replies/aftersales.properties"));

    private final Map<String, String> texts;

    private AftersalesReplies(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** The shop-agnostic wording every shop starts from. */
    public static AftersalesReplies standard() {
        return STANDARD;
    }

    /** This wording with a shop's own texts in place of some; a key the catalogue does not have is refused. */
    public AftersalesReplies overriddenBy(Map<String, String> shopTexts) {
        Map<String, String> merged = new HashMap<>(texts);
        shopTexts.forEach((key, text) -> {
            if (!texts.containsKey(key)) {
                throw new IllegalArgumentException("no such reply: " + key);
            }
            merged.put(key, text);
        });
        return new AftersalesReplies(merged);
    }

    public Set<String> keys() {
        return texts.keySet();
    }

    /** The text of a key with {0}, {1}, ... replaced by the facts, as they are. */
    public String text(String key, Object... facts) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("no reply text for " + key);
        }
        for (int i = 0; i < facts.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(facts[i]));
        }
        return text;
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = AftersalesReplies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
