-- Orders belong to their buyer (issue 16): the shop's page vouches for a logged-in customer with an HMAC-SHA256 of the
-- customer's id under the shop's own secret, which the widget passes when it opens the conversation. Only a vouched-for
-- customer id reaches the stage services; an anonymous visitor's label never does.
alter table shop add column identity_secret varchar(200);
alter table conversation add column customer_verified boolean not null default false;
