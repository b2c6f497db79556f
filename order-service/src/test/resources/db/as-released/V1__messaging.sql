-- The tables of conversation-messaging, in this service's own schema: the outbox its events leave through,
-- the events it has handled, and the customer messages routed to it.
create table outbox (
    id           bigserial     primary key,
    topic        varchar(200)  not null,
    message_key  varchar(200)  not null,
    payload      text          not null,
    created_at   timestamptz   not null default now()
);

create table processed_event (
    event_id      uuid         primary key,
    processed_at  timestamptz  not null default now()
);

create table routed_message (
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
create index routed_message_conversation on routed_message (conversation_id, received_at);
