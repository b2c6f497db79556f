-- Which stage spoke a reply, or took a customer's message: a shop's reviewers and the scenario suite read who
-- answered each turn from it. Older rows stay null (expand-only).
alter table transcript_item add column stage varchar(20);
