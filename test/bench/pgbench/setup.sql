-- set-up for the 83-concurrency pgbench run (a fresh database with parkdata)
CREATE TABLE bench_para AS
    SELECT row_number() OVER () AS k, l AS body
    FROM parkdata.document d, regexp_split_to_table(d.body, E'\n+') l
    WHERE d.builtin AND octet_length(l) > 30;
CREATE TABLE bench_ingest_log (doc_id bigint NOT NULL);
CREATE TABLE bench_lexicon_log (word text NOT NULL);
-- 20 made-up four-character words: in the lexicon they are lexemes of the
-- probe sentence, out of it they are not; a session sees all 20 or none
CREATE TABLE bench_probe (word text PRIMARY KEY);
INSERT INTO bench_probe
SELECT substr('甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥', i, 2) ||
       substr('山川湖海风云雷电春夏秋冬东南西北红黄蓝绿青紫', i, 2)
FROM generate_series(1, 20) i;
CREATE FUNCTION bench_probe_ok() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
    SELECT count(*) INTO n
    FROM unnest(to_tsvector('parkdata.chinese',
                            (SELECT string_agg(word, '，' ORDER BY word) FROM bench_probe))) u
    JOIN bench_probe p ON p.word = u.lexeme;
    IF n NOT IN (0, 20) THEN
        RAISE EXCEPTION 'half-reloaded lexicon: % of the 20 probe words are whole', n;
    END IF;
    RETURN n;
END $$;
CREATE FUNCTION bench_flip_probe() RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM parkdata.lexicon l JOIN bench_probe p USING (word)) THEN
        DELETE FROM parkdata.lexicon l USING bench_probe p WHERE l.word = p.word;
        RETURN 0;
    END IF;
    INSERT INTO parkdata.lexicon (word, source) SELECT word, 'probe' FROM bench_probe;
    RETURN 20;
END $$;
