-- A product's name, list price and stock belong to the catalogue (greeting-service), which announces every change
-- on catalogue.events. This is the copy bargaining reads; the price policy keeps only what is its own (the floor,
-- the mode, gifts, shipping, promotions, tiers). Seeded from the policies until the first announcement arrives:
-- the stock is unknown until then (null), and an item of unknown stock is never offered as an alternative.
create table catalogue_product (
    shop_id      varchar(64)    not null,
    product_id   varchar(64)    not null,
    name         varchar(200)   not null,
    list_price   numeric(12, 2) not null check (list_price > 0),
    stock        integer        check (stock >= 0),
    -- when the catalogue made the change this row holds: an older announcement arriving late changes nothing
    changed_at   timestamptz    not null,
    primary key (shop_id, product_id)
);

insert into catalogue_product (shop_id, product_id, name, list_price, stock, changed_at)
select shop_id, product_id, product_name, list_price, null, timestamptz 'epoch' from price_policy;

-- Dropping list_price drops the check that compared it with the floor; the floor keeps its own.
alter table price_policy drop column list_price;
alter table price_policy drop column product_name;
alter table price_policy add check (floor_price > 0);
