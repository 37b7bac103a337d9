/*-------------------------------------------------------------------------
 *
 * pd_segment.c
 *	  Chinese word segmentation core (see pd_segment.h).
 *
 * A text is processed in chunks of at most PD_SEG_CHUNK bytes, cut after a
 * newline, space or Chinese sentence punctuation where there is one.  Each
 * chunk is folded into a shadow buffer (with byte maps both ways), ICU's
 * word break iterator gives the boundaries of the original chunk (its
 * dictionary cuts Traditional text better than its folded form), and a
 * left-to-right pass over the folded text then chooses each token among:
 *
 *	- the ICU word starting here,
 *	- the longest lexicon word starting here,
 *	- a number with its scale and unit (16.7万, 2.4亿元, 46.3%, 二〇〇一年),
 *
 * taking the longest, ICU on ties.  An ICU word that a lexicon word starts
 * inside and reaches past is cut where the lexicon word begins, so a
 * lexicon word always comes out whole unless an earlier, overlapping
 * lexicon word or number has taken its first characters.
 *
 * The lexicon is a hash table of every word and every character prefix of
 * every word (one FNV-1a hash per entry, extended one character at a time),
 * so the longest match at a position costs one probe per character matched
 * and a miss costs one probe.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_segment.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#include "pd_segment.h"
#include "pd_utf8.h"
#include "pd_words.h"
#include "pd_fold_data.h"

/* utf8_put - encode c at out; returns the byte length */
static inline size_t
utf8_put(uint32_t c, char *out)
{
	unsigned char *o = (unsigned char *) out;

	if (c < 0x80)
	{
		o[0] = (unsigned char) c;
		return 1;
	}
	if (c < 0x800)
	{
		o[0] = (unsigned char) (0xC0 | (c >> 6));
		o[1] = (unsigned char) (0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000)
	{
		o[0] = (unsigned char) (0xE0 | (c >> 12));
		o[1] = (unsigned char) (0x80 | ((c >> 6) & 0x3F));
		o[2] = (unsigned char) (0x80 | (c & 0x3F));
		return 3;
	}
	o[0] = (unsigned char) (0xF0 | (c >> 18));
	o[1] = (unsigned char) (0x80 | ((c >> 12) & 0x3F));
	o[2] = (unsigned char) (0x80 | ((c >> 6) & 0x3F));
	o[3] = (unsigned char) (0x80 | (c & 0x3F));
	return 4;
}

size_t
pd_seg_char_count(const char *s, size_t len)
{
	size_t		i = 0,
				n = 0;
	uint32_t	c;

	while (i < len)
	{
		i += pd_utf8_next((const unsigned char *) s + i, len - i, &c);
		n++;
	}
	return n;
}

/* ------------------------------------------------------------------------
 * Folding
 * ------------------------------------------------------------------------
 */

/*
 * BMP part of the Traditional -> Simplified table as a direct lookup,
 * built on first use from pd_t2s_table (0 = unchanged)
 */
static uint16_t pd_t2s_bmp[0x10000];
static uint8_t pd_t2s_has[0x10000 / 8];	/* which have an entry: a small table
										 * to keep Simplified text in the cache */
static int	pd_t2s_bmp_ready = 0;

static void
t2s_bmp_init(void)
{
	size_t		i;

	for (i = 0; i < PD_T2S_COUNT; i++)
		if (pd_t2s_table[i][0] < 0x10000)
		{
			uint32_t	c = pd_t2s_table[i][0];

			pd_t2s_bmp[c] = (uint16_t) pd_t2s_table[i][1];
			pd_t2s_has[c >> 3] |= (uint8_t) (1 << (c & 7));
		}
	pd_t2s_bmp_ready = 1;
}

uint32_t
pd_fold_char(uint32_t c)
{
	if (c < 0x3000)
		return c;
	if (c < 0x10000)
	{
		if (c == 0x3000)
			return ' ';
		if (c >= 0xFF01 && c <= 0xFF5E)
			return c - 0xFF01 + 0x21;
		if (!pd_t2s_bmp_ready)
			t2s_bmp_init();
		if (!((pd_t2s_has[c >> 3] >> (c & 7)) & 1))
			return c;
		return pd_t2s_bmp[c] ? pd_t2s_bmp[c] : c;
	}
	if (c >= pd_t2s_table[0][0] && c <= pd_t2s_table[PD_T2S_COUNT - 1][0])
	{
		size_t		lo = 0,
					hi = PD_T2S_COUNT;

		while (lo < hi)
		{
			size_t		mid = (lo + hi) / 2;

			if (pd_t2s_table[mid][0] < c)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < PD_T2S_COUNT && pd_t2s_table[lo][0] == c)
			return pd_t2s_table[lo][1];
	}
	return c;
}

size_t
pd_fold_utf8(const char *in, size_t len, char *out, int32_t *map)
{
	const unsigned char *s = (const unsigned char *) in;
	size_t		i = 0,
				o = 0;

	while (i < len)
	{
		uint32_t	c;
		size_t		n,
					m;

		if (s[i] < 0x80)
		{
			/* ASCII run: copy as is */
			if (map)
				map[o] = (int32_t) i;
			out[o++] = (char) s[i++];
			continue;
		}
		n = pd_utf8_next(s + i, len - i, &c);
		if (c == PD_UTF8_INVALID || c < 0x3000)
		{
			memcpy(out + o, s + i, n);
			m = n;
		}
		else
		{
			uint32_t	f = pd_fold_char(c);

			if (f == c)
			{
				memcpy(out + o, s + i, n);
				m = n;
			}
			else
				m = utf8_put(f, out + o);
			/* the table never maps to a longer form; keep the source if so */
			if (m > n)
			{
				memcpy(out + o, s + i, n);
				m = n;
			}
		}
		if (map)
		{
			size_t		k;

			for (k = 0; k < m; k++)
				map[o + k] = (int32_t) i;
		}
		o += m;
		i += n;
	}
	if (map)
		map[o] = (int32_t) len;
	return o;
}

/* ------------------------------------------------------------------------
 * Lexicon
 * ------------------------------------------------------------------------
 */

#define FNV_INIT	2166136261u
#define FNV_PRIME	16777619u
#define LEX_WORD	1

typedef struct LexEntry
{
	uint32_t	hash;
	uint32_t	off;			/* into str; 0 = empty slot (str[0] unused) */
	uint16_t	len;
	uint16_t	flags;
} LexEntry;

struct PdLexicon
{
	PdAllocator a;
	LexEntry   *tab;
	size_t		cap;			/* power of two */
	size_t		used;
	char	   *str;
	size_t		strlen;
	size_t		strcap;
	size_t		nwords;
	uint8_t		first[0x10000 / 8];	/* BMP code points that start a word */
	int			first_supp;		/* some word starts beyond the BMP */
	uint8_t		pair[0x10000 / 8];	/* hashes of the first two characters */
};

/* may a lexicon word start with code point c? */
static inline int
lex_may_start(const PdLexicon *lex, uint32_t c)
{
	if (c < 0x10000)
		return (lex->first[c >> 3] >> (c & 7)) & 1;
	return lex->first_supp;
}

/*
 * a bit of the pair filter for the first two characters c1 c2 of a word:
 * every word has two or more, so no word starts where its bit is clear
 */
static inline uint32_t
pair_bit(uint32_t c1, uint32_t c2)
{
	return ((c1 * 0x9E3779B1u) ^ (c2 * 0x85EBCA77u)) >> 16;
}

/* may a lexicon word start with the characters c1 c2? */
static inline int
lex_may_pair(const PdLexicon *lex, uint32_t c1, uint32_t c2)
{
	uint32_t	pb = pair_bit(c1, c2);

	return lex && lex->nwords > 0 && lex_may_start(lex, c1) &&
		((lex->pair[pb >> 3] >> (pb & 7)) & 1);
}

static void *
lex_alloc(PdLexicon *lex, size_t size)
{
	return lex->a.alloc(lex->a.arg, size);
}

static void
lex_free(PdLexicon *lex, void *p)
{
	if (p && lex->a.free)
		lex->a.free(lex->a.arg, p);
}

PdLexicon *
pd_lexicon_create(const PdAllocator *alloc)
{
	PdLexicon  *lex = alloc->alloc(alloc->arg, sizeof(PdLexicon));

	if (!lex)
		return NULL;
	memset(lex, 0, sizeof(*lex));
	lex->a = *alloc;
	lex->cap = 1024;
	lex->tab = lex_alloc(lex, lex->cap * sizeof(LexEntry));
	lex->strcap = 4096;
	lex->str = lex_alloc(lex, lex->strcap);
	if (!lex->tab || !lex->str)
	{
		pd_lexicon_destroy(lex);
		return NULL;
	}
	memset(lex->tab, 0, lex->cap * sizeof(LexEntry));
	lex->strlen = 1;			/* offset 0 marks an empty slot */
	return lex;
}

void
pd_lexicon_destroy(PdLexicon *lex)
{
	if (!lex)
		return;
	lex_free(lex, lex->tab);
	lex_free(lex, lex->str);
	lex_free(lex, lex);
}

size_t
pd_lexicon_count(const PdLexicon *lex)
{
	return lex ? lex->nwords : 0;
}

static inline uint32_t
fnv_extend(uint32_t h, const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		h ^= (unsigned char) s[i];
		h *= FNV_PRIME;
	}
	return h;
}

/* lex_find - the entry for key s[0..len) with hash h, or NULL */
static inline LexEntry *
lex_find(const PdLexicon *lex, const char *s, size_t len, uint32_t h)
{
	size_t		mask = lex->cap - 1;
	size_t		i = h & mask;

	for (;;)
	{
		LexEntry   *e = &lex->tab[i];

		if (e->off == 0)
			return NULL;
		if (e->hash == h && e->len == len && memcmp(lex->str + e->off, s, len) == 0)
			return e;
		i = (i + 1) & mask;
	}
}

static int
lex_grow(PdLexicon *lex)
{
	size_t		ncap = lex->cap * 2,
				i;
	LexEntry   *ntab = lex_alloc(lex, ncap * sizeof(LexEntry));

	if (!ntab)
		return PD_SEG_NOMEM;
	memset(ntab, 0, ncap * sizeof(LexEntry));
	for (i = 0; i < lex->cap; i++)
	{
		LexEntry   *e = &lex->tab[i];
		size_t		j;

		if (e->off == 0)
			continue;
		j = e->hash & (ncap - 1);
		while (ntab[j].off != 0)
			j = (j + 1) & (ncap - 1);
		ntab[j] = *e;
	}
	lex_free(lex, lex->tab);
	lex->tab = ntab;
	lex->cap = ncap;
	return PD_SEG_OK;
}

int
pd_lexicon_add(PdLexicon *lex, const char *word, size_t len)
{
	char		buf[PD_LEXICON_MAX_CHARS * 4];
	size_t		n,
				i,
				nchars,
				off;
	uint32_t	h,
				c;
	int			added = 0,
				newword = 0;

	if (len == 0 || len > sizeof(buf))
		return 0;
	n = pd_fold_utf8(word, len, buf, NULL);
	nchars = pd_seg_char_count(buf, n);
	if (nchars < 2 || nchars > PD_LEXICON_MAX_CHARS)
		return 0;

	/* the word's bytes, once; every prefix entry points into them */
	if (lex->strlen + n > lex->strcap)
	{
		size_t		ncap = lex->strcap * 2;
		char	   *nstr;

		while (ncap < lex->strlen + n)
			ncap *= 2;
		if (ncap > UINT32_MAX)
			return PD_SEG_NOMEM;
		nstr = lex_alloc(lex, ncap);
		if (!nstr)
			return PD_SEG_NOMEM;
		memcpy(nstr, lex->str, lex->strlen);
		lex_free(lex, lex->str);
		lex->str = nstr;
		lex->strcap = ncap;
	}
	off = lex->strlen;
	memcpy(lex->str + off, buf, n);
	{
		size_t		cl = pd_utf8_next((const unsigned char *) buf, n, &c);
		uint32_t	c2,
					pb;

		if (c < 0x10000)
			lex->first[c >> 3] |= (uint8_t) (1 << (c & 7));
		else
			lex->first_supp = 1;
		pd_utf8_next((const unsigned char *) buf + cl, n - cl, &c2);
		pb = pair_bit(c, c2);
		lex->pair[pb >> 3] |= (uint8_t) (1 << (pb & 7));
	}

	h = FNV_INIT;
	i = 0;
	while (i < n)
	{
		size_t		cl = pd_utf8_next((const unsigned char *) buf + i, n - i, &c);
		LexEntry   *e;
		int			last;

		h = fnv_extend(h, buf + i, cl);
		i += cl;
		last = (i == n);
		e = lex_find(lex, buf, i, h);
		if (e)
		{
			if (last && !(e->flags & LEX_WORD))
			{
				e->flags = LEX_WORD;
				lex->nwords++;
				newword = 1;
			}
			continue;
		}
		if ((lex->used + 1) * 2 > lex->cap && lex_grow(lex) != PD_SEG_OK)
			return PD_SEG_NOMEM;
		{
			size_t		j = h & (lex->cap - 1);

			while (lex->tab[j].off != 0)
				j = (j + 1) & (lex->cap - 1);
			lex->tab[j].hash = h;
			lex->tab[j].off = (uint32_t) off;
			lex->tab[j].len = (uint16_t) i;
			lex->tab[j].flags = last ? LEX_WORD : 0;
			lex->used++;
			added = 1;
			if (last)
			{
				lex->nwords++;
				newword = 1;
			}
		}
	}
	if (added)
		lex->strlen += n;
	return newword;
}

int
pd_lexicon_matches(const PdLexicon *lex, const char *s, size_t len,
				   size_t *out, int maxout)
{
	uint32_t	h = FNV_INIT,
				c;
	size_t		i = 0,
				nchars = 0;
	int			nout = 0;

	if (!lex || lex->nwords == 0 || len == 0)
		return 0;
	i = pd_utf8_next((const unsigned char *) s, len, &c);
	if (!lex_may_start(lex, c) || i >= len)
		return 0;
	{
		uint32_t	c2,
					pb;

		pd_utf8_next((const unsigned char *) s + i, len - i, &c2);
		pb = pair_bit(c, c2);
		if (!((lex->pair[pb >> 3] >> (pb & 7)) & 1))
			return 0;
	}
	i = 0;
	while (i < len && nchars < PD_LEXICON_MAX_CHARS)
	{
		size_t		cl = pd_utf8_next((const unsigned char *) s + i, len - i, &c);
		LexEntry   *e;

		h = fnv_extend(h, s + i, cl);
		i += cl;
		nchars++;
		e = lex_find(lex, s, i, h);
		if (!e)
			break;
		if ((e->flags & LEX_WORD) && nout < maxout)
			out[nout++] = i;
	}
	return nout;
}

size_t
pd_lexicon_longest(const PdLexicon *lex, const char *s, size_t len)
{
	size_t		m[PD_LEXICON_MAX_CHARS];
	int			n = pd_lexicon_matches(lex, s, len, m, PD_LEXICON_MAX_CHARS);

	return n > 0 ? m[n - 1] : 0;
}

int
pd_lexicon_contains(const PdLexicon *lex, const char *s, size_t len)
{
	LexEntry   *e;

	if (!lex || lex->nwords == 0 || len == 0 || len > 0xFFFF)
		return 0;
	e = lex_find(lex, s, len, fnv_extend(FNV_INIT, s, len));
	return e != NULL && (e->flags & LEX_WORD) != 0;
}

/* ------------------------------------------------------------------------
 * Character classes
 * ------------------------------------------------------------------------
 */

static inline int
is_ascii_alnum(unsigned char b)
{
	return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

static inline int
is_han(uint32_t c)
{
	if (c < 0x2E80 || c == PD_UTF8_INVALID)
		return 0;
	if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))
		return 1;
	return c == 0x3007 || u_hasBinaryProperty((UChar32) c, UCHAR_IDEOGRAPHIC);
}

PdTokenType
pd_seg_classify(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0;
	int			han = 0,
				kana = 0,
				ascii_alpha = 0,
				other_alpha = 0,
				digit = 0,
				dot = 0,
				symbol = 0;

	while (i < len)
	{
		uint32_t	c;

		if (u[i] < 0x80)
		{
			unsigned char b = u[i++];

			if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))
				ascii_alpha = 1;
			else if (b >= '0' && b <= '9')
				digit = 1;
			else if (b == '.')
				dot = 1;
			else if (b == '%')
				symbol = 1;
			continue;
		}
		i += pd_utf8_next(u + i, len - i, &c);
		if (c == PD_UTF8_INVALID)
			continue;
		if (is_han(c))
			han = 1;
		else if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
				 (c >= 0xFF66 && c <= 0xFF9F))
			kana = 1;
		else if (c == 0x2030)	/* per mille */
			symbol = 1;
		else if (u_isdigit((UChar32) c))
			digit = 1;
		else if (u_isalpha((UChar32) c))
			other_alpha = 1;
	}
	if (han)
		return digit || symbol ? PD_TOK_CJKNUM : PD_TOK_CJK;
	if (kana)
		return PD_TOK_KANA;
	if (ascii_alpha || other_alpha)
	{
		if (digit)
			return PD_TOK_NUMWORD;
		return other_alpha ? PD_TOK_WORD : PD_TOK_ASCIIWORD;
	}
	if (digit)
		return symbol ? PD_TOK_CJKNUM : dot ? PD_TOK_FLOAT : PD_TOK_UINT;
	return PD_TOK_BLANK;
}

/* ------------------------------------------------------------------------
 * Numbers with scale and unit
 * ------------------------------------------------------------------------
 */

static inline int
is_han_digit(uint32_t c)
{
	switch (c)
	{
		case 0x3007:			/* 〇 */
		case 0x25CB:			/* ○ */
		case 0x96F6:			/* 零 */
		case 0x4E00:			/* 一 */
		case 0x4E8C:			/* 二 */
		case 0x4E09:			/* 三 */
		case 0x56DB:			/* 四 */
		case 0x4E94:			/* 五 */
		case 0x516D:			/* 六 */
		case 0x4E03:			/* 七 */
		case 0x516B:			/* 八 */
		case 0x4E5D:			/* 九 */
		case 0x4E24:			/* 两 */
			return 1;
	}
	return 0;
}

static inline int
is_han_zero(uint32_t c)
{
	return c == 0x3007 || c == 0x25CB || c == 0x96F6;
}

/* magnitude of a scale character, 0 if it is none */
static inline int
scale_rank(uint32_t c)
{
	switch (c)
	{
		case 0x5341:			/* 十 */
			return 1;
		case 0x767E:			/* 百 */
			return 2;
		case 0x5343:			/* 千 */
			return 3;
		case 0x4E07:			/* 万 */
			return 4;
		case 0x4EBF:			/* 亿 */
			return 5;
	}
	return 0;
}

/* scale words after digits or Han numerals: 十 百 千 万 亿 */
static inline int
is_scale(uint32_t c)
{
	return scale_rank(c) > 0;
}

/* date units that bind to a number: 年 月 日 号 */
static inline int
is_date_unit(uint32_t c)
{
	return c == 0x5E74 || c == 0x6708 || c == 0x65E5 || c == 0x53F7;
}

/* time units that bind to an Arabic number: 时 分 秒 */
static inline int
is_time_unit(uint32_t c)
{
	return c == 0x65F6 || c == 0x5206 || c == 0x79D2;
}

/* units after an Arabic number that stay with it: % ‰ 元 */
static inline int
is_digit_unit(uint32_t c)
{
	return c == '%' || c == 0x2030 || c == 0x5143;
}

/*
 * is_si_unit - characters that write SI units (瓦 伏 克 米 赫 焦 帕 卡 安 升):
 * after them 千 is the prefix kilo- of the unit word (千瓦, 千克), not a scale
 * of the number before it
 */
static inline int
is_si_unit(uint32_t c)
{
	switch (c)
	{
		case 0x74E6:			/* 瓦 */
		case 0x4F0F:			/* 伏 */
		case 0x514B:			/* 克 */
		case 0x7C73:			/* 米 */
		case 0x8D6B:			/* 赫 */
		case 0x7126:			/* 焦 */
		case 0x5E15:			/* 帕 */
		case 0x5361:			/* 卡 */
		case 0x5B89:			/* 安 */
		case 0x5347:			/* 升 */
			return 1;
	}
	return 0;
}

/*
 * period_suffix - is c the bound suffix 份 that makes a period noun of the
 * date unit before it (年份, 月份)?  Such a noun takes the number with it:
 * 3月份.  (年度 and 年代 are nouns of their own that the number modifies:
 * 2021|年度, 80|年代.)
 */
static inline int
period_suffix(uint32_t u, uint32_t c)
{
	return (u == 0x5E74 || u == 0x6708) && c == 0x4EFD;	/* 年 月 + 份 */
}

/*
 * number_len - length of a number with scale and unit starting at s, 0 if
 * there is none worth grouping.  *unit_len receives the length of a
 * trailing unit that the caller may give back to a longer word starting
 * with it (3|分钟); date units are never given back (1日|电, 9月|底).
 *
 * Dates and times written with digits are words (the PKU and MSR
 * standards: 2001年, 12月, 31日, 8时, 30分), and so are scale words and the
 * units % ‰ 元.  年 binds only to a year: four Arabic digits, or Han
 * digits without scale words (一九九八年); after other numbers (10年, 五十年)
 * it counts years, a classifier, and stays a word of its own, as other
 * classifiers do (15 岁, 3 倍).
 */
static size_t
number_len(const char *s, size_t len, size_t *unit_len)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0,
				cl;
	uint32_t	c;

	*unit_len = 0;
	if (len == 0)
		return 0;
	if (u[0] >= '0' && u[0] <= '9')
	{
		int			grouped = 0,
					plain,
					rank = 0;

		while (i < len && u[i] >= '0' && u[i] <= '9')
			i++;
		plain = i;				/* digits of a plain integer */
		/* decimals and thousands separators */
		while (i + 1 < len && (u[i] == '.' || u[i] == ',') && u[i + 1] >= '0' && u[i + 1] <= '9')
		{
			size_t		j = i + 1;

			while (j < len && u[j] >= '0' && u[j] <= '9')
				j++;
			if (u[i] == ',' && j - i - 1 != 3)
				break;
			i = j;
			plain = 0;
		}
		/* 5G, 3D, x86_64: leave letter-digit words to ICU */
		if (i < len && (is_ascii_alnum(u[i]) || u[i] == '_'))
			return 0;

		/*
		 * Scale words multiply, so each is larger than the one before (3千万,
		 * not 60万|千瓦); 3十 is not written; 千 before an SI unit is kilo-.
		 */
		while (i < len)
		{
			int			r;

			cl = pd_utf8_next(u + i, len - i, &c);
			r = scale_rank(c);
			if (r <= 1 || r <= rank)
				break;
			if (c == 0x5343 && i + cl < len)
			{
				uint32_t	d;

				pd_utf8_next(u + i + cl, len - i - cl, &d);
				if (is_si_unit(d))
					break;
			}
			rank = r;
			i += cl;
			plain = 0;
			grouped = 1;
		}
		if (i < len)
		{
			size_t		dl = 0;
			uint32_t	d = 0;

			cl = pd_utf8_next(u + i, len - i, &c);
			if (i + cl < len)
				dl = pd_utf8_next(u + i + cl, len - i - cl, &d);
			if (is_date_unit(c) && plain > 0 && period_suffix(c, d))
				return i + cl + dl;
			if (is_date_unit(c) && plain > 0 &&
				(c != 0x5E74 || (plain == 4 && d != 0x5EA6 && d != 0x4EE3)))
				return i + cl;
			if ((is_time_unit(c) && plain > 0) || is_digit_unit(c))
			{
				i += cl;
				*unit_len = cl;
				grouped = 1;
			}
		}
		return grouped ? i : 0;
	}
	else
	{
		size_t		nchars = 0;
		int			digits = 0,
					zero = 0,
					scales = 0;
		uint32_t	first = 0;

		while (i < len && nchars < 32)
		{
			cl = pd_utf8_next(u + i, len - i, &c);
			if (!is_han_digit(c) && !is_scale(c))
				break;
			if (nchars == 0)
				first = c;
			digits += is_han_digit(c);
			zero |= is_han_zero(c);
			scales += is_scale(c);
			i += cl;
			nchars++;
		}
		if (nchars == 0 || digits + (first == 0x5341) == 0)
			return 0;
		/* 万一, 千万, 百年 start with a scale word: not a number here */
		if (is_scale(first) && first != 0x5341)
			return 0;
		if (i < len)
		{
			cl = pd_utf8_next(u + i, len - i, &c);
			if (is_date_unit(c) && (c != 0x5E74 || (scales == 0 && digits >= 2)))
			{
				*unit_len = cl;
				return i + cl;
			}
		}
		if (nchars >= 2 && (zero || scales == 0 || digits > 0))
			return i;
		return 0;
	}
}

/* ------------------------------------------------------------------------
 * Segmenter
 * ------------------------------------------------------------------------
 */

struct PdSegmenter
{
	PdAllocator a;
	UBreakIterator *bi;
	const PdLexicon *lex;
	const PdWords *words;		/* general word list with costs, or NULL */
	UText		ut;
	int			ut_open;
	int64_t    *dpcost;			/* word-list path: best cost from a byte on */
	int32_t    *dpnext;			/* ... and the end of its first word */
	uint8_t    *dpnum;			/* ... which is a number */
	uint16_t   *dpcode;			/* word-list code of the character at a byte */
	int			forbid_whole;	/* sub-words: no word may span the whole text */

	const char *text;			/* original text, not owned */
	size_t		len;
	size_t		pos;			/* start of the next chunk */

	char	   *fold;			/* folded chunk */
	int32_t    *map;			/* folded byte -> chunk byte */
	int32_t    *inv;			/* chunk byte -> folded character start */
	size_t		inv_olen;		/* ... over this many chunk bytes */
	size_t		inv_n;			/* ... and this many folded bytes */
	int			inv_ready;		/* inv is built for the current chunk */
	int32_t    *bounds;			/* ICU boundaries in the folded chunk */
	size_t		nbounds;

	PdToken    *toks;			/* tokens of the current chunk */
	size_t		cap;			/* bytes the chunk buffers hold */
	size_t		ntoks;
	size_t		next;

	UErrorCode	status;
};

UBreakIterator *
pd_seg_open_template(UErrorCode *status)
{
	return ubrk_open(UBRK_WORD, "zh", NULL, 0, status);
}

PdSegmenter *
pd_seg_create(const PdAllocator *alloc, UBreakIterator *bi, const PdLexicon *lex)
{
	PdSegmenter *seg = alloc->alloc(alloc->arg, sizeof(PdSegmenter));
	UText		ut_init = UTEXT_INITIALIZER;

	if (!seg)
		return NULL;
	memset(seg, 0, sizeof(*seg));
	seg->ut = ut_init;
	seg->a = *alloc;
	seg->bi = bi;
	seg->lex = lex;
	return seg;
}

/* SEG_RELEASE - free one buffer of seg (if its allocator frees) and forget it */
#define SEG_RELEASE(seg, field) \
	do { \
		if ((seg)->field && (seg)->a.free) \
			(seg)->a.free((seg)->a.arg, (seg)->field); \
		(seg)->field = NULL; \
	} while (0)

static void
seg_free_buffers(PdSegmenter *seg)
{
	SEG_RELEASE(seg, fold);
	SEG_RELEASE(seg, map);
	SEG_RELEASE(seg, inv);
	SEG_RELEASE(seg, bounds);
	SEG_RELEASE(seg, toks);
	SEG_RELEASE(seg, dpcost);
	SEG_RELEASE(seg, dpnext);
	SEG_RELEASE(seg, dpnum);
	SEG_RELEASE(seg, dpcode);
	seg->cap = 0;
}

void
pd_seg_destroy(PdSegmenter *seg)
{
	if (!seg)
		return;
	if (seg->ut_open)
		utext_close(&seg->ut);
	seg->ut_open = 0;
	seg_free_buffers(seg);
	if (seg->a.free)
		seg->a.free(seg->a.arg, seg);
}

int
pd_seg_reset(PdSegmenter *seg, const char *text, size_t len)
{
	/* buffers for min(len, chunk) bytes, at least 64 */
	size_t		need = len > PD_SEG_CHUNK ? PD_SEG_CHUNK : len < 64 ? 64 : len;

	seg->text = text;
	seg->len = len;
	seg->pos = 0;
	seg->ntoks = 0;
	seg->next = 0;
	seg->status = U_ZERO_ERROR;
	if (need > seg->cap || seg->fold == NULL || (seg->words && !seg->dpcost))
	{
		PdAllocator *a = &seg->a;

		seg_free_buffers(seg);
		seg->fold = a->alloc(a->arg, need);
		seg->map = a->alloc(a->arg, (need + 1) * sizeof(int32_t));
		seg->inv = a->alloc(a->arg, (need + 1) * sizeof(int32_t));
		seg->bounds = a->alloc(a->arg, (need + 2) * sizeof(int32_t));
		seg->toks = a->alloc(a->arg, (need + 1) * sizeof(PdToken));
		if (seg->words)
		{
			seg->dpcost = a->alloc(a->arg, (need + 1) * sizeof(int64_t));
			seg->dpnext = a->alloc(a->arg, (need + 1) * sizeof(int32_t));
			seg->dpnum = a->alloc(a->arg, need + 1);
			seg->dpcode = a->alloc(a->arg, (need + 1) * sizeof(uint16_t));
		}
		if (!seg->fold || !seg->map || !seg->inv || !seg->bounds || !seg->toks ||
			(seg->words && (!seg->dpcost || !seg->dpnext || !seg->dpnum || !seg->dpcode)))
		{
			seg_free_buffers(seg);
			seg->len = 0;
			return PD_SEG_NOMEM;
		}
		seg->cap = need;
	}
	return PD_SEG_OK;
}

void
pd_seg_set_words(PdSegmenter *seg, const PdWords *words)
{
	seg->words = words;
}

UErrorCode
pd_seg_icu_status(const PdSegmenter *seg)
{
	return seg->status;
}

/* is_cut_after - may a chunk end right after byte i-1 of t? */
static inline int
is_cut_at(const unsigned char *t, size_t i)
{
	unsigned char b = t[i - 1];

	if (b == '\n' || b == ' ' || b == '\t' || b == '\r')
		return 1;
	if (i >= 3 && (b & 0xC0) == 0x80)
	{
		const unsigned char *p = t + i - 3;

		/* 。、 and full-width ，！？；：  */
		if (p[0] == 0xE3 && p[1] == 0x80 && (p[2] == 0x82 || p[2] == 0x81))
			return 1;
		if (p[0] == 0xEF && p[1] == 0xBC &&
			(p[2] == 0x8C || p[2] == 0x81 || p[2] == 0x9F || p[2] == 0x9B || p[2] == 0x9A))
			return 1;
	}
	return 0;
}

/* chunk_end - where the chunk starting at seg->pos ends */
static size_t
chunk_end(const PdSegmenter *seg)
{
	const unsigned char *t = (const unsigned char *) seg->text;
	size_t		end = seg->pos + PD_SEG_CHUNK,
				i;

	if (end >= seg->len)
		return seg->len;
	for (i = end; i > seg->pos + PD_SEG_CHUNK / 2; i--)
		if (is_cut_at(t, i))
			return i;
	/* no natural cut: a character boundary */
	while (end > seg->pos + 1 && (t[end] & 0xC0) == 0x80)
		end--;
	return end;
}

/* emit - append original span [oa, ob) as a token, merging blanks */
static inline void
emit(PdSegmenter *seg, int32_t oa, int32_t ob, PdTokenType type)
{
	PdToken    *last = seg->ntoks > 0 ? &seg->toks[seg->ntoks - 1] : NULL;

	if (type == PD_TOK_BLANK && last && last->type == PD_TOK_BLANK &&
		last->start + last->len == oa && last->len + (ob - oa) <= PD_SEG_MAX_TOKEN)
	{
		last->len += ob - oa;
		return;
	}
	seg->toks[seg->ntoks].start = oa;
	seg->toks[seg->ntoks].len = ob - oa;
	seg->toks[seg->ntoks].type = type;
	seg->ntoks++;
}

/*
 * push - append folded span [a, b) of the chunk as a token.  A token longer
 * than PD_SEG_MAX_TOKEN bytes is cut at character boundaries into blank
 * pieces: PostgreSQL cannot index such a word anyway, and this keeps every
 * byte while sparing the "word is too long" notices.
 */
static inline void
push(PdSegmenter *seg, size_t chunk_start, size_t a, size_t b, PdTokenType type)
{
	int32_t		oa = (int32_t) chunk_start + seg->map[a],
				ob = (int32_t) chunk_start + seg->map[b];

	if (type == PD_TOK_END)
		type = pd_seg_classify(seg->fold + a, b - a);
	if (ob - oa > PD_SEG_MAX_TOKEN)
	{
		const unsigned char *t = (const unsigned char *) seg->text;

		while (ob - oa > PD_SEG_MAX_TOKEN)
		{
			int32_t		cut = oa + PD_SEG_MAX_TOKEN;

			while (cut > oa + 1 && (t[cut] & 0xC0) == 0x80)
				cut--;
			emit(seg, oa, cut, PD_TOK_BLANK);
			oa = cut;
		}
		type = PD_TOK_BLANK;
	}
	emit(seg, oa, ob, type);
}

/*
 * lex_match - the longest lexicon word at fold[p..n) that does not end in
 * the middle of an ASCII word; 0 if none.
 */
static size_t
lex_match(const PdSegmenter *seg, size_t p, size_t n)
{
	const unsigned char *f = (const unsigned char *) seg->fold;
	size_t		m[PD_LEXICON_MAX_CHARS];
	int			k;

	if (!seg->lex || seg->lex->nwords == 0)
		return 0;
	if (p > 0 && is_ascii_alnum(f[p - 1]) && is_ascii_alnum(f[p]))
		return 0;
	k = pd_lexicon_matches(seg->lex, seg->fold + p, n - p, m, PD_LEXICON_MAX_CHARS);
	while (k > 0)
	{
		size_t		e = p + m[k - 1];

		if (!(e < n && is_ascii_alnum(f[e - 1]) && is_ascii_alnum(f[e])))
			return m[k - 1];
		k--;
	}
	return 0;
}

/* is_boundary - is q one of the ICU boundaries at or after index *bi? */
static inline int
is_boundary(const PdSegmenter *seg, size_t bi, size_t q)
{
	while (bi < seg->nbounds && (size_t) seg->bounds[bi] < q)
		bi++;
	return bi < seg->nbounds && (size_t) seg->bounds[bi] == q;
}

/* ------------------------------------------------------------------------
 * Segmentation with a general word list
 * ------------------------------------------------------------------------
 */

/* characters of a Han run: ideographs and the circle used as a zero */
static inline int
is_han_run_char(uint32_t c)
{
	return c == 0x25CB || is_han(c);
}

static inline int
is_kana(uint32_t c)
{
	return (c >= 0x3040 && c <= 0x30FF && c != 0x30FB) || (c >= 0x31F0 && c <= 0x31FF);
}

/*
 * is_punct_block - punctuation and symbols handled without ICU: general
 * punctuation, CJK symbols and punctuation, half/full-width forms (what is
 * left of them after folding), Latin-1 punctuation, arrows, box drawing,
 * geometric shapes and the like.
 */
static inline int
is_punct_block(uint32_t c)
{
	return (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F && c != 0x3007) ||
		(c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) ||
		(c >= 0x00A0 && c <= 0x00BF) || c == 0x00D7 || c == 0x00F7;
}

/*
 * word_run_end - end of the letter/digit run starting at p: ASCII letters
 * and digits, '_', other letters, digits and combining marks, joined across
 * '.' and apostrophes between letters or digits and ',' between digits (as
 * ICU's word rules do: 3.14, 1,200, don't).  *other is set when the run has
 * non-ASCII characters.
 */
static size_t
word_run_end(const unsigned char *f, size_t p, size_t n, int *other)
{
	size_t		i = p;

	*other = 0;
	while (i < n)
	{
		uint32_t	c;
		size_t		cl;

		if (f[i] < 0x80)
		{
			if (is_ascii_alnum(f[i]) || f[i] == '_')
			{
				i++;
				continue;
			}
			if ((f[i] == '.' || f[i] == '\'' || f[i] == ',') && i > p && i + 1 < n &&
				is_ascii_alnum(f[i - 1]) && is_ascii_alnum(f[i + 1]))
			{
				int			d1 = f[i - 1] >= '0' && f[i - 1] <= '9',
							d2 = f[i + 1] >= '0' && f[i + 1] <= '9';

				if (f[i] != ',' ? d1 == d2 : (d1 && d2))
				{
					i++;
					continue;
				}
			}
			break;
		}
		cl = pd_utf8_next(f + i, n - i, &c);
		if (c == PD_UTF8_INVALID || is_han_run_char(c) || is_kana(c) || is_punct_block(c))
			break;
		if (!u_isalnum((UChar32) c) && !(U_GET_GC_MASK((UChar32) c) & U_GC_M_MASK))
			break;
		*other = 1;
		i += cl;
	}
	return i;
}

/*
 * build_inv - seg->inv: original chunk byte -> start of the folded
 * character it belongs to (seg->inv_olen original bytes, seg->inv_n folded)
 */
static void
build_inv(PdSegmenter *seg)
{
	size_t		fi = 0,
				n = seg->inv_n;

	while (fi < n)
	{
		size_t		fj = fi + 1;
		int32_t		o;

		while (fj < n && seg->map[fj] == seg->map[fi])
			fj++;
		for (o = seg->map[fi]; o < seg->map[fj]; o++)
			seg->inv[o] = (int32_t) fi;
		fi = fj;
	}
	seg->inv[seg->inv_olen] = (int32_t) n;
	seg->inv_ready = 1;
}

/*
 * icu_run - cut the original bytes of folded span [a, b) with ICU's rules
 * (for letters of scripts other than Latin, e.g. Thai, which ICU cuts with
 * its own dictionaries) and push the pieces
 */
static int
icu_run(PdSegmenter *seg, size_t cstart, size_t a, size_t b)
{
	int32_t		oa = seg->map[a],
				ob = seg->map[b],
				q,
				last = 0;

	if (!seg->inv_ready)
		build_inv(seg);
	seg->status = U_ZERO_ERROR;
	utext_openUTF8(&seg->ut, seg->text + cstart + oa, (int64_t) (ob - oa), &seg->status);
	if (U_FAILURE(seg->status))
		return PD_SEG_ICU;
	seg->ut_open = 1;
	ubrk_setUText(seg->bi, &seg->ut, &seg->status);
	if (U_FAILURE(seg->status))
		return PD_SEG_ICU;
	for (q = ubrk_next(seg->bi); q != UBRK_DONE; q = ubrk_next(seg->bi))
	{
		size_t		fa,
					fb;

		if (q <= last || q > ob - oa)
			continue;
		fa = seg->inv[oa + last];
		fb = seg->inv[oa + q];
		if (fb > fa)
			push(seg, cstart, fa, fb, PD_TOK_END);
		last = q;
	}
	if (last < ob - oa)
		push(seg, cstart, seg->inv[oa + last], b, PD_TOK_END);
	return PD_SEG_OK;
}

/*
 * dp_gap - cut the Han characters fold[a..b) into the cheapest sequence of
 * words: word-list words at their cost, numbers (二〇〇一年, 三十一日) and
 * characters the list lacks at the cost of its rarest word, ties going to
 * the longer first word
 */
static void
dp_gap(PdSegmenter *seg, size_t cstart, size_t a, size_t b)
{
	const char *f = seg->fold;
	uint32_t	unknown = pd_words_max_cost(seg->words) + 1;
	size_t		i,
				lens[PD_LEXICON_MAX_CHARS];
	uint32_t	costs[PD_LEXICON_MAX_CHARS];

	if (a >= b)
		return;

	/* the word-list code of every character, decoded once */
	for (i = a; i < b;)
	{
		uint32_t	c;
		size_t		cl = pd_utf8_next((const unsigned char *) f + i, b - i, &c);

		seg->dpcode[i] = c == PD_UTF8_INVALID ? 0 : pd_words_code(seg->words, c);
		i += cl;
	}

	seg->dpcost[b] = 0;
	i = b;
	while (i > a)
	{
		size_t		j,
					cl;
		int			k,
					m;
		int64_t		best;
		int32_t		bestnext;
		uint8_t		bestnum = 0;
		uint32_t	c;

		/* step back one character */
		j = i - 1;
		while (j > a && (((const unsigned char *) f)[j] & 0xC0) == 0x80)
			j--;
		i = j;
		cl = pd_utf8_next((const unsigned char *) f + i, b - i, &c);

		/*
		 * start fetching the word-list cell of the position two characters
		 * back (nearly every Han character takes three bytes; a guess that
		 * lands inside a character only skips a prefetch)
		 */
		if (i >= a + 6 && (((const unsigned char *) f)[i - 6] & 0xC0) != 0x80)
			pd_words_prefetch_coded(seg->words, seg->dpcode, f, i - 6, b);

		/* a single character is always possible */
		best = (int64_t) unknown + seg->dpcost[i + cl];
		bestnext = (int32_t) (i + cl);
		m = pd_words_matches_coded(seg->words, seg->dpcode, f, i, b, lens, costs,
								   PD_LEXICON_MAX_CHARS);
		for (k = 0; k < m; k++)
		{
			int64_t		sc;

			if (seg->forbid_whole && i == 0 && i + lens[k] == seg->len)
				continue;
			sc = (int64_t) (costs[k] ? costs[k] : unknown) + seg->dpcost[i + lens[k]];

			if (sc < best || (sc == best && (int32_t) (i + lens[k]) > bestnext))
			{
				best = sc;
				bestnext = (int32_t) (i + lens[k]);
			}
		}
		if (is_han_digit(c) || c == 0x5341)
		{
			size_t		ul,
						nl = number_len(f + i, b - i, &ul);

			if (nl > cl && !(seg->forbid_whole && i == 0 && i + nl == seg->len))
			{
				int64_t		sc = (int64_t) unknown + seg->dpcost[i + nl];

				if (sc < best || (sc == best && (int32_t) (i + nl) > bestnext))
				{
					best = sc;
					bestnext = (int32_t) (i + nl);
					bestnum = 1;
				}
			}
		}
		seg->dpcost[i] = best;
		seg->dpnext[i] = bestnext;
		seg->dpnum[i] = bestnum;
	}
	for (i = a; i < b; i = (size_t) seg->dpnext[i])
	{
		PdTokenType t = PD_TOK_END;
		uint32_t	c;
		size_t		ul;

		/* a word-list word that is a whole number (十二月) is a number too */
		pd_utf8_next((const unsigned char *) f + i, b - i, &c);
		if (seg->dpnum[i] ||
			((is_han_digit(c) || c == 0x5341) &&
			 number_len(f + i, (size_t) seg->dpnext[i] - i, &ul) == (size_t) seg->dpnext[i] - i))
			t = PD_TOK_CJKNUM;
		else if (is_han(c))
			t = PD_TOK_CJK;		/* what pd_seg_classify says of a Han run */
		push(seg, cstart, i, seg->dpnext[i], t);
	}
}

/*
 * list_covers - does a word-list word that starts in [gap, k) (at most
 * PD_LEXICON_MAX_CHARS characters back) and ends within q contain the
 * lexicon word fold[k..k+l)?  (李长春 contains 长春, 繁荣昌盛 荣昌.)
 */
static int
list_covers(const PdSegmenter *seg, size_t gap, size_t k, size_t q, size_t l)
{
	const unsigned char *f = (const unsigned char *) seg->fold;
	size_t		j = k;
	int			back = 0;

	while (j > gap && back < PD_LEXICON_MAX_CHARS)
	{
		j--;
		while (j > gap && (f[j] & 0xC0) == 0x80)
			j--;
		back++;
		if (j + pd_words_longest(seg->words, seg->fold + j, q - j) >= k + l)
			return 1;
	}
	return 0;
}

/*
 * han_run - segment the Han run starting at p (up to q): lexicon words
 * first, leftmost and longest, and the word list in between.  Where a
 * lexicon word and a longer word-list word start at the same character, the
 * longest match wins (北京大学 over 北京, 祁连山 over 祁连): the lexicon word
 * is not taken, and neither is any lexicon word starting inside the longer
 * one; nor is a lexicon word that a word-list word starting earlier
 * contains (李|长春 is not taken in 李长春).  Returns where it stopped (q,
 * or the end of a lexicon word reaching past q).
 */
static size_t
han_run(PdSegmenter *seg, size_t cstart, size_t p, size_t q, size_t n)
{
	const unsigned char *f = (const unsigned char *) seg->fold;
	size_t		gap = p,
				k = p;

	uint32_t	c;
	size_t		cl = pd_utf8_next(f + k, n - k, &c);

	while (k < q)
	{
		uint32_t	c2 = PD_UTF8_INVALID;
		size_t		cl2 = k + cl < n ? pd_utf8_next(f + k + cl, n - k - cl, &c2) : 0,
					l = 0,
					w;

		/* every lexicon word has two characters or more: filter on them first */
		if (cl2 > 0 && lex_may_pair(seg->lex, c, c2))
			l = lex_match(seg, k, n);
		if (l > 0 && (w = pd_words_longest(seg->words, seg->fold + k, q - k)) > l)
		{
			k += w;
			if (k < n)
				cl = pd_utf8_next(f + k, n - k, &c);
			continue;
		}
		if (l > 0 && list_covers(seg, gap, k, q, l))
			l = 0;
		if (l > 0)
		{
			dp_gap(seg, cstart, gap, k);
			push(seg, cstart, k, k + l, PD_TOK_END);
			k += l;
			gap = k;
			if (k < n)
				cl = pd_utf8_next(f + k, n - k, &c);
			continue;
		}
		k += cl;
		c = c2;
		cl = cl2;
	}
	if (gap < q)
		dp_gap(seg, cstart, gap, q);
	return k > q ? k : q;
}

/* segment_words - the tokens of folded chunk fold[0..n), word-list path */
static int
segment_words(PdSegmenter *seg, size_t cstart, size_t cend, size_t n)
{
	const unsigned char *f = (const unsigned char *) seg->fold;
	size_t		p = 0;

	seg->inv_olen = cend - cstart;
	seg->inv_n = n;
	seg->inv_ready = 0;			/* built by icu_run if a run needs it */

	while (p < n)
	{
		uint32_t	c;
		size_t		cl = pd_utf8_next(f + p, n - p, &c),
					e,
					lexlen,
					numlen = 0,
					unitlen,
					sign;
		int			other = 0;

		if (c != PD_UTF8_INVALID && is_han_run_char(c))
		{
			size_t		q = p + cl;

			while (q < n)
			{
				uint32_t	d;
				size_t		dl = pd_utf8_next(f + q, n - q, &d);

				if (d == PD_UTF8_INVALID || !is_han_run_char(d))
					break;
				q += dl;
			}
			p = han_run(seg, cstart, p, q, n);
			continue;
		}

		/*
		 * A minus sign belongs to the number it starts (-5, －5.2), unless it
		 * joins two words or numbers (3-5, COVID-19, 10%-20%).
		 */
		sign = 0;
		if ((c == '-' || c == 0x2212) && p + cl < n && f[p + cl] >= '0' && f[p + cl] <= '9' &&
			!(p > 0 && (is_ascii_alnum(f[p - 1]) || f[p - 1] == '_' || f[p - 1] == '%' ||
						f[p - 1] == '.')))
		{
			size_t		r = p + cl;

			while (r < n && ((f[r] >= '0' && f[r] <= '9') || f[r] == '.' || f[r] == ','))
				r++;
			if (word_run_end(f, p + cl, n, &other) == r && !other)
				sign = cl;
		}

		/* the natural token here */
		if (sign > 0)
			e = word_run_end(f, p + sign, n, &other);
		else if (c != PD_UTF8_INVALID && is_kana(c))
		{
			e = p + cl;
			while (e < n)
			{
				uint32_t	d;
				size_t		dl = pd_utf8_next(f + e, n - e, &d);

				if (d == PD_UTF8_INVALID || !(is_kana(d) || d == 0x30FC))
					break;
				e += dl;
			}
		}
		else if (c != PD_UTF8_INVALID && !is_punct_block(c) &&
				 (c < 0x80 ? (is_ascii_alnum((unsigned char) c) || c == '_') :
				  u_isalnum((UChar32) c)))
			e = word_run_end(f, p, n, &other);
		else
			e = p + cl;			/* blank: one character, merged by push */

		lexlen = sign ? 0 : lex_match(seg, p, n);
		if (f[p + sign] >= '0' && f[p + sign] <= '9')
		{
			numlen = number_len(seg->fold + p + sign, n - p - sign, &unitlen);
			if (numlen > 0)
				numlen += sign;
			/* a unit that begins a longer word goes to that word (3|分钟) */
			if (numlen > 0 && unitlen > 0)
			{
				size_t		u = p + numlen - unitlen;

				if (pd_words_longest(seg->words, seg->fold + u, n - u) > unitlen)
					numlen -= unitlen;
				if (numlen <= e - p)
					numlen = 0;
			}
		}
		if ((lexlen > 0 || numlen > 0) && (lexlen > numlen ? lexlen : numlen) >= e - p)
		{
			if (lexlen >= numlen)
				push(seg, cstart, p, p + lexlen, PD_TOK_END);
			else
			{
				PdTokenType t = pd_seg_classify(seg->fold + p, numlen);

				push(seg, cstart, p, p + numlen, t == PD_TOK_CJK ? PD_TOK_CJKNUM : t);
			}
			p += lexlen > numlen ? lexlen : numlen;
			continue;
		}
		if (other)
		{
			int			rc = icu_run(seg, cstart, p, e);

			if (rc != PD_SEG_OK)
				return rc;
		}
		else
			push(seg, cstart, p, e, PD_TOK_END);
		p = e;
	}
	return PD_SEG_OK;
}

/* segment_chunk - fill seg->toks with the tokens of the next chunk */
static int
segment_chunk(PdSegmenter *seg)
{
	size_t		cstart = seg->pos,
				cend = chunk_end(seg),
				n,
				p,
				bi;
	int32_t		b,
				last;
	const unsigned char *f;

	seg->ntoks = 0;
	seg->next = 0;
	n = pd_fold_utf8(seg->text + cstart, cend - cstart, seg->fold, seg->map);
	f = (const unsigned char *) seg->fold;
	if (seg->words)
	{
		int			rc = segment_words(seg, cstart, cend, n);

		seg->pos = cend;
		return rc;
	}

	/*
	 * ICU runs on the original text: its dictionary knows Traditional words
	 * better than their character-by-character Simplified folding.  Its
	 * boundaries are moved to the folded text through inv (original chunk
	 * byte -> start of the folded character it belongs to).
	 */
	seg->inv_olen = cend - cstart;
	seg->inv_n = n;
	build_inv(seg);
	seg->status = U_ZERO_ERROR;
	utext_openUTF8(&seg->ut, seg->text + cstart, (int64_t) (cend - cstart), &seg->status);
	if (U_FAILURE(seg->status))
		return PD_SEG_ICU;
	seg->ut_open = 1;
	ubrk_setUText(seg->bi, &seg->ut, &seg->status);
	if (U_FAILURE(seg->status))
		return PD_SEG_ICU;
	seg->nbounds = 0;
	last = 0;
	for (b = ubrk_next(seg->bi); b != UBRK_DONE; b = ubrk_next(seg->bi))
	{
		if (b <= 0 || (size_t) b > cend - cstart)
			continue;
		b = seg->inv[b];
		if (b <= last)
			continue;
		seg->bounds[seg->nbounds++] = b;
		last = b;
	}
	if (seg->nbounds == 0 || (size_t) seg->bounds[seg->nbounds - 1] != n)
		seg->bounds[seg->nbounds++] = (int32_t) n;

	/* choose tokens left to right */
	p = 0;
	bi = 0;
	while (p < n)
	{
		size_t		e,
					lexlen,
					numlen,
					unitlen,
					best;
		PdTokenType type = PD_TOK_END;

		while ((size_t) seg->bounds[bi] <= p)
			bi++;
		e = seg->bounds[bi];

		lexlen = f[p] >= 0x80 || is_ascii_alnum(f[p]) ? lex_match(seg, p, n) : 0;
		numlen = 0;
		if ((f[p] >= '0' && f[p] <= '9') || f[p] >= 0x80)
		{
			numlen = number_len(seg->fold + p, n - p, &unitlen);
			/* a unit that ICU binds to the next word goes back to it (3月份) */
			if (numlen > 0 && unitlen > 0 && !is_boundary(seg, bi, p + numlen) &&
				is_boundary(seg, bi, p + numlen - unitlen) &&
				numlen - unitlen > 0)
			{
				numlen -= unitlen;
				/* bare digits stay as ICU has them */
				if (f[p] >= '0' && f[p] <= '9' && p + numlen == e)
					numlen = 0;
			}
		}
		best = lexlen > numlen ? lexlen : numlen;
		if (best > 0 && p + best >= e)
		{
			if (numlen > lexlen)
			{
				type = pd_seg_classify(seg->fold + p, numlen);
				if (type == PD_TOK_CJK)
					type = PD_TOK_CJKNUM;
			}
			push(seg, cstart, p, p + best, type);
			p += best;
			continue;
		}

		/* the ICU word [p, e), unless a lexicon word starts inside and crosses e */
		if (seg->lex && seg->lex->nwords > 0)
		{
			uint32_t	c;
			size_t		k = p + pd_utf8_next(f + p, n - p, &c);

			while (k < e)
			{
				if (f[k] >= 0x80)
				{
					size_t		l = lex_match(seg, k, n);

					if (l > 0 && k + l > e)
						break;
				}
				k += pd_utf8_next(f + k, n - k, &c);
			}
			if (k < e)
				e = k;
		}
		push(seg, cstart, p, e, PD_TOK_END);
		p = e;
	}
	seg->pos = cend;
	return PD_SEG_OK;
}

int
pd_seg_next(PdSegmenter *seg, PdToken *tok, int *new_chunk)
{
	if (new_chunk)
		*new_chunk = 0;
	while (seg->next >= seg->ntoks)
	{
		int			rc;

		if (seg->pos >= seg->len)
			return 0;
		rc = segment_chunk(seg);
		if (rc != PD_SEG_OK)
			return rc;
		if (new_chunk)
			*new_chunk = 1;
	}
	*tok = seg->toks[seg->next++];
	return 1;
}

/* longest word pd_seg_subwords decomposes, in bytes */
#define SUBWORD_MAX_BYTES	256

/* add_span - record w[a..a+l) unless an equal string is already there */
static int
add_span(const char *w, int32_t (*spans)[2], int n, int max, size_t a, size_t l,
		 unsigned char *covered)
{
	int			i;

	memset(covered + a, 1, l);
	for (i = 0; i < n; i++)
		if ((size_t) spans[i][1] == l && memcmp(w + spans[i][0], w + a, l) == 0)
			return n;
	if (n >= max)
		return n;
	spans[n][0] = (int32_t) a;
	spans[n][1] = (int32_t) l;
	return n + 1;
}

/* crosses - does an edge marked in boundary fall strictly inside [a, a+l)? */
static int
crosses(const unsigned char *boundary, size_t a, size_t l)
{
	size_t		i;

	for (i = a + 1; i < a + l; i++)
		if (boundary[i])
			return 1;
	return 0;
}

int
pd_seg_subwords(PdSegmenter *seg, const PdLexicon *lex,
				const char *w, size_t len, int32_t (*spans)[2], int max)
{
	return pd_seg_subwords_ext(seg, lex, w, len, spans, max, 1);
}

int
pd_seg_subwords_ext(PdSegmenter *seg, const PdLexicon *lex,
					const char *w, size_t len, int32_t (*spans)[2], int max,
					int use_icu)
{
	const unsigned char *u = (const unsigned char *) w;
	unsigned char covered[SUBWORD_MAX_BYTES];
	unsigned char boundary[SUBWORD_MAX_BYTES + 1];
	size_t		i,
				ms[PD_LEXICON_MAX_CHARS];
	uint32_t	c;
	int			n = 0;

	if (len == 0 || len > SUBWORD_MAX_BYTES || max <= 0)
		return 0;
	memset(covered, 0, len);
	memset(boundary, 0, len + 1);

	/*
	 * The lexicon words the parser itself would take, leftmost and longest
	 * first (the whole word aside): 溧阳高新区 -> 溧阳 | 高新区.  No sub-word may
	 * cross one of their edges, or a word straddling two of them (阳高, a
	 * county) would make a search for it match 溧阳高新区.
	 */
	for (i = 0; lex && lex->nwords > 0 && i < len;)
	{
		int			k = pd_lexicon_matches(lex, w + i, len - i, ms, PD_LEXICON_MAX_CHARS),
					j;
		size_t		best = 0;

		for (j = 0; j < k; j++)
			if (!(i == 0 && ms[j] == len) && ms[j] > best)
				best = ms[j];
		if (best > 0)
		{
			boundary[i] = boundary[i + best] = 1;
			i += best;
		}
		else
			i += pd_utf8_next(u + i, len - i, &c);
	}
	boundary[0] = boundary[len] = 0;

	/* lexicon words inside, along that cut or nested in its words */
	for (i = 0; lex && lex->nwords > 0 && i < len;)
	{
		int			k = pd_lexicon_matches(lex, w + i, len - i, ms, PD_LEXICON_MAX_CHARS),
					j;

		for (j = 0; j < k; j++)
			if (!(i == 0 && ms[j] == len) && !crosses(boundary, i, ms[j]))
				n = add_span(w, spans, n, max, i, ms[j], covered);
		i += pd_utf8_next(u + i, len - i, &c);
	}

	/* ICU words of two or more characters */
	if (use_icu && seg)
	{
		PdToken		tok = {0, 0, 0};
		int			rc = pd_seg_reset(seg, w, len);

		if (rc != PD_SEG_OK)
			return rc;
		seg->forbid_whole = 1;
		while ((rc = pd_seg_next(seg, &tok, NULL)) > 0)
		{
			if (tok.type == PD_TOK_BLANK || (size_t) tok.len == len)
				continue;
			if (pd_seg_char_count(w + tok.start, tok.len) >= 2 &&
				!crosses(boundary, tok.start, tok.len))
				n = add_span(w, spans, n, max, tok.start, tok.len, covered);
		}
		seg->forbid_whole = 0;
		if (rc < 0)
			return rc;
	}

	/* runs that neither covers, when something did */
	if (n > 0)
	{
		i = 0;
		while (i < len)
		{
			size_t		start,
						nchars = 0;

			while (i < len && covered[i])
				i++;
			start = i;
			while (i < len && !covered[i])
			{
				i += pd_utf8_next(u + i, len - i, &c);
				nchars++;
			}
			if (nchars >= 2 && i - start < len)
				n = add_span(w, spans, n, max, start, i - start, covered);
		}
		/* all or nothing: the sub-words must cover the word together */
		for (i = 0; i < len; i++)
			if (!covered[i])
				return 0;
	}
	return n;
}

/* all_single - does seg (no lexicon) cut s[0..len) into single characters? */
static int
all_single(PdSegmenter *seg, const char *s, size_t len, int *rc)
{
	PdToken		tok = {0, 0, 0};
	int			r;

	*rc = pd_seg_reset(seg, s, len);
	if (*rc != PD_SEG_OK)
		return 0;
	while ((r = pd_seg_next(seg, &tok, NULL)) > 0)
		if (tok.type != PD_TOK_CJK || pd_seg_char_count(s + tok.start, tok.len) != 1)
			return 0;
	*rc = r < 0 ? r : PD_SEG_OK;
	return r == 0;
}

int
pd_lexicon_derive_names(PdLexicon *lex, PdSegmenter *seg)
{
	size_t		nwords = lex->nwords,
				i,
				ncand = 0;
	uint32_t   *cand;			/* (string offset, prefix length) pairs */
	int			added = 0,
				rc;

	if (nwords == 0)
		return 0;
	cand = lex_alloc(lex, nwords * 2 * sizeof(uint32_t));
	if (!cand)
		return PD_SEG_NOMEM;
	for (i = 0; i < lex->cap; i++)
	{
		LexEntry   *e = &lex->tab[i];
		const char *w = lex->str + e->off;
		size_t		p = 0,
					nchars = 0;
		uint32_t	c;

		if (e->off == 0 || !(e->flags & LEX_WORD))
			continue;
		/* the first proper suffix of two or more characters that is a word */
		while (p < e->len)
		{
			p += pd_utf8_next((const unsigned char *) w + p, e->len - p, &c);
			nchars++;
			if (nchars >= 2 && p < e->len &&
				pd_seg_char_count(w + p, e->len - p) >= 2 &&
				pd_lexicon_contains(lex, w + p, e->len - p))
				break;
		}
		if (p >= e->len || pd_lexicon_contains(lex, w, p))
			continue;
		if (all_single(seg, w, p, &rc))
		{
			cand[2 * ncand] = e->off;
			cand[2 * ncand + 1] = (uint32_t) p;
			ncand++;
		}
		else if (rc < 0)
		{
			lex_free(lex, cand);
			return rc;
		}
	}
	/* adding may move the strings: copy each prefix out before adding it */
	for (i = 0; i < ncand; i++)
	{
		char		buf[PD_LEXICON_MAX_CHARS * 4];
		size_t		plen = cand[2 * i + 1];

		memcpy(buf, lex->str + cand[2 * i], plen);
		rc = pd_lexicon_add(lex, buf, plen);
		if (rc < 0)
		{
			lex_free(lex, cand);
			return rc;
		}
		added += rc;
	}
	lex_free(lex, cand);
	return added;
}
