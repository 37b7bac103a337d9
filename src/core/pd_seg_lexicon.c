/*-------------------------------------------------------------------------
 *
 * pd_seg_lexicon.c
 *	  The segmenter's domain lexicon (see pd_seg_lexicon.h).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_seg_lexicon.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_fold.h"
#include "pd_seg_lexicon.h"
#include "pd_chars.h"

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
	PdLexFilter f;				/* f.nwords: number of distinct words */
};

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
	return lex ? lex->f.nwords : 0;
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
		return PD_LEXICON_NOMEM;
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
	return 0;
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
	nchars = pd_utf8_count((const unsigned char *) buf, n);
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
			return PD_LEXICON_NOMEM;
		nstr = lex_alloc(lex, ncap);
		if (!nstr)
			return PD_LEXICON_NOMEM;
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
			lex->f.first[c >> 3] |= (uint8_t) (1 << (c & 7));
		else
			lex->f.first_supp = 1;
		pd_utf8_next((const unsigned char *) buf + cl, n - cl, &c2);
		pb = pd_lexfilter_bit(c, c2);
		lex->f.pair[pb >> 3] |= (uint8_t) (1 << (pb & 7));
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
				lex->f.nwords++;
				newword = 1;
			}
			continue;
		}
		if ((lex->used + 1) * 2 > lex->cap && lex_grow(lex) != 0)
			return PD_LEXICON_NOMEM;
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
				lex->f.nwords++;
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

	if (!lex || lex->f.nwords == 0 || len == 0)
		return 0;
	i = pd_utf8_next((const unsigned char *) s, len, &c);
	if (i >= len)
		return 0;
	{
		uint32_t	c2;

		pd_utf8_next((const unsigned char *) s + i, len - i, &c2);
		if (!pd_lexfilter_may_pair(&lex->f, c, c2))
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

	if (!lex || lex->f.nwords == 0 || len == 0 || len > 0xFFFF)
		return 0;
	e = lex_find(lex, s, len, fnv_extend(FNV_INIT, s, len));
	return e != NULL && (e->flags & LEX_WORD) != 0;
}

const PdLexFilter *
pd_lexicon_filter(const PdLexicon *lex)
{
	return lex ? &lex->f : NULL;
}

int
pd_lexicon_next_word(const PdLexicon *lex, size_t *iter, const char **w, size_t *len)
{
	while (lex && *iter < lex->cap)
	{
		const LexEntry *e = &lex->tab[(*iter)++];

		if (e->off != 0 && (e->flags & LEX_WORD))
		{
			*w = lex->str + e->off;
			*len = e->len;
			return 1;
		}
	}
	return 0;
}
