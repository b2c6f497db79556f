-- A shop owner's first questions, answered from the warehouse table load-outcomes.sql fills, per shop and day
-- (Asia/Shanghai). Run: psql -d warehouse -f insights-service/warehouse/questions.sql
\set ON_ERROR_STOP on

-- How many chats end in a sale? The funnel: opened, asked about a product, bargained, agreed a price, paid.
select shop_id,
       (opened_at at time zone 'Asia/Shanghai')::date                       as day,
       count(*)                                                             as conversations,
       count(*) filter (where (outcome ->> 'askedProductQuestion')::boolean) as asked_product,
       count(*) filter (where (outcome ->> 'bargained')::boolean)            as bargained,
       count(*) filter (where outcome ? 'deal')                              as deals,
       count(*) filter (where (outcome ->> 'paid')::boolean)                 as paid,
       round(count(*) filter (where (outcome ->> 'paid')::boolean) * 100.0 / count(*), 1) as paid_percent
from conversation_outcome
group by 1, 2
order by 1, 2;

-- How often does bargaining close, and at what share of the list price?
select shop_id,
       count(*) filter (where (outcome ->> 'bargained')::boolean)                          as bargained,
       count(*) filter (where (outcome ->> 'bargained')::boolean and outcome ? 'deal')     as closed,
       round(avg((outcome -> 'deal' ->> 'priceShare')::numeric) * 100, 1)                  as mean_price_percent_of_list,
       round(avg((outcome -> 'deal' ->> 'concessions')::numeric), 2)                       as mean_concessions
from conversation_outcome
group by 1
order by 1;

-- What do customers complain about, and is it getting worse? Complaints by category per week.
select shop_id,
       date_trunc('week', opened_at at time zone 'Asia/Shanghai')::date as week,
       outcome -> 'complaint' ->> 'category'                            as category,
       count(*)                                                         as complaints,
       count(*) filter (where (outcome -> 'complaint' ->> 'escalated')::boolean) as escalated
from conversation_outcome
where outcome ? 'complaint'
group by 1, 2, 3
order by 1, 2, 4 desc;

-- Are customers happier with the bot or with a person? Mean 1-5 rating and how many rated.
select shop_id,
       round(avg((outcome -> 'satisfaction' ->> 'bot')::numeric), 2)    as bot_rating,
       count(outcome -> 'satisfaction' ->> 'bot')                       as bot_ratings,
       round(avg((outcome -> 'satisfaction' ->> 'person')::numeric), 2) as person_rating,
       count(outcome -> 'satisfaction' ->> 'person')                    as person_ratings
from conversation_outcome
group by 1
order by 1;

-- How many chats did the bot resolve on its own? Unresolved: disliked, left unanswered, or handed to a person.
select shop_id,
       count(*)                                                      as conversations,
       count(*) filter (where (outcome ->> 'botResolved')::boolean)   as bot_resolved,
       round(count(*) filter (where (outcome ->> 'botResolved')::boolean) * 100.0 / count(*), 1) as resolution_percent,
       count(*) filter (where outcome -> 'unresolvedBecause' ? 'asked_for_person') as asked_for_person,
       count(*) filter (where outcome -> 'unresolvedBecause' ? 'unanswered')       as unanswered,
       count(*) filter (where outcome -> 'unresolvedBecause' ? 'disliked')         as disliked
from conversation_outcome
group by 1
order by 1;
