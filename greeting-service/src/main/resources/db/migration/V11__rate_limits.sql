-- Rate limits on the public chat API (issue 16), per shop: messages a minute from one conversation, requests a
-- minute from one client address (opening conversations and sending messages), and messages a minute to the whole
-- shop. A token bucket each, which holds a minute's worth: a burst is fine, a flood is answered 429 with Retry-After.
alter table shop add column limit_conversation_per_minute integer not null default 60 check (limit_conversation_per_minute between 1 and 100000);
alter table shop add column limit_address_per_minute integer not null default 600 check (limit_address_per_minute between 1 and 1000000);
alter table shop add column limit_shop_per_minute integer not null default 60000 check (limit_shop_per_minute between 1 and 10000000);
