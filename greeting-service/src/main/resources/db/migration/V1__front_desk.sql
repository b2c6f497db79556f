-- The shop's own data the front desk answers from, and the conversations with their transcripts. (The outbox and
-- the processed events are conversation-messaging's: its db/messaging.)

create table shop (
    id            varchar(64)  primary key,
    name          varchar(100) not null,
    agent_name    varchar(50)  not null,
    agent_number  varchar(20)  not null,
    promotion     varchar(500),
    couriers      varchar(200) not null default '',
    stock_rule    varchar(300),
    updated_at    timestamptz  not null default now()
);

create table product (
    shop_id       varchar(64)   not null references shop (id),
    id            varchar(64)   not null,
    name          varchar(200)  not null,
    keywords      varchar(500)  not null default '',
    price         numeric(12, 2) not null check (price >= 0),
    stock         integer       not null check (stock >= 0),
    sizes         varchar(200)  not null default '',
    material      varchar(300),
    size_chart    varchar(500)  not null default '',
    authenticity  varchar(500),
    restock_note  varchar(300),
    primary key (shop_id, id)
);

create table conversation (
    id            uuid         primary key,
    shop_id       varchar(64)  not null references shop (id),
    customer_id   varchar(100),
    locale        varchar(20)  not null,
    token_hash    varchar(64)  not null,
    stage         varchar(20)  not null,
    welcomed      boolean      not null default false,
    product_id    varchar(64),
    last_seq      bigint       not null default 0,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);
create index conversation_waiting on conversation (shop_id, updated_at) where stage = 'human';

create table transcript_item (
    id                 uuid          primary key,
    conversation_id    uuid          not null references conversation (id),
    seq                bigint        not null,
    role               varchar(10)   not null,
    text               varchar(4000) not null,
    intent             varchar(40),
    quick_replies      varchar(2000),
    client_message_id  varchar(100),
    at                 timestamptz   not null,
    unique (conversation_id, seq)
);
create unique index transcript_client_message on transcript_item (conversation_id, client_message_id)
    where client_message_id is not null;
