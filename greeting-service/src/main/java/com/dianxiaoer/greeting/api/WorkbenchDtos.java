package com.dianxiaoer.greeting.api;

import com.dianxiaoer.events.Stage;
import com.dianxiaoer.greeting.app.SignedInAgent;
import com.dianxiaoer.greeting.app.Workbench;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The workbench API's bodies. */
public final class WorkbenchDtos {
    private WorkbenchDtos() {}

    public record SignIn(
            @NotBlank @Size(max = 64) String shopId,
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 200) String password) {}

    public record Account(String id, String shopId, String username, String name, String role) {
        static Account of(SignedInAgent a) {
            return new Account(a.accountId().toString(), a.shopId(), a.username(), a.name(), a.role());
        }
    }

    public record SignedIn(String token, Instant expiresAt, Account agent) {}

    /** Where the workbench links to; a page that is not set up is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(String insights) {}

    public record NewAccount(
            @NotBlank
            @Pattern(
                    regexp = "[a-z0-9][a-z0-9._-]{1,63}",
                    message = "must be 2-64 lower-case letters, digits, '.', '_' or '-'")
            String username,

            @NotBlank @Size(max = 50) String name,

            @NotBlank @Pattern(regexp = "agent|shop_admin", message = "must be agent or shop_admin")
            String role,

            @NotBlank @Size(min = 10, max = 200, message = "must have 10 to 200 characters")
            String password) {}

    public record AgentMessage(String text, @Size(max = 100) String clientMessageId) {}

    public record Conversation(
            String conversationId,
            String customerId,
            Stage stage,
            Instant waitingSince,
            Workbench.Agent takenBy,
            boolean afterHours,
            Workbench.Summary summary,
            List<ChatDtos.TranscriptItem> transcript) {
        static Conversation of(Workbench.View v) {
            return new Conversation(
                    v.conversationId(),
                    v.customerId(),
                    v.stage(),
                    v.waitingSince(),
                    v.takenBy(),
                    v.afterHours(),
                    v.summary(),
                    v.transcript().stream().map(ChatDtos.TranscriptItem::of).toList());
        }
    }

    public record Done(String conversationId, Stage stage) {}
}
