-- Example utterances a shop adds for its own customers' ways of saying things; the classifier learns them at
-- startup and whenever the shop changes them.
create table shop_example (
    shop_id  varchar(64)  not null references shop (id),
    intent   varchar(40)  not null,
    text     varchar(200) not null,
    primary key (shop_id, intent, text)
);
