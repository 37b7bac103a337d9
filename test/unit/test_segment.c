/*-------------------------------------------------------------------------
 *
 * test_segment.c
 *	  Unit tests of the segmentation core (src/core/pd_segment.c): folding,
 *	  the lexicon, number grouping, token invariants on valid and invalid
 *	  UTF-8, chunking of large inputs, the token length limit, sub-words.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  test/unit/test_segment.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pd_alloc_std.h"
#include "pd_chars.h"
#include "pd_fold.h"
#include "pd_segment.h"
#include "pd_test.h"
#include "pd_words.h"

static const PdAllocator A = PD_STD_ALLOCATOR;
static UBreakIterator *bi;

/*
 * segment - tokens of s joined with '|' (blank tokens left out unless
 * with_blank) into out; checks the invariants on the way.  Returns 1 if
 * they hold.
 */
static int
segment(PdSegmenter *seg, const char *s, size_t len, char *out, size_t outlen,
		int with_blank, int *types, int maxtypes)
{
	PdToken		t;
	size_t		pos = 0,
				o = 0;
	int			rc,
				n = 0,
				ok = 1;

	if (pd_seg_reset(seg, s, len) != PD_SEG_OK)
		return 0;
	if (out && outlen)
		out[0] = '\0';
	while ((rc = pd_seg_next(seg, &t, NULL)) > 0)
	{
		if ((size_t) t.start != pos || t.len <= 0 || t.len > PD_SEG_MAX_TOKEN)
			ok = 0;
		pos = t.start + t.len;
		if (types && n < maxtypes)
			types[n] = t.type;
		n++;
		if (out && (with_blank || t.type != PD_TOK_BLANK) && o + t.len + 2 < outlen)
		{
			if (o > 0)
				out[o++] = '|';
			memcpy(out + o, s + t.start, t.len);
			o += t.len;
			out[o] = '\0';
		}
	}
	if (rc < 0 || pos != len)
		ok = 0;
	return ok;
}

/*
 * fold_cp_agrees - does pd_fold_utf8_cp give the text pd_fold_utf8 gives,
 * and at each character's start of its output (decoded again) the map's
 * entry and that character's code point?
 */
static int
fold_cp_agrees(const char *s, size_t len)
{
	char		a[256],
				b[256];
	int32_t		ma[257],
				mb[257];
	uint32_t	cp[256];
	size_t		na,
				nb,
				i,
				cl;
	uint32_t	c;

	if (len > 256)
		return 0;
	na = pd_fold_utf8(s, len, a, ma);
	nb = pd_fold_utf8_cp(s, len, b, mb, cp);
	if (na != nb || memcmp(a, b, na) != 0 || ma[na] != mb[nb])
		return 0;
	for (i = 0; i < nb; i += cl)
	{
		cl = pd_utf8_next((const unsigned char *) b + i, nb - i, &c);
		if (cp[i] != c || ma[i] != mb[i])
			return 0;
	}
	return 1;
}

static void
test_fold(void)
{
	char		out[64];
	int32_t		map[65];
	const char *trad = "國家高新區";
	const char *full = "ＡＢＣ１２３　x";
	size_t		n;

	n = pd_fold_utf8(trad, strlen(trad), out, map);
	PD_CHECK(n == strlen("国家高新区") && memcmp(out, "国家高新区", n) == 0, "fold Traditional");
	PD_CHECK(map[0] == 0 && map[3] == 3 && map[n] == (int32_t) strlen(trad), "fold map");
	n = pd_fold_utf8(full, strlen(full), out, map);
	PD_CHECK(n == 8 && memcmp(out, "ABC123 x", 8) == 0, "fold full-width: %.*s", (int) n, out);
	PD_CHECK(map[1] == 3 && map[6] == 18 && map[7] == 21 && map[8] == 22, "fold map of shrunk text");
	PD_CHECK(pd_fold_char(0x570B) == 0x56FD, "國 -> 国");
	PD_CHECK(pd_fold_char(0x4E2D) == 0x4E2D, "中 unchanged");
	PD_CHECK(pd_fold_char('a') == 'a', "ASCII unchanged");
	/* invalid UTF-8 is copied byte for byte */
	n = pd_fold_utf8("\xff\xe4\xb8" "a\xc0\x80", 6, out, map);
	PD_CHECK(n == 6 && memcmp(out, "\xff\xe4\xb8" "a\xc0\x80", 6) == 0, "invalid bytes kept");
	PD_CHECK(pd_fold_utf8("", 0, out, map) == 0 && map[0] == 0, "empty");
	/* the code points of the folded text, as the word path reads its Han runs */
	PD_CHECK(fold_cp_agrees(trad, strlen(trad)) && fold_cp_agrees(full, strlen(full)),
			 "fold code points: Traditional, full-width");
	PD_CHECK(fold_cp_agrees("\xff\xe4\xb8" "a\xc0\x80\xed\xa0\x80\xe4", 10),
			 "fold code points: invalid bytes");
	PD_CHECK(fold_cp_agrees("\xf0\xa0\x80\x80\xe2\x97\x8b\xe4\xb7\x80\xe3\x80\x87\xc3\xa9\xef\xbc\x85", 18),
			 "fold code points: U+20000, ○, a hexagram, 〇, é, ％");
	PD_CHECK(fold_cp_agrees("", 0), "fold code points: empty");
	{
		/* random mixes of those pieces and of single bytes */
		static const char *const pieces[] = {"國", "区", "Ａ", "　", "x", "\xf0\xa0\x80\x80", "○",
		"\xe4\xb7\x80", "\xff", "\xe4\xb8", "\x80", "\xed\xa0\x80", "é", "５"};
		char		buf[256];
		unsigned	seed = 12345;
		int			r,
					bad = 0;

		for (r = 0; r < 300; r++)
		{
			size_t		len = 0;

			while (len < 200)
			{
				const char *p;

				seed = seed * 1103515245u + 12345u;
				p = pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
				memcpy(buf + len, p, strlen(p));
				len += strlen(p);
			}
			bad += !fold_cp_agrees(buf, len);
		}
		PD_CHECK(bad == 0, "fold code points: %d of 300 random mixes disagree", bad);
	}
}

static void
test_lexicon(void)
{
	PdLexicon  *lex = pd_lexicon_create(&A);
	size_t		m[8];
	int			i,
				k;
	char		w[64];

	PD_CHECK(lex != NULL, "lexicon created");
	PD_CHECK(pd_lexicon_add(lex, "高新区", strlen("高新区")) == 1, "add");
	PD_CHECK(pd_lexicon_add(lex, "高新区", strlen("高新区")) == 0, "duplicate ignored");
	PD_CHECK(pd_lexicon_add(lex, "高", strlen("高")) == 0, "single character ignored");
	PD_CHECK(pd_lexicon_add(lex, "", 0) == 0, "empty ignored");
	PD_CHECK(pd_lexicon_add(lex, "高新", strlen("高新")) == 1, "a prefix of a word becomes a word");
	PD_CHECK(pd_lexicon_add(lex, "華羅庚高新區", strlen("華羅庚高新區")) == 1, "Traditional word");
	PD_CHECK(pd_lexicon_count(lex) == 3, "count %zu", pd_lexicon_count(lex));
	PD_CHECK(pd_lexicon_contains(lex, "华罗庚高新区", strlen("华罗庚高新区")), "stored folded");
	PD_CHECK(!pd_lexicon_contains(lex, "华罗庚", strlen("华罗庚")), "a prefix is not a word");
	k = pd_lexicon_matches(lex, "高新区管委会", strlen("高新区管委会"), m, 8);
	PD_CHECK(k == 2 && m[0] == 6 && m[1] == 9, "matches shortest first");
	PD_CHECK(pd_lexicon_longest(lex, "高新区管委会", strlen("高新区管委会")) == 9, "longest");
	PD_CHECK(pd_lexicon_longest(lex, "管委会", strlen("管委会")) == 0, "no match");
	PD_CHECK(pd_lexicon_longest(lex, "高新", 3) == 0, "truncated input");
	{
		char		longw[PD_LEXICON_MAX_CHARS * 3 + 3];

		for (i = 0; i < PD_LEXICON_MAX_CHARS + 1; i++)
			memcpy(longw + 3 * i, "高", 3);
		PD_CHECK(pd_lexicon_add(lex, longw, 3 * (PD_LEXICON_MAX_CHARS + 1)) == 0, "too long ignored");
		PD_CHECK(pd_lexicon_add(lex, longw, 3 * PD_LEXICON_MAX_CHARS) == 1, "longest allowed");
	}
	/* growth */
	for (i = 0; i < 100000; i++)
	{
		snprintf(w, sizeof(w), "词%d园区", i);
		if (pd_lexicon_add(lex, w, strlen(w)) != 1)
			break;
	}
	PD_CHECK(i == 100000, "100000 words added (%d)", i);
	PD_CHECK(pd_lexicon_contains(lex, "词99999园区", strlen("词99999园区")) &&
			 pd_lexicon_contains(lex, "词0园区", strlen("词0园区")) &&
			 !pd_lexicon_contains(lex, "词100000园区", strlen("词100000园区")), "lookups after growth");
	PD_CHECK(pd_lexicon_contains(lex, "高新区", strlen("高新区")), "early words survive growth");
	pd_lexicon_destroy(lex);
}

static void
test_segments(void)
{
	PdLexicon  *lex = pd_lexicon_create(&A);
	PdSegmenter *raw = pd_seg_create(&A, bi, NULL);
	PdSegmenter *seg;
	char		out[1024];
	int			types[64];
	const char *s;

	pd_lexicon_add(lex, "高新区", strlen("高新区"));
	pd_lexicon_add(lex, "华罗庚高新区", strlen("华罗庚高新区"));
	pd_lexicon_add(lex, "信维通信", strlen("信维通信"));
	pd_lexicon_add(lex, "新高地", strlen("新高地"));
	pd_lexicon_add(lex, "AI", 2);
	seg = pd_seg_create(&A, bi, lex);

	s = "华罗庚高新区集聚了信维通信";
	PD_CHECK(segment(raw, s, strlen(s), out, sizeof out, 0, NULL, 0), "raw invariants");
	PD_CHECK(strstr(out, "华|罗|庚") != NULL, "raw ICU cuts the name: %s", out);
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, NULL, 0), "lexicon invariants");
	PD_CHECK(strcmp(out, "华罗庚高新区|集聚|了|信维通信") == 0, "lexicon words whole: %s", out);

	s = "全新高地";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, NULL, 0) &&
			 strcmp(out, "全|新高地") == 0, "lexicon word inside an ICU word: %s", out);
	s = "國家高新區";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, NULL, 0) &&
			 strcmp(out, "國家|高新區") == 0, "Traditional text matches the lexicon: %s", out);
	s = "AI芯片 MAIL";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, NULL, 0) &&
			 strncmp(out, "AI|", 3) == 0 && strstr(out, "MAIL") != NULL, "ASCII lexicon word: %s", out);

	s = "16.7万元,46.3%,2.4亿元,二〇〇一年,3月份";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, types, 64), "numbers invariants");
	PD_CHECK(strcmp(out, "16.7万|元|46.3%|2.4亿|元|二〇〇一年|3月份") == 0, "numbers: %s", out);
	PD_CHECK(types[0] == PD_TOK_CJKNUM && types[3] == PD_TOK_CJKNUM && types[5] == PD_TOK_CJKNUM,
			 "cjknum type");
	s = "千万不要 万一";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, NULL, 0) &&
			 strstr(out, "千万") && strstr(out, "万一"), "scale words alone are not numbers: %s", out);

	/* types */
	PD_CHECK(pd_seg_classify("ICU", 3) == PD_TOK_ASCIIWORD, "asciiword");
	PD_CHECK(pd_seg_classify("5G", 2) == PD_TOK_NUMWORD, "numword");
	PD_CHECK(pd_seg_classify("2024", 4) == PD_TOK_UINT, "uint");
	PD_CHECK(pd_seg_classify("3.14", 4) == PD_TOK_FLOAT, "float");
	PD_CHECK(pd_seg_classify("Zürich", strlen("Zürich")) == PD_TOK_WORD, "word");
	PD_CHECK(pd_seg_classify("人才", strlen("人才")) == PD_TOK_CJK, "cjk");
	PD_CHECK(pd_seg_classify("カナ", strlen("カナ")) == PD_TOK_KANA, "kana");
	PD_CHECK(pd_seg_classify(", 。", strlen(", 。")) == PD_TOK_BLANK, "blank");

	/* blanks merge and the text comes back whole */
	s = "a  ,,  b";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 1, types, 64) &&
			 strcmp(out, "a|  ,,  |b") == 0, "blanks merged: %s", out);
	PD_CHECK(segment(seg, "", 0, out, sizeof out, 1, NULL, 0) && out[0] == '\0', "empty input");

	pd_seg_destroy(seg);
	pd_seg_destroy(raw);
	pd_lexicon_destroy(lex);
}

/* xorshift: reproducible pseudo-random input */
static uint32_t rng = 2463534242u;
static uint32_t
next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

static void
test_invariants(void)
{
	static const char *pieces[] = {
		"高新区", "华", "罗", "庚", "，", "。", " ", "\n", "16.7", "万", "元", "%",
		"二", "〇", "年", "ＡＢ", "１２", "國", "區", "a", "Z", "5", "G", ".", ",",
		"𠀀", "😀", "\xcc\x81", "é", "カ", "\xff", "\xe4\xb8", "\xc0\x80", "\0",
	};
	PdLexicon  *lex = pd_lexicon_create(&A);
	PdSegmenter *seg;
	char	   *buf = malloc(200000);
	int			round,
				bad = 0;

	pd_lexicon_add(lex, "高新区", strlen("高新区"));
	pd_lexicon_add(lex, "华罗庚", strlen("华罗庚"));
	pd_lexicon_add(lex, "万元", strlen("万元"));
	seg = pd_seg_create(&A, bi, lex);
	for (round = 0; round < 300; round++)
	{
		size_t		len = 0,
					target = (round % 10 == 0) ? 150000 : next_rand() % 400;

		while (len + 8 < target)
		{
			const char *p = pieces[next_rand() % (sizeof(pieces) / sizeof(pieces[0]))];
			size_t		pl = p[0] ? strlen(p) : 1;

			memcpy(buf + len, p, pl);
			len += pl;
		}
		if (!segment(seg, buf, len, NULL, 0, 1, NULL, 0))
			bad++;
	}
	PD_CHECK(bad == 0, "random mixes (valid and invalid UTF-8, large): %d broke the invariants", bad);

	/* random bytes */
	bad = 0;
	for (round = 0; round < 200; round++)
	{
		size_t		len = next_rand() % 3000,
					i;

		for (i = 0; i < len; i++)
			buf[i] = (char) (next_rand() & 0xFF);
		if (!segment(seg, buf, len, NULL, 0, 1, NULL, 0))
			bad++;
	}
	PD_CHECK(bad == 0, "random bytes: %d broke the invariants", bad);

	/* one very long word and a long run without natural cuts */
	memset(buf, 'a', 100000);
	PD_CHECK(segment(seg, buf, 100000, NULL, 0, 1, NULL, 0), "100000-byte word cut into blank pieces");
	{
		size_t		i;

		for (i = 0; i + 3 <= 99999; i += 3)
			memcpy(buf + i, "中", 3);
		PD_CHECK(segment(seg, buf, i, NULL, 0, 1, NULL, 0), "long Han run across chunks");
	}
	free(buf);
	pd_seg_destroy(seg);
	pd_lexicon_destroy(lex);
}

static void
test_subwords(void)
{
	PdLexicon  *lex = pd_lexicon_create(&A);
	PdSegmenter *raw = pd_seg_create(&A, bi, NULL);
	int32_t		spans[16][2];
	const char *w;
	int			n,
				i,
				has_name = 0,
				has_zone = 0;

	pd_lexicon_add(lex, "高新区", strlen("高新区"));
	pd_lexicon_add(lex, "华罗庚高新区", strlen("华罗庚高新区"));
	w = "华罗庚高新区";
	n = pd_seg_subwords(raw, lex, w, strlen(w), spans, 16);
	for (i = 0; i < n; i++)
	{
		if (spans[i][1] == 9 && memcmp(w + spans[i][0], "华罗庚", 9) == 0)
			has_name = 1;
		if (spans[i][1] == 9 && memcmp(w + spans[i][0], "高新区", 9) == 0)
			has_zone = 1;
		PD_CHECK((size_t) spans[i][1] < strlen(w), "a sub-word is not the whole word");
	}
	PD_CHECK(n == 2 && has_name && has_zone, "华罗庚高新区 -> 华罗庚, 高新区 (%d)", n);
	w = "高新区";
	n = pd_seg_subwords(raw, lex, w, strlen(w), spans, 16);
	PD_CHECK(n == 1 && spans[0][0] == 0 && spans[0][1] == 6, "高新区 -> 高新, the name before a place suffix (%d)", n);
	w = "开发";
	PD_CHECK(pd_seg_subwords(raw, lex, w, strlen(w), spans, 16) == 0, "no sub-words of single characters");
	PD_CHECK(pd_seg_subwords(raw, NULL, "", 0, spans, 16) == 0, "empty");

	PD_CHECK(pd_lexicon_derive_names(lex, raw) == 1, "derived one name");
	PD_CHECK(pd_lexicon_contains(lex, "华罗庚", strlen("华罗庚")), "华罗庚 derived");
	pd_seg_destroy(raw);
	pd_lexicon_destroy(lex);
}

/*
 * a small word list: cost = -ln(freq / total) in thousandths, by hand; its
 * image (to free after the list) in *img, *size bytes
 */
/* words_add - add word w (folded first, as the segmenter looks words up) */
static void
words_add(PdWordsBuilder *b, const char *w, uint32_t cost)
{
	char		buf[512];
	size_t		len = strlen(w);

	if (len < sizeof(buf))
		pd_words_builder_add(b, buf, pd_fold_utf8(w, len, buf, NULL), cost);
}

static PdWords *
small_words(void **img, size_t *size)
{
	static const struct
	{
		const char *w;
		uint32_t	cost;
	}			list[] = {
		{"人才", 7000}, {"资源", 7000}, {"人才资源", 9000}, {"总量", 8000},
		{"全", 6000}, {"区", 6000}, {"统一", 7000}, {"年度", 7000}, {"一", 4000},
		{"年", 5000}, {"月份", 8000}, {"中华", 8000}, {"人民", 7000},
		{"共和国", 8000}, {"华人", 9000}, {"高新", 9000}, {"新区", 9000},
		{"发展", 7000}, {"十二月", 9000},
	};
	PdWordsBuilder *b = pd_words_builder_create(&A);
	PdWords    *w;
	size_t		i;

	for (i = 0; i < sizeof(list) / sizeof(list[0]); i++)
		words_add(b, list[i].w, list[i].cost);
	/* a spelling that folds to a word of the list adds to its probability */
	words_add(b, "資源", 7000);
	*img = pd_words_builder_finish(b, size);
	pd_words_builder_destroy(b);
	w = *img ? pd_words_open(&A, *img, *size) : NULL;
	PD_CHECK(w != NULL, "word list image built and opened");
	return w;
}

/* a word list of n words with their costs; its image in *img */
static PdWords *
words_of(const char *const *ws, const uint32_t *costs, int n, void **img)
{
	PdWordsBuilder *b = pd_words_builder_create(&A);
	size_t		size = 0;
	int			i;

	for (i = 0; i < n; i++)
		words_add(b, ws[i], costs[i]);
	*img = pd_words_builder_finish(b, &size);
	pd_words_builder_destroy(b);
	return *img ? pd_words_open(&A, *img, size) : NULL;
}

/* personal names the word list lacks: the given name joined where a name stands */
static void
test_names(void)
{
	static const char *const ws[] = {"州长", "局长", "表示", "代表", "政府"};
	static const uint32_t costs[] = {5000, 5000, 5000, 5000, 5000};
	static const char *const cases[][2] = {
		{"州长叶万彬表示", "州长|叶|万彬|表示"},
		{"局長楊偉雄表示", "局長|楊|偉雄|表示"},	/* folded: Traditional */
		{"叶万彬", "叶|万彬"},	/* a query: the name alone */
		{"丁大明代表政府", "丁|大明|代表|政府"},	/* first surname of the table */
		{"龚大明表示", "龚|大明|表示"},	/* last */
		{"好叶万彬好", "好|叶|万|彬|好"},	/* no title, no clause edge */
		{"州长叶的彬表示", "州长|叶|的|彬|表示"},	/* 的 is no part of a name */
		{"州长叶万彬好", "州长|叶|万|彬|好"},	/* nothing after it says a name ends */
		{"州长好万彬表示", "州长|好|万|彬|表示"}	/* 好 is no surname */
	};
	void	   *img;
	PdWords    *words = words_of(ws, costs, 5, &img);
	PdSegmenter *seg = pd_seg_create(&A, bi, NULL);
	char		out[1024];
	size_t		i;

	PD_CHECK(words != NULL, "names test word list");
	pd_seg_set_words(seg, words);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		PD_CHECK(segment(seg, cases[i][0], strlen(cases[i][0]), out, sizeof out, 0, NULL, 0) &&
				 strcmp(out, cases[i][1]) == 0, "name %s: %s", cases[i][0], out);
	pd_seg_destroy(seg);
	pd_words_close(words);
	free(img);
}

/* numbers, dates and signs on the word-list path */
/* numeral + classifier entries of the word list come out as two words */
static void
test_classifiers(void)
{
	static const char *const ws[] = {"三年", "多个", "第五个", "三季度", "六成", "一些",
	"十分", "万元", "一月", "新一代", "一代", "季度", "千亿"};
	static const uint32_t costs[] = {5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000};
	void	   *img;
	PdWords    *words = words_of(ws, costs, 13, &img);
	PdSegmenter *seg = pd_seg_create(&A, bi, NULL);
	char		out[1024];
	const char *s = "三年,多个,第五个,前三季度,三季度,二季度,六成,一些,十分,万元,一月,新一代,千亿级";

	PD_CHECK(words != NULL, "classifier test word list");
	pd_seg_set_words(seg, words);
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, NULL, 0) &&
			 strcmp(out, "三|年|多|个|第五|个|前|三|季度|三季度|二季度|六|成|一些|十分|万元|一月|新一代|千亿级") == 0,
			 "numeral and classifier apart, lexicalized words and quarters' names whole: %s", out);
	pd_seg_destroy(seg);
	pd_words_close(words);
	free(img);
}

static void
test_numbers(void)
{
	static const char *const ws[] = {"年", "年度", "日电", "分钟", "千瓦"};
	static const uint32_t costs[] = {5000, 7000, 9000, 8000, 8000};
	void	   *img;
	PdWords    *words = words_of(ws, costs, 5, &img);
	PdSegmenter *seg = pd_seg_create(&A, bi, NULL);
	char		out[1024];
	int			types[64];
	const char *s;

	PD_CHECK(words != NULL, "number test word list");
	pd_seg_set_words(seg, words);

	/* dates and times with digits are words; other units are classifiers */
	s = "北京1月1日电,2001年,10年,8时30分,30分钟,2021年度,2021年代";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, NULL, 0) &&
			 strcmp(out, "北|京|1月|1日|电|2001年|10|年|8时|30分|30|分钟|2021年度|2021|年|代") == 0,
			 "dates and times: %s", out);
	s = "60万千瓦,3千万元,15岁,2.74兆,100兆瓦";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, NULL, 0) &&
			 strcmp(out, "60万|千瓦|3千万|元|15|岁|2.74兆|100|兆|瓦") == 0,
			 "scales ascend, 千瓦 and 兆瓦 are units: %s", out);
	s = "气温－5至-2.5度、3-5、COVID-19、10%-20%";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, types, 64) &&
			 strcmp(out, "气|温|－5|至|-2.5|度|3|5|COVID|19|10%|20%") == 0, "signs: %s", out);
	PD_CHECK(types[2] == PD_TOK_UINT && types[4] == PD_TOK_FLOAT, "signed number types");
	pd_seg_destroy(seg);
	pd_words_close(words);
	free(img);
	test_classifiers();
	test_names();
}

/* the lexicon against longer word-list words */
static void
test_lexicon_longest(void)
{
	static const char *const ws[] = {"祁连山", "李长春"};
	static const uint32_t costs[] = {9000, 9000};
	void	   *img;
	PdWords    *words = words_of(ws, costs, 2, &img);
	PdLexicon  *lex = pd_lexicon_create(&A);
	PdSegmenter *seg = pd_seg_create(&A, bi, lex);
	char		out[1024];
	const char *s;

	PD_CHECK(words != NULL, "longest-match test word list");
	pd_lexicon_add(lex, "祁连", strlen("祁连"));
	pd_lexicon_add(lex, "连山", strlen("连山"));
	pd_lexicon_add(lex, "长春", strlen("长春"));
	pd_lexicon_add(lex, "华罗庚", strlen("华罗庚"));
	pd_seg_set_words(seg, words);
	s = "祁连山祁连李长春长春华罗庚";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, NULL, 0) &&
			 strcmp(out, "祁连山|祁连|李长春|长春|华罗庚") == 0, "longest match wins: %s", out);
	pd_seg_destroy(seg);
	pd_lexicon_destroy(lex);
	pd_words_close(words);
	free(img);
}

static void
test_words(void)
{
	size_t		size;
	void	   *img;
	PdWords    *words = small_words(&img, &size);
	PdLexicon  *lex = pd_lexicon_create(&A);
	PdSegmenter *seg = pd_seg_create(&A, bi, lex);
	PdSegmenter *raw = pd_seg_create(&A, bi, NULL);
	char		out[1024];
	int			types[64];
	const char *s;
	int32_t		spans[16][2];
	int			n;

	pd_seg_set_words(seg, words);
	pd_seg_set_words(raw, words);
	PD_CHECK(pd_words_count(words) == 19, "single characters kept in a word list");
	PD_CHECK(pd_words_max_cost(words) == 9000, "max cost");
	{
		size_t		ends[8];
		uint32_t	costs[8];

		s = "人才资源总量";
		n = pd_words_matches(words, s, strlen(s), ends, costs, 8);
		PD_CHECK(n == 2 && ends[0] == 6 && costs[0] == 7000 && ends[1] == 12 && costs[1] == 9000,
				 "every word at a position, shortest first (%d)", n);
		s = "资源";
		PD_CHECK(pd_words_matches(words, s, strlen(s), ends, costs, 8) == 1 &&
				 costs[0] == pd_words_cost_sum(7000, 7000) && costs[0] == 6307,
				 "资源 and 資源: one word, probabilities added (%u)", costs[0]);
		PD_CHECK(pd_words_matches(words, s, strlen(s), ends, costs, 1) == 1, "maxout honoured");
		PD_CHECK(pd_words_longest(words, s, 5) == 0, "a cut character matches nothing");
		s = "人才\xff";
		PD_CHECK(pd_words_longest(words, s, strlen(s)) == 6, "an invalid byte ends a match");
		s = "年度";
		PD_CHECK(pd_words_longest(words, s, strlen(s)) == 6 &&
				 pd_words_longest(words, "年", 3) == 3 && pd_words_longest(words, "度", 3) == 0,
				 "word, prefix word, non-word");
		s = "人才資源";
		PD_CHECK(pd_words_longest(words, s, strlen(s)) == 6, "lookups take folded text: %zu",
				 pd_words_longest(words, s, strlen(s)));
	}

	s = "全区人才资源总量";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, NULL, 0) &&
			 strcmp(out, "全|区|人才资源|总量") == 0, "cheapest cut: %s", out);
	s = "统一年度";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, NULL, 0) &&
			 strcmp(out, "统一|年度") == 0, "a number edge loses to words: %s", out);
	s = "二〇〇一年十二月发展";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, types, 64) &&
			 strcmp(out, "二〇〇一年|十二月|发展") == 0, "Han-numeral date: %s", out);
	PD_CHECK(types[0] == PD_TOK_CJKNUM && types[1] == PD_TOK_CJKNUM && types[2] == PD_TOK_CJK,
			 "number types %d %d %d", types[0], types[1], types[2]);
	s = "3月份,16.7万元,ICU 5G Zürich";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, NULL, 0) &&
			 strcmp(out, "3月份|16.7万|元|ICU|5G|Zürich") == 0, "non-Han text: %s", out);

	s = "กรุงเทพมหานคร";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, NULL, 0), "Thai goes to ICU: %s", out);

	/* the lexicon wins over the word list */
	pd_lexicon_add(lex, "华人民", strlen("华人民"));
	s = "中华人民共和国";
	PD_CHECK(segment(seg, s, strlen(s), out, sizeof out, 0, NULL, 0) &&
			 strcmp(out, "中|华人民|共和国") == 0, "lexicon first: %s", out);

	/* sub-words: the cheapest cut that is not the whole word, all or nothing */
	s = "人才资源";
	n = pd_seg_subwords(raw, NULL, s, strlen(s), spans, 16);
	PD_CHECK(n == 2 && spans[0][1] == 6 && spans[1][1] == 6, "人才资源 -> 人才, 资源 (%d)", n);
	s = "资源区";
	PD_CHECK(pd_seg_subwords(raw, NULL, s, strlen(s), spans, 16) == 1, "资源|区: the name before a place suffix");
	s = "人才资";
	PD_CHECK(pd_seg_subwords(raw, NULL, s, strlen(s), spans, 16) == 0, "人才|资 does not cover: none");

	/* random input through the word-list path */
	{
		static const char *pieces[] = {"人才", "资", "〇", "二", "年", "，", " ", "a", "5",
		"\xff", "ー", "カ", "ก", "é", "\xcc\x81", "國"};
		char		buf[4096];
		int			round,
					bad = 0;

		for (round = 0; round < 300; round++)
		{
			size_t		len = 0,
						target = next_rand() % 3000;

			while (len + 8 < target)
			{
				const char *p = pieces[next_rand() % (sizeof(pieces) / sizeof(pieces[0]))];

				memcpy(buf + len, p, strlen(p));
				len += strlen(p);
			}
			if (!segment(seg, buf, len, NULL, 0, 1, NULL, 0))
				bad++;
		}
		PD_CHECK(bad == 0, "word-list path invariants: %d broke", bad);
	}

	/* images: checked on opening */
	PD_CHECK(pd_words_open(&A, img, size - 1) == NULL, "truncated image refused");
	((char *) img)[0] = 'X';
	PD_CHECK(pd_words_open(&A, img, size) == NULL, "bad magic refused");
	((char *) img)[0] = 'P';
	pd_seg_destroy(seg);
	pd_seg_destroy(raw);
	pd_lexicon_destroy(lex);
	pd_words_close(words);
	free(img);
}

/*
 * The trie against a plain list: random words over a small alphabet (ASCII,
 * two- and three-byte characters, so that children's codes collide), every
 * lookup at every position of random texts compared with a linear scan.
 */
static void
test_words_trie(void)
{
	static const char *alpha[] = {"人", "才", "资", "源", "总", "量", "一", "年", "a", "Z",
		"5", "é", "ß", "中", "国", "高", "新", "区", "〇", "龘", "丂", "ー"};
	enum
	{
		NW = 3000, NA = sizeof(alpha) / sizeof(alpha[0])
	};
	static char words[NW][32];
	static uint32_t wcost[NW];
	PdWordsBuilder *b = pd_words_builder_create(&A);
	PdWords    *w;
	void	   *img;
	size_t		size,
				i;
	int			bad = 0,
				round;

	for (i = 0; i < NW; i++)
	{
		int			len = 1 + next_rand() % 6,
					k;

		words[i][0] = '\0';
		for (k = 0; k < len; k++)
			strcat(words[i], alpha[next_rand() % NA]);
		wcost[i] = next_rand() % 20000;
		words_add(b, words[i], wcost[i]);
	}
	img = pd_words_builder_finish(b, &size);
	pd_words_builder_destroy(b);
	w = img ? pd_words_open(&A, img, size) : NULL;
	PD_CHECK(w != NULL, "random word list built");
	if (!w)
		return;
	for (round = 0; round < 200; round++)
	{
		char		text[256];
		size_t		len = 0,
					p;

		while (len < 200)
		{
			const char *a = alpha[next_rand() % NA];

			memcpy(text + len, a, strlen(a));
			len += strlen(a);
		}
		for (p = 0; p < len; p++)
		{
			size_t		ends[PD_LEXICON_MAX_CHARS];
			uint32_t	costs[PD_LEXICON_MAX_CHARS];
			int			n = pd_words_matches(w, text + p, len - p, ends, costs, PD_LEXICON_MAX_CHARS),
						k = 0;
			size_t		l;

			/*
			 * the reference: every prefix of text[p..] that is a word, its
			 * costs combined in the order added
			 */
			for (l = 1; l <= len - p && l <= 24; l++)
			{
				size_t		j;
				int			seen = 0;
				uint32_t	cost = 0;

				for (j = 0; j < NW; j++)
					if (strlen(words[j]) == l && memcmp(words[j], text + p, l) == 0)
					{
						cost = seen ? pd_words_cost_sum(cost, wcost[j]) : wcost[j];
						seen = 1;
					}
				if (!seen)
					continue;
				if (k >= n || ends[k] != l || costs[k] != cost)
					bad++;
				k++;
			}
			if (k != n)
				bad++;
		}
	}
	PD_CHECK(bad == 0, "trie agrees with a linear scan at every position (%d differ)", bad);
	pd_words_close(w);
	free(img);
}

int
main(void)
{
	UErrorCode	status = U_ZERO_ERROR;

	bi = pd_seg_open_template(&status);
	PD_CHECK(bi != NULL && U_SUCCESS(status), "ICU word break iterator opens: %s", u_errorName(status));
	if (!bi)
		return pd_test_summary("test_segment");
	test_fold();
	test_lexicon();
	test_segments();
	test_invariants();
	test_subwords();
	test_words();
	test_numbers();
	test_lexicon_longest();
	test_words_trie();
	ubrk_close(bi);
	return pd_test_summary("test_segment");
}
