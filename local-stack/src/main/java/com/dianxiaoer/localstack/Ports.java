package com.dianxiaoer.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback ports for the local servers. */
final class Ports {
    private Ports() {}

    /**
     * A port that was free a moment ago. Another process may still take it before our server binds;
     * on a developer machine that race is rare enough that a clear bind error is the right answer.
     */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /** The preferred port when nothing listens on it, so the local run has stable addresses; else any free one. */
    static int preferred(int port) {
        return isFree(port) ? port : free();
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // As the servers do (PostgreSQL, Kafka, Vert.x): otherwise the connections a previous run left
            // in TIME_WAIT make its port look busy for a minute.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
