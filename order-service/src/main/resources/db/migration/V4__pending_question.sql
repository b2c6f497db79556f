-- What the order desk asked a conversation last (a new address, an order number): the customer's next message is
-- read as the answer to it first. One row per conversation; it is replaced or removed by the next answer.
create table pending_question (
    conversation_id  varchar(64)  primary key,
    kind             varchar(30)  not null,
    for_intent       varchar(40),
    asked_at         timestamptz  not null
);
