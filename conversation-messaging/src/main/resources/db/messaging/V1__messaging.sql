-- conversation-messaging's tables, in the schema of the service that uses it, with a history of their own
-- (messaging_schema_history; see DatabaseSchema). "if not exists": a database whose service created these tables
-- itself, before conversation-messaging owned them, keeps its rows and gains only what it lacked.

-- The events a service writes in its own transactions and the relay sends to Kafka (Outbox, OutboxRelay);
-- trace_parent joins the record the relay sends to the trace that wrote the row.
create table if not exists outbox (
    id           bigserial     primary key,
    topic        varchar(200)  not null,
    message_key  varchar(200)  not null,
    payload      text          not null,
    created_at   timestamptz   not null default now()
);
alter table outbox add column if not exists trace_parent varchar(64);

-- The events a consumer has handled, so a redelivery changes nothing (EventIntake).
create table if not exists processed_event (
    event_id      uuid         primary key,
    processed_at  timestamptz  not null default now()
);

-- The customer messages routed to a stage service, kept for its conversation's context (RoutedInbox).
create table if not exists routed_message (
    event_id         uuid          primary key,
    shop_id          varchar(64)   not null,
    conversation_id  varchar(64)   not null,
    message_id       varchar(64)   not null,
    intent           varchar(40)   not null,
    product_id       varchar(64),
    text             varchar(4000) not null,
    envelope         text          not null,
    received_at      timestamptz   not null
);
create index if not exists routed_message_conversation on routed_message (conversation_id, received_at);

-- Replies that fall due later (ScheduledReplies): found by the time they fall due, and by conversation when a new
-- message releases what its conversation still waits for.
create table if not exists scheduled_reply (
    id               bigserial     primary key,
    conversation_id  varchar(64)   not null,
    due_at           timestamptz   not null,
    topic            varchar(200)  not null,
    payload          text          not null
);
create index if not exists scheduled_reply_due on scheduled_reply (due_at);
create index if not exists scheduled_reply_conversation on scheduled_reply (conversation_id);
