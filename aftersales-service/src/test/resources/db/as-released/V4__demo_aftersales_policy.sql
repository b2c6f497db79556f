-- The demo shop's after-sales policy: 7-day no-reason returns, the shop pays the return shipping when the fault is
-- its own (quality, damage, wrong or missing item), coupons of 10/30 yuan (at most 50), a gift for serious cases,
-- 15 days of price protection, orders from 1000 yuan count as high value, and a working day of 09:00-22:00 Beijing time.
insert into aftersales_policy (shop_id, terms, updated_at) values ('demo',
 '{"shopId":"demo","noReasonReturnDays":7,"itemCondition":"商品未经穿着洗涤、吊牌和包装完好，不影响二次销售","shopPaysReturnShippingFor":["quality","damaged","wrong_item","missing_item"],"freightInsurance":false,"couponAmount":10,"seriousCouponAmount":30,"maxCouponAmount":50,"gift":"羊毛围巾小样","priceProtectionDays":15,"maxPartialRefund":100,"highValueThreshold":1000,"timeZone":"Asia/Shanghai","dayStart":"09:00","dayEnd":"22:00","followUpMinutes":120,"refundHours":48}',
 now());
