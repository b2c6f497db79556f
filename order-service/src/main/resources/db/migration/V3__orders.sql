-- Orders as the shop's order system reports them, the scans of their parcels, the shop's order rules, and deals
-- agreed in the chat waiting for their order. Receiver name, phone and address are personal data: they live here
-- only, are shown to the customer masked, and never leave this database in an event.

create table shop_order_rules (
    shop_id              varchar(64)  primary key,
    zone                 varchar(64)  not null,
    cutoff               time         not null,
    working_days         varchar(100) not null,
    couriers             varchar(200) not null,
    usual_delivery_days  int          not null,
    quiet_from           time         not null,
    quiet_until          time         not null,
    remind_after_seconds bigint       not null,
    invoice_policy       varchar(500) not null,
    updated_at           timestamptz  not null
);

create table shop_order (
    id                bigserial     primary key,
    shop_id           varchar(64)   not null,
    order_id          varchar(64)   not null,
    conversation_id   varchar(64)   not null,
    version           int           not null,
    status            varchar(20)   not null,
    lines             text          not null,
    total             numeric(12,2) not null,
    receiver_name     varchar(100)  not null,
    receiver_phone    varchar(30)   not null,
    receiver_address  varchar(300)  not null,
    courier           varchar(50),
    waybill_number    varchar(50),
    created_at        timestamptz   not null,
    paid_at           timestamptz,
    shipped_at        timestamptz,
    delivered_at      timestamptz,
    remarks           text          not null default '[]',
    reminders_sent    int           not null default 0,
    address_confirmed boolean       not null default false,
    updated_at        timestamptz   not null,
    unique (shop_id, order_id)
);
create index shop_order_conversation on shop_order (conversation_id, created_at desc);
create index shop_order_unpaid on shop_order (status) where status = 'created';

create table order_tracking (
    id             bigserial    primary key,
    order_pk       bigint       not null references shop_order(id),
    courier        varchar(50)  not null,
    waybill_number varchar(50)  not null,
    status         varchar(200) not null,
    place          varchar(100),
    at             timestamptz  not null,
    unique (order_pk, at, status)
);

create table agreed_deal (
    event_id        uuid          primary key,
    shop_id         varchar(64)   not null,
    conversation_id varchar(64)   not null,
    product_id      varchar(64)   not null,
    product_name    varchar(200),
    quantity        int           not null,
    unit_price      numeric(12,2) not null,
    gifts           text          not null,
    free_shipping   boolean       not null,
    agreed_at       timestamptz   not null,
    applied_to      bigint references shop_order(id)
);
create index agreed_deal_conversation on agreed_deal (conversation_id);
