-- Facts by entity in date order without sorting every fact of a much-written-about entity: each
-- argument repeats its fact's type and date ('' when unknown, so that both databases order alike),
-- and an index serves "the facts of entity E [of type T] from date D" as one range scan.
ALTER TABLE fact_arguments ADD COLUMN fact_type TEXT;
ALTER TABLE fact_arguments ADD COLUMN fact_date TEXT;
UPDATE fact_arguments SET
    fact_type = (SELECT f.type FROM facts f WHERE f.id = fact_arguments.fact_id),
    fact_date = (SELECT COALESCE(f.fact_date, '') FROM facts f WHERE f.id = fact_arguments.fact_id);
CREATE INDEX fact_arguments_kb_type_date ON fact_arguments(kb_entity_id, fact_type, fact_date, fact_id);
CREATE INDEX fact_arguments_kb_date ON fact_arguments(kb_entity_id, fact_date, fact_id);
