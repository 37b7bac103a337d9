-- test/sqlsmith/setup.sql - steer sqlsmith toward parkdata (test/sqlsmith/run.sh)
--
-- sqlsmith picks functions from what "SELECT ... FROM pg_proc" returns, with
-- the name unqualified: with search_path = smith, pg_catalog the view
-- smith.pg_proc below is what it reads.  It keeps parkdata's functions, the
-- wrappers below and a few built-ins that make or consume text, numbers
-- and text-search values, instead of all ~3,000 built-ins (which
-- would leave parkdata's functions in one query of a thousand).
-- sqlsmith calls no set-returning function: the wrappers turn each of
-- parkdata's into a scalar one over a random argument.
CREATE SCHEMA smith;
CREATE FUNCTION smith.metrics(doc text) RETURNS text LANGUAGE sql STABLE
    AS $$SELECT string_agg(m::text, E'\n' ORDER BY m.metric_no) FROM parkdata.extract_metrics(doc) m$$;
CREATE FUNCTION smith.metric_values(doc text) RETURNS numeric LANGUAGE sql STABLE
    AS $$SELECT sum(m.value) FROM parkdata.extract_metrics(doc) m$$;
CREATE FUNCTION smith.search(q text, n integer) RETURNS text LANGUAGE sql STABLE
    AS $$SELECT string_agg(s::text, E'\n') FROM parkdata.search(q, n) s$$;
CREATE FUNCTION smith.tokens(t text) RETURNS text LANGUAGE sql STABLE
    AS $$SELECT string_agg(p.tokid || ':' || p.token, '|') FROM ts_parse('parkdata.icu_zh', t) p$$;
CREATE FUNCTION smith.tokens_icudict(t text) RETURNS text LANGUAGE sql STABLE
    AS $$SELECT string_agg(p.tokid || ':' || p.token, '|') FROM ts_parse('parkdata.icu_zh_icudict', t) p$$;
CREATE FUNCTION smith.lexize(t text) RETURNS text[] LANGUAGE sql STABLE
    AS $$SELECT ts_lexize('parkdata.zh_compound', t)$$;
CREATE FUNCTION smith.tsv(t text) RETURNS tsvector LANGUAGE sql STABLE
    AS $$SELECT to_tsvector('parkdata.chinese', t)$$;
CREATE FUNCTION smith.tsq(t text) RETURNS tsquery LANGUAGE sql STABLE
    AS $$SELECT websearch_to_tsquery('parkdata.chinese', t)$$;
CREATE FUNCTION smith.headline(t text, q text) RETURNS text LANGUAGE sql STABLE
    AS $$SELECT ts_headline('parkdata.chinese', t, websearch_to_tsquery('parkdata.chinese', q))$$;
CREATE VIEW smith.pg_proc AS
    SELECT * FROM pg_catalog.pg_proc
    WHERE (pronamespace IN ('parkdata'::regnamespace, 'smith'::regnamespace) AND pronargs > 0)
       OR (pronamespace = 'pg_catalog'::regnamespace AND proname IN (
           'repeat', 'concat', 'substr', 'left', 'chr', 'md5', 'reverse', 'numeric', 'text',
           'ts_rank_cd', 'numnode', 'setweight', 'string_agg', 'count', 'max'));
GRANT USAGE ON SCHEMA smith TO PUBLIC;
