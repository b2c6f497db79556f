-- Messages the front desk routed to this stage, stored once per event (eventId is the key).
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
