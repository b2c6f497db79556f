-- Erasure and retention (issue 16). An erased conversation keeps its row, without its customer, its token or its
-- words, so late events for it are recognised and dropped, and the erasure's status can name it.
alter table conversation add column erased_at timestamptz;
create index conversation_retention on conversation (shop_id, updated_at) where erased_at is null;

-- How long a shop keeps a conversation after its last message; the retention sweep erases older ones.
alter table shop add column retention_days integer not null default 365 check (retention_days between 1 and 3650);

-- An erasure: one customer of one shop on request, or a batch of conversations past the shop's retention period.
-- The customer's id is not kept: only which conversations were erased.
create table erasure (
    id             uuid          primary key,
    shop_id        varchar(64)   not null references shop (id),
    reason         varchar(20)   not null check (reason in ('customer_request', 'retention')),
    conversations  integer       not null,
    requested_at   timestamptz   not null,
    completed_at   timestamptz
);
create index erasure_shop on erasure (shop_id, requested_at desc);

-- Each service's report for each conversation of an erasure: greeting-service's own at once, the stage services'
-- when their ErasureCompleted arrives.
create table erasure_step (
    erasure_id       uuid          not null references erasure (id),
    conversation_id  uuid          not null,
    service          varchar(40)   not null,
    records          integer,
    reported_at      timestamptz,
    primary key (erasure_id, conversation_id, service)
);
