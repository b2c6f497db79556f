-- The shop's price policies, each conversation's bargaining state per product, and replies waiting for their
-- moment (the supervisor's answer after the pause).
create table price_policy (
    shop_id          varchar(64)    not null,
    product_id       varchar(64)    not null,
    product_name     varchar(200)   not null,
    list_price       numeric(12, 2) not null,
    floor_price      numeric(12, 2) not null,
    mode             varchar(20)    not null,
    price_step       numeric(12, 2) not null default 0,
    max_concessions  integer        not null,
    -- gifts, shipping, spend-saves, coupons and quantity tiers: read and written whole with the policy
    terms            text           not null,
    updated_at       timestamptz    not null,
    primary key (shop_id, product_id),
    check (floor_price > 0 and floor_price <= list_price),
    check (mode in ('fixed', 'adjustable'))
);

create table negotiation (
    conversation_id  varchar(64)  not null,
    product_id       varchar(64)  not null,
    shop_id          varchar(64)  not null,
    status           varchar(20)  not null,
    state            text         not null,
    updated_at       timestamptz  not null,
    primary key (conversation_id, product_id)
);

create table scheduled_reply (
    id               bigserial     primary key,
    conversation_id  varchar(64)   not null,
    due_at           timestamptz   not null,
    topic            varchar(200)  not null,
    payload          text          not null
);
create index scheduled_reply_due on scheduled_reply (due_at);
