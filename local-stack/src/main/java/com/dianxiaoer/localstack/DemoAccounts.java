package com.dianxiaoer.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The demo shop's workbench accounts, made through greeting-service's ops API once the stack is up: demo data belongs
 * to the local run, never to a migration that would also run in production. An account that exists is left as it is.
 */
final class DemoAccounts {
    record Account(String username, String name, String role, String password) {}

    static final List<Account> ALL = List.of(
            new Account("xiaowang", "小王", "agent", "xiaowang-demo"),
            new Account("xiaoli", "小李", "agent", "xiaoli-demo"),
            new Account("dianzhang", "店长", "shop_admin", "dianzhang-demo"));

    private DemoAccounts() {}

    /** A problem to print, or null when every account exists. */
    static String create(int greetingPort, String opsKey) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (Account a : ALL) {
            String body = "{\"username\":\"" + a.username + "\",\"name\":\"" + a.name + "\",\"role\":\"" + a.role
                    + "\",\"password\":\"" + a.password + "\"}";
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + greetingPort + "/api/v1/admin/shops/demo/accounts"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("X-Api-Key", opsKey)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            try {
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status != 201 && status != 409) {
                    return "could not create the demo workbench account " + a.username + ": HTTP " + status;
                }
            } catch (IOException e) {
                return "could not create the demo workbench account " + a.username + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
        return null;
    }
}
