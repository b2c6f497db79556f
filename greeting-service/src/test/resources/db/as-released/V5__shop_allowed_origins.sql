-- The web origins whose pages may call a shop's chat API from a browser (CORS): the widget on the shop's own
-- pages. Comma-separated origins ("https://shop.example.com"), exactly as a browser sends them in Origin.
alter table shop add column allowed_origins varchar(2000) not null default '';

-- The demo shop is shown by the local run's own demo page.
update shop set allowed_origins = 'http://localhost:8080,http://127.0.0.1:8080' where id = 'demo';
