-- Orders belong to their buyer (issue 16): the shop's order system names the buyer (the shop's own customer id), and
-- the chat answers about an order named by its number only to that buyer (signed in on the shop's page) or in the
-- conversation the order was placed from. Older orders have no buyer: only their own conversation sees them.
alter table shop_order add column customer_id varchar(100);
