-- Loads conversation.outcomes into a PostgreSQL warehouse: one row per conversation, its latest outcome. Reads JSON
-- lines (the records' values, as kafka-console-consumer prints them) from standard input; safe to run again on the
-- same or older records: a row is replaced only by a later outcome of its conversation (later last activity, then
-- higher version). The topic is compacted, so reading it whole each run is the whole history (docs/analysts.md):
--
--   kafka-console-consumer.sh --bootstrap-server localhost:9092 --topic conversation.outcomes \
--     --from-beginning --isolation-level read_committed --timeout-ms 10000 \
--   | psql -v ON_ERROR_STOP=1 -d warehouse -f insights-service/warehouse/load-outcomes.sql
\set ON_ERROR_STOP on

create table if not exists conversation_outcome (
    conversation_id uuid primary key,
    shop_id         text        not null,
    version         integer     not null,
    opened_at       timestamptz not null,
    last_activity_at timestamptz not null,
    outcome         jsonb       not null
);
create index if not exists conversation_outcome_shop_opened on conversation_outcome (shop_id, opened_at);

create temporary table incoming (outcome jsonb);
-- Each line is one JSON document. CSV with quote and delimiter characters JSON never holds, so that its quotes,
-- commas and backslashes arrive untouched.
\copy incoming from pstdin with (format csv, quote e'\x01', delimiter e'\x02')

insert into conversation_outcome
select distinct on (outcome ->> 'conversationId')
       (outcome ->> 'conversationId')::uuid,
       outcome ->> 'shopId',
       (outcome ->> 'version')::integer,
       (outcome ->> 'openedAt')::timestamptz,
       (outcome ->> 'lastActivityAt')::timestamptz,
       outcome
from incoming
order by outcome ->> 'conversationId', (outcome ->> 'lastActivityAt')::timestamptz desc,
         (outcome ->> 'version')::integer desc
on conflict (conversation_id) do update
    set version = excluded.version,
        opened_at = excluded.opened_at,
        last_activity_at = excluded.last_activity_at,
        outcome = excluded.outcome
    -- a conversation that came back after insights-service forgot it starts again at version 1: time decides first
    where (excluded.last_activity_at, excluded.version)
          > (conversation_outcome.last_activity_at, conversation_outcome.version);
