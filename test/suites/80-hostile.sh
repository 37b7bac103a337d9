#!/usr/bin/env bash
# 80-hostile: hostile SQL input.  Every call returns a result or a clean,
# documented ERROR (checked SQLSTATE), nothing hangs (statement_timeout), and
# the server never restarts (pg_postmaster_start_time before and after).
# PD_HOSTILE_MB (default 8) sizes the big documents; the 100 MB string goes
# through the numeral functions once (they reject it in about a second).
cd "$PD_ROOT" || exit 1
. test/hostile/lib.sh
MB=${PD_HOSTILE_MB:-8}
fresh_db pd_hostile || { bad "create database"; echo "$pass passed, $fail failed"; exit 0; }
q "CREATE TABLE big AS SELECT repeat(string_agg(body, E'\n'), ($MB * 1048576 / sum(octet_length(body) + 1))::int) AS b
   FROM parkdata.document WHERE builtin" >/dev/null

# --- numerals
expect "100 MB of digits: out of range"        22003 "SELECT parkdata.cn_numeral_to_numeric(repeat('9', 104857600))"
expect "100 MB of digits: try_ gives NULL"     ok    "SELECT chk(parkdata.try_cn_numeral_to_numeric(repeat('9', 104857600)) IS NULL)"
expect "10^5 万: out of range"                 22003 "SELECT parkdata.cn_numeral_to_numeric('一' || repeat('万', 100000))"
expect "10^5 亿: out of range"                 22003 "SELECT parkdata.cn_numeral_to_numeric('一' || repeat('亿', 100000))"
expect "10^5 亿 alone"                         22003 "SELECT parkdata.cn_numeral_to_numeric(repeat('亿', 100000))"
expect "10^5 万亿 pairs: try_ gives NULL"      ok    "SELECT chk(parkdata.try_cn_numeral_to_numeric('三' || repeat('万亿', 50000)) IS NULL)"
expect "10^5 combining marks after a digit"    22P02 "SELECT parkdata.cn_numeral_to_numeric('一' || repeat(U&'\0301', 100000))"
expect "10^5 zero-width spaces"                22P02 "SELECT parkdata.cn_numeral_to_numeric('一' || repeat(U&'\200B', 100000) || '万')"
expect "astral plane and emoji"                22P02 "SELECT parkdata.cn_numeral_to_numeric(U&'\+01F600一万\+020000')"
expect "empty string"                          22P02 "SELECT parkdata.cn_numeral_to_numeric('')"
expect "empty string: try_ gives NULL"         ok    "SELECT chk(parkdata.try_cn_numeral_to_numeric('') IS NULL)"
expect "only spaces"                           22P02 "SELECT parkdata.cn_numeral_to_numeric('   ')"
expect "numeric_to_cn of NaN"                  22023 "SELECT parkdata.numeric_to_cn('NaN')"
expect "numeric_to_cn of infinity"             22023 "SELECT parkdata.numeric_to_cn('Infinity')"
expect "numeric_to_cn of 10^131000"            ok    "SELECT chk(length(parkdata.numeric_to_cn('1e131000'::numeric)) > 0)"
expect "numeric_to_cn with an unknown style"   22023 "SELECT parkdata.numeric_to_cn(1, 'bogus')"
# every character prefix of valid numerals: a value or 22P02/22003, and
# try_ is NULL exactly when the strict function fails
expect "prefixes of valid numerals: strict and try_ agree" ok "DO \$\$
DECLARE s text; p text; v numeric; t numeric; err text; n int := 0;
BEGIN
  FOREACH s IN ARRAY ARRAY['一千二百三十四万五千六百七十八亿九千','负十二点五万','三千零五十万','十一万亿','12.5万亿','１２３４５６','一百二十三点四五','两亿零三百万','廿三','-1.5e3万','百分之十二点五','一万二千三百四十五点六七八亿','壹仟贰佰叁拾肆万伍仟陆佰柒拾捌','约1.2万','1,234,567.89亿']
  LOOP
    FOR i IN 0 .. char_length(s) LOOP
      p := left(s, i); n := n + 1;
      t := parkdata.try_cn_numeral_to_numeric(p);
      BEGIN
        v := parkdata.cn_numeral_to_numeric(p); err := NULL;
      EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN v := NULL; err := SQLSTATE;
      END;
      IF (err IS NULL) <> (t IS NOT NULL) OR v IS DISTINCT FROM t THEN
        RAISE EXCEPTION 'prefix % of %: strict % (%), try_ %', p, s, v, err, t;
      END IF;
    END LOOP;
  END LOOP;
  RAISE NOTICE '% prefixes', n;
END \$\$"

# --- extract_metrics
expect "extract_metrics: 10^5 万"              ok "SELECT count(*) FROM parkdata.extract_metrics(repeat('万', 100000))"
expect "extract_metrics: 10^5 亿 after a digit" ok "SELECT count(*) FROM parkdata.extract_metrics('产值1' || repeat('亿', 100000) || '元')"
expect "extract_metrics: combining marks"      ok "SELECT count(*) FROM parkdata.extract_metrics('增长' || repeat('1' || U&'\0301', 50000) || '%')"
expect "extract_metrics: zero-width run"       ok "SELECT count(*) FROM parkdata.extract_metrics(repeat(U&'\200B\200D\FEFF', 100000))"
expect "extract_metrics: emoji and astral"     ok "SELECT count(*) FROM parkdata.extract_metrics(repeat(U&'\+01F600\+020000产值12亿元', 20000))"
expect "extract_metrics: empty"                ok "SELECT chk(count(*) = 0) FROM parkdata.extract_metrics('')"
expect "extract_metrics: 3 M characters, no sentence end" ok "SELECT count(*) FROM parkdata.extract_metrics(repeat('中', 3000000))"
expect "extract_metrics: 3 M characters with numbers, no sentence end" ok "SELECT count(*) FROM parkdata.extract_metrics(repeat('产值12亿元增长8%', 300000))"
expect "extract_metrics: 3 M characters of estimates, no clause end" ok "SELECT count(*) FROM parkdata.extract_metrics(repeat('预计全年营业收入12亿元', 250000))"
expect "extract_metrics: 3 M characters of moves, no clause end" ok "SELECT count(*) FROM parkdata.extract_metrics(repeat('由12%增为13%', 300000))"
expect "extract_metrics: $MB MB of news"       ok "SELECT count(*) FROM big, parkdata.extract_metrics(b)"

# --- full-text search
expect "to_tsvector: 1 MB single Latin word"   ok "SELECT to_tsvector('parkdata.chinese', repeat('a', 1048576))"
expect "to_tsvector: 1 MB single digit run"    ok "SELECT to_tsvector('parkdata.chinese', repeat('1', 1048576))"
expect "to_tsvector: 1 M Han without break"    ok "SELECT length(to_tsvector('parkdata.chinese', repeat('中', 1048576))::text)"
expect "to_tsvector: combining marks"          ok "SELECT to_tsvector('parkdata.chinese', 'a' || repeat(U&'\0301', 100000) || ' 高新区')"
expect "to_tsvector: zero-width run"           ok "SELECT to_tsvector('parkdata.chinese', repeat(U&'高\200B新\200D区\FEFF', 50000))"
expect "to_tsvector: emoji and astral"         ok "SELECT length(to_tsvector('parkdata.chinese', repeat(U&'\+01F600高新区\+020000', 50000))::text)"
expect "to_tsvector: 10^5 万"                  ok "SELECT to_tsvector('parkdata.chinese', repeat('万', 100000))"
expect "to_tsvector: empty"                    ok "SELECT chk(to_tsvector('parkdata.chinese', '') = ''::tsvector)"
expect "to_tsvector: $MB MB of news"           ok "SELECT length(to_tsvector('parkdata.chinese', b)::text) FROM big"
expect "to_tsvector: too many distinct words"  54000 "SELECT length(to_tsvector('parkdata.chinese', string_agg(md5(i::text), ' '))::text) FROM generate_series(1, 400000) i"
expect "ts_headline: $MB MB of news"           ok "SELECT length(ts_headline('parkdata.chinese', b, websearch_to_tsquery('parkdata.chinese', '高新区 人才'))) FROM big"
expect "ts_headline: emoji"                    ok "SELECT ts_headline('parkdata.chinese', repeat(U&'\+01F600高新区人才', 10000), to_tsquery('parkdata.chinese', '人才'))"
expect "search: empty query"                   ok "SELECT count(*) FROM parkdata.search('')"
expect "search: punctuation only"              ok "SELECT count(*) FROM parkdata.search('\"-!&|()<>')"
expect "search: negative max_rows"             22023 "SELECT count(*) FROM parkdata.search('人才', -1)"
expect "search: 1 MB query (over 16384 characters)" 54000 "SELECT count(*) FROM parkdata.search(repeat('高新区人才', 70000))"
expect "search: 20 000 words (XX000 in ts_rank_cd before the caps)" 54000 "SELECT count(*) FROM parkdata.search((SELECT string_agg('w' || i, ' ') FROM generate_series(1, 20000) i))"
expect "search: 513 words, just over the 1024-node cap" 54000 "SELECT count(*) FROM parkdata.search((SELECT string_agg('w' || i, ' ') FROM generate_series(1, 513) i))"
expect "search: 512 words, at the cap, runs" ok "SELECT count(*) FROM parkdata.search((SELECT string_agg('w' || i, ' ') FROM generate_series(1, 512) i))"
expect "search: 10^5 ORs (over 16384 characters; was a stack overflow)" 54000 "SELECT count(*) FROM parkdata.search(repeat('高新区 OR ', 100000))"

expect "ts_parse: emoji with combining marks" ok "SELECT count(*) FROM ts_parse('parkdata.icu_zh', repeat(U&'\+01F600\0301', 100000))"
expect "ts_parse (ICU dictionary parser): 1.5 MB"  ok "SELECT count(*) FROM ts_parse('parkdata.icu_zh_icudict', repeat('中国高新区', 100000))"
expect "ts_parse (split parser): 2.2 MB of numbers"  ok "SELECT count(*) FROM ts_parse('parkdata.icu_zh_split', repeat('2009年16.7万元46.3%', 100000))"
expect "ts_lexize: 5000-character word"        ok "SELECT ts_lexize('parkdata.zh_compound', repeat('中', 5000))"
expect "ts_lexize: empty and emoji"            ok "SELECT ts_lexize('parkdata.zh_compound', ''), ts_lexize('parkdata.zh_compound', U&'\+01F600')"
expect "dictionary: unknown option"            22023 "CREATE TEXT SEARCH DICTIONARY d1 (TEMPLATE = parkdata.zh_compound_template, foo = 'bar')"
expect "dictionary: Compounds not a Boolean"   42601 "CREATE TEXT SEARCH DICTIONARY d2 (TEMPLATE = parkdata.zh_compound_template, Compounds = 'maybe')"
expect "dictionary: missing stop-word file"    F0000 "CREATE TEXT SEARCH DICTIONARY d3 (TEMPLATE = parkdata.zh_compound_template, StopWords = 'no_such_file')"
expect "dictionary: stop-word path traversal"  22023 "CREATE TEXT SEARCH DICTIONARY d4 (TEMPLATE = parkdata.zh_compound_template, StopWords = '../../../../etc/passwd')"

# --- document_id (C since 1.1): the same ids as 1.0's SQL definition, also
# for bodies longer than its 1 MB hashing step
expect "document_id: same as ('x' || left(md5(body), 16))::bit(64)::bigint & (2^63 - 1), 0 B to 3 MB" ok \
	"SELECT chk(bool_and(parkdata.document_id(s) = (('x' || left(md5(s), 16))::bit(64)::bigint & 9223372036854775807)))
	 FROM (SELECT repeat(md5(i::text) || '园区', i) AS s FROM generate_series(0, 3000, 7) i
	       UNION ALL SELECT repeat('溧阳高新区', 250000) UNION ALL SELECT repeat('x', 1048576)) t"
# --- ingest and lexicon
expect "ingest: null body"                     22004 "SELECT parkdata.ingest('t', NULL)"
expect "ingest: empty body"                    22023 "SELECT parkdata.ingest('t', '')"
expect "ingest: blank body"                    22023 "SELECT parkdata.ingest('t', E' \\n　')"
expect "ingest: emoji and zero-width"          ok "SELECT parkdata.ingest(U&'\+01F600', repeat(U&'\200B溧阳高新区产值12亿元。\+01F600', 1000))"
expect "ingest: 10^5 万"                       ok "SELECT parkdata.ingest('w', repeat('万', 100000))"
expect "ingest: $MB MB of news"                ok "SELECT parkdata.ingest('big', b || 'x') FROM big"
expect "ingest: the same body twice gives one row" ok "SELECT chk(parkdata.ingest('a', '同一正文') = parkdata.ingest('b', '同一正文')); SELECT chk(count(*) = 1) FROM parkdata.document WHERE body = '同一正文'"
expect "lexicon: 65-character word"            23514 "INSERT INTO parkdata.lexicon (word) VALUES (repeat('中', 65))"
expect "lexicon: one-character word"           23514 "INSERT INTO parkdata.lexicon (word) VALUES ('中')"
expect "lexicon: emoji word"                   ok "INSERT INTO parkdata.lexicon (word) VALUES (U&'\+01F600\+01F601')"
expect "lexicon: tokenizing after the emoji word" ok "SELECT to_tsvector('parkdata.chinese', U&'前\+01F600\+01F601后')"
# --- random calls of every function with the README's oracles
# (test/hostile/random_calls.sql; `make test-asan-server` runs many more), in
# a database of their own (search() over the big documents above is slow)
drop_db pd_hostile
fresh_db pd_hostile_random || bad "create database"
out=$(psql -X -q -At -d "$DB" -v calls="${PD_RANDOM_CALLS:-1500}" -v seed=0.25 -f test/hostile/random_calls.sql 2>&1)
if [ $? -eq 0 ] && grep -q '^random calls' <<<"$out"; then ok "$(grep '^random calls' <<<"$out"), 0 violations"
else bad "random calls: $(tail -c 400 <<<"$out")"; fi
server_same
drop_db pd_hostile_random
rm -rf "$TMPDIR_PD"
echo "$pass passed, $fail failed"
