-- The demo shop's price policies, for the products greeting-service's demo catalogue lists. A Taobao-style shop:
-- prices may come down a step at a time, never below the floor.
insert into price_policy (shop_id, product_id, product_name, list_price, floor_price, mode, price_step, max_concessions, terms, updated_at) values
('demo', 'wool-coat', '羊毛双面呢大衣', 899, 829, 'adjustable', 30, 3,
 '{"gifts":[{"name":"羊毛围巾小样","stock":50}],"shipping":{"fee":12,"freeOver":299,"waivable":true},"spendSaves":[{"threshold":299,"off":30}],"coupons":[{"name":"新客券","amount":10,"minSpend":100}],"tiers":[{"minQuantity":2,"unitPrice":859}]}', now()),
('demo', 'down-jacket', '轻薄白鸭绒羽绒服', 459, 419, 'adjustable', 20, 3,
 '{"gifts":[{"name":"羽绒服收纳袋","stock":80}],"shipping":{"fee":12,"freeOver":299,"waivable":true},"spendSaves":[{"threshold":299,"off":30}],"coupons":[{"name":"新客券","amount":10,"minSpend":100}],"tiers":[]}', now()),
('demo', 'parka', '连帽加厚派克服', 529, 489, 'adjustable', 20, 2,
 '{"gifts":[],"shipping":{"fee":12,"freeOver":299,"waivable":true},"spendSaves":[{"threshold":299,"off":30}],"coupons":[],"tiers":[]}', now()),
('demo', 'cashmere-sweater', '纯羊绒圆领毛衣', 599, 559, 'adjustable', 20, 3,
 '{"gifts":[{"name":"羊绒护理梳","stock":30}],"shipping":{"fee":12,"freeOver":299,"waivable":true},"spendSaves":[{"threshold":299,"off":30}],"coupons":[{"name":"新客券","amount":10,"minSpend":100}],"tiers":[{"minQuantity":2,"unitPrice":579}]}', now()),
('demo', 'cotton-tee', '新疆长绒棉T恤', 99, 89, 'adjustable', 5, 2,
 '{"gifts":[{"name":"棉袜一双","stock":200}],"shipping":{"fee":8,"freeOver":199,"waivable":true},"spendSaves":[{"threshold":299,"off":30}],"coupons":[],"tiers":[{"minQuantity":3,"unitPrice":89}]}', now()),
('demo', 'jeans', '直筒弹力牛仔裤', 259, 239, 'adjustable', 10, 2,
 '{"gifts":[{"name":"裤脚免费修改","stock":100}],"shipping":{"fee":10,"freeOver":299,"waivable":true},"spendSaves":[{"threshold":299,"off":30}],"coupons":[],"tiers":[{"minQuantity":2,"unitPrice":249}]}', now()),
('demo', 'sneakers', '透气网面跑步鞋', 369, 339, 'adjustable', 15, 2,
 '{"gifts":[{"name":"运动鞋垫","stock":40}],"shipping":{"fee":12,"freeOver":299,"waivable":true},"spendSaves":[{"threshold":299,"off":30}],"coupons":[],"tiers":[]}', now()),
('demo', 'silk-scarf', '桑蚕丝印花丝巾', 199, 189, 'adjustable', 10, 1,
 '{"gifts":[{"name":"礼盒包装","stock":60}],"shipping":{"fee":8,"freeOver":199,"waivable":true},"spendSaves":[],"coupons":[],"tiers":[]}', now()),
('demo', 'wool-scarf', '羊毛格纹围巾', 159, 149, 'adjustable', 10, 2,
 '{"gifts":[{"name":"礼盒包装","stock":60}],"shipping":{"fee":8,"freeOver":199,"waivable":true},"spendSaves":[],"coupons":[],"tiers":[{"minQuantity":2,"unitPrice":149}]}', now()),
('demo', 'backpack', '防泼水通勤双肩包', 299, 279, 'adjustable', 10, 2,
 '{"gifts":[{"name":"防雨罩","stock":25}],"shipping":{"fee":10,"freeOver":299,"waivable":true},"spendSaves":[{"threshold":299,"off":30}],"coupons":[],"tiers":[]}', now());
