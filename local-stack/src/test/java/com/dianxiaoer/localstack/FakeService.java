package com.dianxiaoer.localstack;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stands in for a Quarkus service in the run command's tests: answers /q/health/ready on QUARKUS_HTTP_PORT
 * and prints the settings it was given. A file named "crash" in its working directory makes it fail at start,
 * one named "slow" makes it take a minute to start.
 */
public final class FakeService {
    public static void main(String[] args) throws Exception {
        for (String name : new String[] {
            "QUARKUS_HTTP_PORT",
            "KAFKA_BOOTSTRAP_SERVERS",
            "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME",
            "KAFKA_STREAMS_STATE_DIR"
        }) {
            System.out.println(name + "=" + System.getenv(name));
        }
        System.out.println("jvm="
                + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (Files.exists(Path.of("crash"))) {
            System.out.println("boom: cannot connect to the meaning of life");
            System.exit(3);
        }
        HttpServer server = HttpServer.create(
                new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"))), 10);
        server.createContext("/q/health", exchange -> {
            byte[] body = "{\"status\": \"UP\", \"checks\": []}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        // Ready a moment later, as a real service is.
        Thread.sleep(Files.exists(Path.of("slow")) ? 60_000 : 500);
        server.start();
        System.out.println("listening");
    }
}
