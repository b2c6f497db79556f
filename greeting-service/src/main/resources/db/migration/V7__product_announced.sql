-- greeting-service owns the catalogue: every product's change is announced on catalogue.events (ProductChanged),
-- and the other services keep a copy. A product not yet announced (one seeded in the database, as the demo shop's are) has none.
alter table product add column announced_at timestamptz;
