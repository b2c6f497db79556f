-- A product's name, list price and stock belong to the catalogue (greeting-service), which announces every change
-- on catalogue.events. This is the copy bargaining reads; the price policy keeps only what is its own (the floor,
-- the mode, gifts, shipping, promotions, tiers). Seeded from the policies until the first announcement arrives:
-- the stock is unknown until then (null), and an item of unknown stock is never offered as an alternative.
create table catalogue_product (
    shop_id      varchar(64)    not null,
    product_id   varchar(64)    not null,
    name         varchar(200)   not null,
    list_price   numeric(12, 2) not null check (list_price >= 0),
    stock        integer        check (stock >= 0),
    -- when the catalogue made the change this row holds: an older announcement arriving late changes nothing
    changed_at   timestamptz    not null,
    primary key (shop_id, product_id)
);

insert into catalogue_product (shop_id, product_id, name, list_price, stock, changed_at)
select shop_id, product_id, product_name, list_price, null, timestamptz 'epoch' from price_policy;

-- Expand, then contract: the previous release still reads these during a rolling update; from here on nothing
-- writes them, and the next release drops them. (A null list price passes the old check against the floor.)
alter table price_policy alter column list_price drop not null;
alter table price_policy alter column product_name drop not null;
