package com.dianxiaoer.greeting.app;

import com.dianxiaoer.greeting.config.GreetingConfig;
import com.dianxiaoer.greeting.persistence.AgentSessionEntity;
import com.dianxiaoer.greeting.persistence.ShopAccountEntity;
import com.dianxiaoer.greeting.persistence.ShopEntity;
import com.dianxiaoer.web.ApiException;
import com.dianxiaoer.web.BearerTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A shop's people: their accounts (created by the platform's operators for a shop's first admin, then by the shop's
 * admins), signing in and out, and recognising a signed-in agent from the bearer token the workbench sends (a
 * BearerTokens token, like a conversation's).
 */
@ApplicationScoped
public class ShopAccounts {

    @Inject
    GreetingConfig config;

    @Inject
    Clock clock;

    public record Session(String token, Instant expiresAt, SignedInAgent agent) {}

    @Transactional
    public SignedInAgent create(String shopId, String username, String displayName, String role, String password) {
        if (ShopEntity.findById(shopId) == null) {
            throw ApiException.notFound("shop_not_found", "no shop " + shopId);
        }
        if (ShopAccountEntity.byUsername(shopId, username).isPresent()) {
            throw ApiException.conflict("username_taken", "shop " + shopId + " already has an account " + username);
        }
        ShopAccountEntity account = new ShopAccountEntity();
        account.id = UUID.randomUUID();
        account.shopId = shopId;
        account.username = username;
        account.displayName = displayName;
        account.role = role;
        account.passwordHash = Passwords.hash(password);
        account.createdAt = clock.instant();
        try {
            account.persistAndFlush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw ApiException.conflict("username_taken", "shop " + shopId + " already has an account " + username);
        }
        return signedIn(account);
    }

    @Transactional
    public List<SignedInAgent> ofShop(String shopId) {
        return ShopAccountEntity.ofShop(shopId).stream()
                .map(ShopAccounts::signedIn)
                .toList();
    }

    /**
     * A session for the right password; the same refusal, after the same work, for a wrong user or a wrong password.
     * The hash is checked outside any transaction, a few at a time, so guessing cannot hold the database's connections
     * or every core.
     */
    public Session signIn(String shopId, String username, String password) {
        Optional<ShopAccountEntity> account =
                QuarkusTransaction.requiringNew().call(() -> ShopAccountEntity.byUsername(shopId, username));
        boolean ok;
        try {
            if (!HASHING.tryAcquire(3, TimeUnit.SECONDS)) {
                throw ApiException.tooManyRequests(
                        "sign_in_busy", "too many sign-ins at once; try again in a moment", 2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.tooManyRequests("sign_in_busy", "too many sign-ins at once; try again in a moment", 2);
        }
        try {
            ok = account.isPresent() ? Passwords.matches(password, account.get().passwordHash) : spend(password);
        } finally {
            HASHING.release();
        }
        if (!ok) {
            throw ApiException.unauthorized("invalid_credentials", "the shop, username or password is not right");
        }
        String token = BearerTokens.newToken();
        AgentSessionEntity session = new AgentSessionEntity();
        session.tokenHash = BearerTokens.hash(token);
        session.accountId = account.get().id;
        session.expiresAt = clock.instant().plus(config.workbench().sessionTtl());
        QuarkusTransaction.requiringNew().run(session::persist);
        return new Session(token, session.expiresAt, signedIn(account.get()));
    }

    /** PBKDF2 takes a core for ~0.1 s: at most this many at once. */
    private static final Semaphore HASHING =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    @Transactional
    public void signOut(String token) {
        AgentSessionEntity.deleteById(BearerTokens.hash(token));
    }

    /** The agent a live session's token belongs to. */
    @Transactional
    public Optional<SignedInAgent> byToken(String token) {
        AgentSessionEntity session = AgentSessionEntity.findById(BearerTokens.hash(token));
        if (session == null || session.expiresAt.isBefore(clock.instant())) {
            return Optional.empty();
        }
        return ShopAccountEntity.<ShopAccountEntity>findByIdOptional(session.accountId)
                .map(ShopAccounts::signedIn);
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetExpiredSessions() {
        AgentSessionEntity.deleteExpired(clock.instant());
    }

    private static boolean spend(String password) {
        Passwords.spendOneCheck(password);
        return false;
    }

    private static SignedInAgent signedIn(ShopAccountEntity a) {
        return new SignedInAgent(a.id, a.shopId, a.username, a.displayName, a.role);
    }
}
