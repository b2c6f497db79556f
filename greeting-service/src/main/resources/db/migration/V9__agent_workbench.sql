-- The agent workbench (issue 15): the people of a shop, their sign-in sessions, the handoff's own state on the
-- conversation, who wrote an agent's line, the shop's service hours, and what the stage services reported.

-- A shop's agents and admins. Passwords are stored as PBKDF2 hashes only; a username is unique within its shop.
create table shop_account (
    id             uuid          primary key,
    shop_id        varchar(64)   not null references shop (id),
    username       varchar(64)   not null,
    display_name   varchar(50)   not null,
    role           varchar(20)   not null check (role in ('agent', 'shop_admin')),
    password_hash  varchar(200)  not null,
    created_at     timestamptz   not null,
    unique (shop_id, username)
);

-- A signed-in agent's session: only the SHA-256 of its bearer token is kept.
create table agent_session (
    token_hash   varchar(64)  primary key,
    account_id   uuid         not null references shop_account (id) on delete cascade,
    expires_at   timestamptz  not null
);
create index agent_session_expiry on agent_session (expires_at);

-- The handoff: since when the customer waits, which stage the bot was in, who has taken it, when a person first
-- answered, whether the holding message went out, and whether it was asked for outside the service hours.
alter table conversation add column handoff_at timestamptz;
alter table conversation add column handoff_from varchar(20);
alter table conversation add column agent_id uuid references shop_account (id);
alter table conversation add column agent_name varchar(50);
alter table conversation add column answered_at timestamptz;
alter table conversation add column holding_sent boolean not null default false;
alter table conversation add column after_hours boolean not null default false;
-- The person whose service the customer is asked to rate, until the customer rates it or moves on.
alter table conversation add column rating_for uuid;
-- The queue is ordered by when the wait began, no longer by the last change.
drop index conversation_waiting;
create index conversation_waiting on conversation (shop_id, handoff_at) where stage = 'human';

-- The name of the agent who wrote a line of role 'agent' (the widget shows who is answering).
alter table transcript_item add column author varchar(50);

-- When people answer, in the shop's own time zone; a wait longer than hold_after_seconds gets a holding message.
alter table shop add column hours_open varchar(5) not null default '09:00';
alter table shop add column hours_close varchar(5) not null default '23:00';
alter table shop add column time_zone varchar(40) not null default 'Asia/Shanghai';
alter table shop add column hold_after_seconds integer not null default 60 check (hold_after_seconds between 10 and 3600);

-- What the stage services reported about a conversation (negotiation.events, order.events, aftersales.events): the
-- agent's summary of where the bot got to.
create table conversation_facts (
    conversation_id       uuid           primary key,
    deal_product          varchar(200),
    deal_quantity         integer,
    deal_unit_price       numeric(12, 2),
    deal_gifts            varchar(500),
    bargaining_state      varchar(20),
    bargaining_rounds     integer,
    bargaining_concessions integer,
    order_id              varchar(64),
    order_status          varchar(30),
    complaint_case_id     varchar(64),
    complaint_category    varchar(40),
    complaint_severity    varchar(20),
    complaint_state       varchar(20),
    updated_at            timestamptz    not null
);
