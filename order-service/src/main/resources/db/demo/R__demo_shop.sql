-- The demo shop's order rules (loaded only where dianxiaoer.schema.demo-shop is on: DatabaseSchema): parcels leave the
-- same day when paid before 16:00, Monday to Saturday, with 韵达 or 顺丰; no reminders between 22:00 and 08:00, the
-- first after half an hour unpaid. Rows already there are left as they are.
insert into shop_order_rules (shop_id, zone, cutoff, working_days, couriers, usual_delivery_days, quiet_from,
                              quiet_until, remind_after_seconds, invoice_policy, updated_at)
values ('demo', 'Asia/Shanghai', '16:00', 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY', '韵达,顺丰', 3, '22:00',
        '08:00', 1800, '支持开具电子普通发票，确认收货后在订单详情页申请，3个工作日内开出；需要专票请联系客服', now())
on conflict (shop_id) do nothing;
