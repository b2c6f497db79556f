-- The demo shop that the local run and the tests greet as (loaded only where dianxiaoer.schema.demo-shop is on:
-- DatabaseSchema). A real shop's data arrives through the admin API. Rows already there are left as they are.
insert into shop (id, name, agent_name, agent_number, promotion, couriers, stock_rule, allowed_origins, hours_open,
                  hours_close)
values ('demo', '小二优选旗舰店', '小美', '008',
        '全店满299减30，新客领券再减10元', '韵达,顺丰', '页面上能拍下的都是有现货的',
        -- the local run's own demo page calls the chat API from these origins (CORS)
        'http://localhost:8080,http://127.0.0.1:8080',
        -- around the clock, so the local run and its browser tests behave the same at any hour
        '00:00', '24:00')
on conflict (id) do nothing;

insert into product (shop_id, id, name, keywords, price, stock, sizes, material, size_chart, authenticity, restock_note) values
('demo', 'wool-coat',   '羊毛双面呢大衣', '大衣,外套,呢子,羊毛', 899.00, 23, 'S,M,L,XL', '90%羊毛 10%羊绒',
 '150-160:S,161-167:M,168-174:L,175-182:XL', '是品牌官方授权旗舰店直供，每批都有第三方质检报告', null),
('demo', 'down-jacket', '轻薄白鸭绒羽绒服', '羽绒服,外套,鸭绒', 459.00, 41, 'S,M,L,XL,XXL', '90%白鸭绒填充，聚酯纤维面料',
 '150-160:S,161-167:M,168-174:L,175-180:XL,181-188:XXL', '是品牌官方授权旗舰店直供，附国家标准的绒子含量检测报告', null),
('demo', 'parka',       '连帽加厚派克服', '派克服,外套,棉服', 529.00, 0, 'M,L,XL', '聚酯纤维面料，加厚棉填充',
 '160-167:M,168-175:L,176-183:XL', '是品牌官方授权旗舰店直供', '预计下周补货，具体以商品页为准'),
('demo', 'cashmere-sweater', '纯羊绒圆领毛衣', '毛衣,羊绒,针织', 599.00, 15, 'S,M,L,XL', '100%山羊绒',
 '150-160:S,161-167:M,168-174:L,175-182:XL', '是品牌官方授权旗舰店直供，附羊绒成分检测报告', null),
('demo', 'cotton-tee',  '新疆长绒棉T恤', 'T恤,短袖,纯棉,体恤', 99.00, 230, 'S,M,L,XL,XXL', '100%新疆长绒棉',
 '150-160:S,161-167:M,168-174:L,175-180:XL,181-188:XXL', '是品牌官方授权旗舰店直供', null),
('demo', 'jeans',       '直筒弹力牛仔裤', '牛仔裤,裤子,长裤', 259.00, 58, '28,29,30,31,32,33,34', '98%棉 2%氨纶',
 '155-163:28,164-168:29,169-172:30,173-176:31,177-180:32,181-184:33,185-190:34', '是品牌官方授权旗舰店直供', null),
('demo', 'sneakers',    '透气网面跑步鞋', '跑鞋,运动鞋,鞋子,球鞋', 369.00, 12, '38,39,40,41,42,43,44', '网面鞋面，橡胶大底', '',
 '是品牌官方授权旗舰店直供，附鞋类质检报告', null),
('demo', 'silk-scarf',  '桑蚕丝印花丝巾', '丝巾,围巾,真丝', 199.00, 0, '均码', '100%桑蚕丝', '',
 '是品牌官方授权旗舰店直供，附真丝成分检测报告', '补货时间还在和工厂确认，建议先收藏'),
('demo', 'wool-scarf',  '羊毛格纹围巾', '围巾,羊毛,格纹', 159.00, 36, '均码', '100%羊毛', '',
 '是品牌官方授权旗舰店直供', null),
('demo', 'backpack',    '防泼水通勤双肩包', '双肩包,背包,书包', 299.00, 27, '均码（可放15.6寸电脑）', '防泼水尼龙面料', '',
 '是品牌官方授权旗舰店直供，支持专柜验货', null)
on conflict (shop_id, id) do nothing;
