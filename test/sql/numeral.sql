--
-- numeral: cn_numeral_to_numeric, try_cn_numeral_to_numeric, numeric_to_cn
--
SET search_path = parkdata, public;

-- the issue's examples, exact
SELECT s, cn_numeral_to_numeric(s) FROM (VALUES
  ('一万二'), ('16.7万'), ('2.4亿'), ('百分之五十'), ('壹佰贰拾叁'),
  ('0.1亿'), ('九千九百九十九万亿零一'),
  ('零'), ('〇'), ('两'), ('兩千六'), ('貳拾'), ('參萬肆仟伍佰陸拾柒'), ('廿'), ('廿二'), ('卅三'),
  ('三万五千亿'), ('二十万亿'), ('两千万亿'), ('十五'), ('千亿'), ('百万'),
  ('一千零五'), ('十万零五'), ('一万二'), ('三千五'), ('两百五'), ('一亿二'),
  ('二〇二一'), ('二○二一'), ('三点一四'), ('十六点七万'), ('16.7万'), ('2.4亿'), ('1.2万亿'), ('3000亿'),
  ('1,234.56'), ('12,345万'), ('１２.５万'), ('４，５６５'),
  ('负五'), ('負十點五'), ('-3'), ('−4'), ('－1２２％'),
  ('百分之五十'), ('50%'), ('千分之三'), ('3‰'), ('四分之三'), ('三分之一'), ('三又五分之一'),
  ('负一又二分之一'), ('3/4'), ('  十  '), (E'\t一百\n'), ('　七　'),
  ('壹万贰仟叁佰肆拾伍元陆角柒分'), ('壹佰元整'), ('人民币壹拾元零壹分'), ('¥零元零角壹分壹厘'),
  ('三成'), ('9.5成'), ('2e5'), ('-127.32e13'), ('.5'), ('01.10'),
  ('一亿亿'), ('一万亿亿'), ('一亿零一亿'), ('四万万'), ('10万万'),
  ('一百二十万三'), ('两千三点一'), ('一万零百一十一'), ('1万600'), ('200亿零四千230')
) AS t(s);

-- exact beyond bigint and float8
SELECT cn_numeral_to_numeric('九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九') AS v,
       cn_numeral_to_numeric('九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九') = 9999999999999999 AS exact;
SELECT cn_numeral_to_numeric('一亿亿亿亿亿') = 10::numeric ^ 40 AS ten_to_40;
SELECT cn_numeral_to_numeric('零点零零零零零零零零零零零零零零零零零零零零一') AS tiny;
SELECT cn_numeral_to_numeric('三分之一') * 3 AS almost_one, cn_numeral_to_numeric('八又七分之五') AS mixed;

-- budgets write each myriad's group digit by digit: four digits fill the place below the myriad
SELECT s, try_cn_numeral_to_numeric(s) FROM (VALUES ('四二七億〇八一五萬三千'), ('三兆一二〇〇億'), ('二十七萬三〇五八'), ('三億二三四五'), ('一億二三萬')) AS t(s);

-- malformed look-alikes are errors, not guesses
SELECT cn_numeral_to_numeric('十三五');
SELECT cn_numeral_to_numeric('点五');
SELECT cn_numeral_to_numeric('一点');
SELECT cn_numeral_to_numeric('百百');
SELECT cn_numeral_to_numeric('abc');
SELECT cn_numeral_to_numeric('');
SELECT cn_numeral_to_numeric('   ');
SELECT cn_numeral_to_numeric('十一十二');
SELECT cn_numeral_to_numeric('一百一二三');
SELECT cn_numeral_to_numeric('10.1万零100');
SELECT cn_numeral_to_numeric('10..1万');
SELECT cn_numeral_to_numeric('7 2');
SELECT cn_numeral_to_numeric('一万二万');
SELECT cn_numeral_to_numeric('一百二万');
SELECT cn_numeral_to_numeric('一千零');
SELECT cn_numeral_to_numeric('1,23');
SELECT cn_numeral_to_numeric('元整');
SELECT cn_numeral_to_numeric('约五万');
SELECT cn_numeral_to_numeric('五万余');
SELECT cn_numeral_to_numeric('第三') AS ordinal, cn_numeral_to_numeric('第２５０') AS ordinal2;
SELECT cn_numeral_to_numeric('第');
SELECT cn_numeral_to_numeric('百分之');
SELECT cn_numeral_to_numeric('零分之一');
SELECT cn_numeral_to_numeric('1e200000');
SELECT cn_numeral_to_numeric(repeat('亿', 100000));
SELECT cn_numeral_to_numeric(E'\\xff'::bytea::text);
SELECT cn_numeral_to_numeric('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十');
SELECT cn_numeral_to_numeric(NULL) IS NULL AS strict;

-- NULL instead of an error, for cleaning mixed columns
SELECT s, try_cn_numeral_to_numeric(s) FROM (VALUES ('一万二'), ('十三五'), (''), ('n/a'), ('零分之一'), ('1e999999'), ('1e131071/0.0001')) AS t(s);
SELECT cn_numeral_to_numeric('1e131071/0.0001');
SELECT cn_numeral_to_numeric('1e131060/0.0001') = 10::numeric ^ 131064 AS big_quotient;

-- the inverse
SELECT x, numeric_to_cn(x) AS plain, numeric_to_cn(x, 'financial') AS financial, numeric_to_cn(x, 'rmb') AS rmb
FROM (VALUES (0), (10), (15), (100), (110), (1005), (10010), (12345.67), (100000), (100000000),
             (1000000000000), (10000000000000000), (20000000.55), (-3.5), (0.05), (0.5), (1680.32),
             (16409.02), (6007.14), (107000.53)) AS t(x);
SELECT numeric_to_cn(1.234, 'rmb');
SELECT numeric_to_cn(1, 'roman');
SELECT numeric_to_cn('NaN');
SELECT numeric_to_cn(12345.678, 'FINANCIAL');

-- round trip over 20000 values of every magnitude, both styles
SELECT count(*) AS checked,
       count(*) FILTER (WHERE cn_numeral_to_numeric(numeric_to_cn(x)) <> x) AS plain_bad,
       count(*) FILTER (WHERE cn_numeral_to_numeric(numeric_to_cn(x, 'financial')) <> x) AS financial_bad,
       count(*) FILTER (WHERE cn_numeral_to_numeric(numeric_to_cn(round(x, 2), 'rmb')) <> round(x, 2)) AS rmb_bad
FROM (SELECT ((i * 7919) % 100003)::numeric * 10::numeric ^ (i % 23) / 10::numeric ^ (i % 5) AS x
      FROM generate_series(1, 20000) i) s;
SELECT count(*) FILTER (WHERE cn_numeral_to_numeric(numeric_to_cn(x)) <> x) AS big_bad
FROM (SELECT (i::numeric * 10::numeric ^ (8 * (i % 9))) + i AS x FROM generate_series(1, 2000) i) s;
SELECT cn_numeral_to_numeric(numeric_to_cn(10::numeric ^ 300 - 1)) = 10::numeric ^ 300 - 1 AS nines_300;
SELECT cn_numeral_to_numeric(numeric_to_cn(10::numeric ^ 5000 + 1)) = 10::numeric ^ 5000 + 1 AS sparse_5000;
-- numeric's own 131,072 digits in every style (the financial style has a group per non-zero digit)
SELECT style, cn_numeral_to_numeric(numeric_to_cn(x, style)) = x AS round_trip,
       length(numeric_to_cn(x, style)) AS characters
FROM (SELECT (repeat('1234567089', 13107) || '12.25')::numeric AS x) v,
     unnest(ARRAY['plain', 'financial', 'rmb']) AS style;
-- leading zeros do not count against numeric's digits, as in numeric_in (issue 13)
SELECT cn_numeral_to_numeric(repeat('0', 131072) || '1') AS zeros_then_one,
       (repeat('0', 131072) || '1')::numeric AS numeric_in_reads,
       cn_numeral_to_numeric(repeat('零', 349525)) AS mb_of_zeros,
       cn_numeral_to_numeric('零' || repeat('亿', 20000)) AS zero_times_huge;
-- fractional digits do count, zeros too, as numeric_in's scale does
SELECT cn_numeral_to_numeric('1.5' || repeat('0', 16382)) AS scale_16383;
SELECT cn_numeral_to_numeric('1.5' || repeat('0', 16383));
SELECT cn_numeral_to_numeric('1' || repeat('0', 131072));
-- more digit groups than numeric has digits: a clean error
SELECT cn_numeral_to_numeric(repeat('十百', 131073));

-- the fast paths give the very numeric numeric_in gives (digits, weight, scale)
SELECT count(*) AS checked,
       count(*) FILTER (WHERE numeric_send(cn_numeral_to_numeric(x::text)) <> numeric_send(trim_scale(x))) AS arabic_bad,
       count(*) FILTER (WHERE numeric_send(cn_numeral_to_numeric(numeric_to_cn(x))) <> numeric_send(trim_scale(x))) AS chinese_bad,
       count(*) FILTER (WHERE numeric_send(cn_numeral_to_numeric(numeric_to_cn(x, 'financial'))) <> numeric_send(trim_scale(x))) AS financial_bad
FROM (SELECT round(((i * 7919) % 100003)::numeric * 10::numeric ^ (i % 13) / 10::numeric ^ (i % 7), i % 7)
             * (1 - 2 * (i % 2)) AS x
      FROM generate_series(1, 20000) i) s;

-- a dot after Chinese digits is a decimal point, read as 点 is; extract_metrics agrees
SELECT s, cn_numeral_to_numeric(s) FROM (VALUES
  ('九.四'), ('九点四'), ('二．二六兆'), ('一二三．七三'), ('两千三.一'), ('十六.七万')
) AS t(s);
SELECT value, unit, raw FROM extract_metrics('全年地区生产总值增长九.四%，进出口总额达二．二六兆元。');
SELECT cn_numeral_to_numeric('九..四');
SELECT cn_numeral_to_numeric('九.');
SELECT cn_numeral_to_numeric('一千零.五');
