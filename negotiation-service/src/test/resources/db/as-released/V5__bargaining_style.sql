-- The strategy answers to each shop's style (how firmly to hold, how many rounds, what non-price concessions may
-- cost), and the floor is counted on what the shopper pays after the promotions. Price steps and a count of
-- concessions gave way to both.
create table bargaining_style (
    shop_id      varchar(64)    primary key,
    aspiration   numeric(3, 2)  not null check (aspiration >= 0 and aspiration <= 1),
    rounds       integer        not null check (rounds between 1 and 6),
    gift_budget  numeric(12, 2) not null check (gift_budget >= 0),
    updated_at   timestamptz    not null
);

-- Expand, then contract: a pod of the previous release still reads these while a rolling update runs, so they stay
-- until the next release drops them; nothing reads or writes them from here on.
alter table price_policy alter column max_concessions set default 0;

-- Bargains under way keep the price they had reached: the old state counted price steps, the new one holds the price.
update negotiation n
set state = jsonb_set(n.state::jsonb, '{offer}',
        to_jsonb(greatest(p.floor_price, p.list_price - p.price_step * least((n.state::jsonb ->> 'priceSteps')::int, 2))))::text
from price_policy p
where p.shop_id = n.shop_id and p.product_id = n.product_id and n.status = 'open'
  and coalesce((n.state::jsonb ->> 'priceSteps')::int, 0) > 0;

-- What each demo gift costs the shop, so the style's budget can be kept.
update price_policy set terms = jsonb_set(terms::jsonb, '{gifts,0,cost}', to_jsonb(c.cost))::text
from (values ('wool-coat', 15), ('down-jacket', 6), ('cashmere-sweater', 8), ('cotton-tee', 4), ('jeans', 10),
             ('sneakers', 9), ('silk-scarf', 6), ('wool-scarf', 6), ('backpack', 12)) as c(product_id, cost)
where price_policy.shop_id = 'demo' and price_policy.product_id = c.product_id
  and jsonb_array_length(terms::jsonb -> 'gifts') > 0;

-- Two demo policies broke the floor once the shop-wide 满299减30 is counted: the backpack at its list price
-- (299 - 30 = 269 under a floor of 279) and two pairs of jeans at the tier price (2 x 249 - 30 = 468 under 2 x 239).
update price_policy set floor_price = 269 where shop_id = 'demo' and product_id = 'backpack';
update price_policy set terms = jsonb_set(terms::jsonb, '{tiers,0,unitPrice}', '254')::text
where shop_id = 'demo' and product_id = 'jeans';
