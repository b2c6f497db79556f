package com.dianxiaoer.greeting.app;

import com.dianxiaoer.greeting.config.GreetingConfig;
import com.dianxiaoer.greeting.persistence.AgentSessionEntity;
import com.dianxiaoer.greeting.persistence.ShopAccountEntity;
import com.dianxiaoer.greeting.persistence.ShopEntity;
import com.dianxiaoer.web.ApiException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    public record Session(String token, Instant expiresAt, SignedInAgent agent) {
    }

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
        account.persist();
        return signedIn(account);
    }

    @Transactional
    public List<SignedInAgent> ofShop(String shopId) {
        return ShopAccountEntity.ofShop(shopId).stream().map(ShopAccounts::signedIn).toList();
    }

    /** A session for the right password; the same refusal, after the same work, for a wrong user or a wrong password. */
    @Transactional
    public Session signIn(String shopId, String username, String password) {
        Optional<ShopAccountEntity> account = ShopAccountEntity.byUsername(shopId, username);
        boolean ok = account.isPresent() ? Passwords.matches(password, account.get().passwordHash) : spend(password);
        if (!ok) {
            throw ApiException.unauthorized("invalid_credentials", "the shop, username or password is not right");
        }
        String token = BearerTokens.newToken();
        AgentSessionEntity session = new AgentSessionEntity();
        session.tokenHash = BearerTokens.hash(token);
        session.accountId = account.get().id;
        session.expiresAt = clock.instant().plus(config.workbench().sessionTtl());
        session.persist();
        return new Session(token, session.expiresAt, signedIn(account.get()));
    }

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
        return ShopAccountEntity.<ShopAccountEntity>findByIdOptional(session.accountId).map(ShopAccounts::signedIn);
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
