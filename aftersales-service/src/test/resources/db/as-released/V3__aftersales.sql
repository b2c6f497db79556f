-- After-sales: each shop's policy, the complaint cases with their history, what is known of the orders (from
-- order.events), and replies that wait for their moment (the satisfaction question after a case is settled).
create table aftersales_policy (
    shop_id     varchar(64)  primary key,
    -- the whole policy (windows, who pays shipping by cause, compensation limits, working day), read and written whole
    terms       text         not null,
    updated_at  timestamptz  not null
);

create table complaint_case (
    case_id          uuid          primary key,
    shop_id          varchar(64)   not null,
    conversation_id  varchar(64)   not null,
    order_id         varchar(64),
    category         varchar(30)   not null,
    severity         varchar(10)   not null,
    step             varchar(20)   not null,
    escalated        boolean       not null default false,
    overdue          boolean       not null default false,
    opened_at        timestamptz   not null,
    next_answer_by   timestamptz,
    updated_at       timestamptz   not null,
    -- the domain's record of the case, stored whole
    state            text          not null,
    check (severity in ('normal', 'serious')),
    check (step in ('heard', 'asking_facts', 'following', 'resolved', 'closed'))
);
create index complaint_case_conversation on complaint_case (conversation_id, opened_at);
create index complaint_case_shop_step on complaint_case (shop_id, step, opened_at);
create index complaint_case_order on complaint_case (shop_id, order_id);

-- 记清楚: every step taken on a case, in order.
create table case_history (
    id       bigserial      primary key,
    case_id  uuid           not null references complaint_case (case_id),
    at       timestamptz    not null,
    step     varchar(30)    not null,
    note     varchar(1000)  not null
);
create index case_history_case on case_history (case_id, id);

create table order_fact (
    order_id         varchar(64)     primary key,
    shop_id          varchar(64)     not null,
    conversation_id  varchar(64)     not null,
    version          integer         not null,
    status           varchar(20)     not null,
    total            numeric(12, 2),
    courier          varchar(64),
    tracking_status  varchar(200),
    paid_at          timestamptz,
    shipped_at       timestamptz,
    delivered_at     timestamptz,
    updated_at       timestamptz     not null
);
create index order_fact_conversation on order_fact (conversation_id, updated_at);

create table scheduled_reply (
    id               bigserial     primary key,
    conversation_id  varchar(64)   not null,
    due_at           timestamptz   not null,
    topic            varchar(200)  not null,
    payload          text          not null
);
create index scheduled_reply_due on scheduled_reply (due_at);
