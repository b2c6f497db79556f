-- The version of each shop's examples: every replica of greeting-service compares it with the version its classifier
-- was taught, so a change made through any replica reaches all of them.
create table shop_example_version (
    shop_id varchar(64) primary key references shop (id),
    version bigint      not null
);
insert into shop_example_version (shop_id, version) select distinct shop_id, 1 from shop_example;
