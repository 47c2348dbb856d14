-- Name search (R-CUS-2) of two-character terms. Chinese names are searched by two characters more
-- often than by more (青山, 王伟), and pg_trgm finds no trigram in a two-character term, so such a
-- search read every row (0.5 s at a million customers when few or none matched). The bigrams of
-- the lower-case name, in a GIN index, answer it; longer terms keep the trigram index. The search
-- still rechecks with ILIKE, so the index only narrows.
CREATE FUNCTION customers_name_bigrams(name text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT coalesce(array_agg(DISTINCT substr(t, i, 2)), '{}')
  FROM (SELECT lower(name) AS t) s, generate_series(1, length(t) - 1) AS i
$$;

CREATE INDEX customers_name_bigrams_idx ON customers USING gin (customers_name_bigrams(name));
