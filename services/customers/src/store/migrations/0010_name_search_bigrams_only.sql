-- Name search (R-CUS-2) by the bigram index alone, and a cheaper bigram function (issue 4's import speed).
--
-- 0009's SQL function (generate_series + array_agg DISTINCT) ran through the SQL-function executor
-- for every row written: 14 µs of the ~60 µs a new customer costs PostgreSQL, measured with the
-- import's batches. A PL/pgSQL loop gives the same elements in a fifth of the time; duplicates are
-- left in, since GIN stores each key of a value once and @> ignores them.
CREATE OR REPLACE FUNCTION customers_name_bigrams(name text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
  t text := lower(name);
  grams text[] := '{}';
BEGIN
  FOR i IN 1 .. length(t) - 1 LOOP
    grams := grams || substr(t, i, 2);
  END LOOP;
  RETURN grams;
END
$$;
REINDEX INDEX customers_name_bigrams_idx;

-- Terms of three characters and more are narrowed by their bigrams too (every bigram of the term is
-- one of the name's, then ILIKE checks the order), so the trigram index of the name no longer earns
-- the ~4 µs each written row paid for it.
DROP INDEX customers_name_trgm_idx;
