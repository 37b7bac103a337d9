/*-------------------------------------------------------------------------
 *
 * pd_seg_lexicon.c
 *	  The segmenter's domain lexicon (see pd_seg_lexicon.h), alone or over a
 *	  prebuilt image of the shipped words (pd_seg_lexicon_image.c).
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
#include "pd_seg_lexicon_int.h"
#include "pd_chars.h"

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

PdLexicon *
pd_lexicon_create_over(const PdAllocator *alloc, const PdLexImage *base)
{
	PdLexicon  *lex = pd_lexicon_create(alloc);

	if (!lex || !base)
		return lex;
	lex->base = base;
	memcpy(lex->f.first, base->first, sizeof(lex->f.first));
	memcpy(lex->f.pair, base->pair, sizeof(lex->f.pair));
	lex->f.first_supp = base->first_supp;
	lex->f.nwords = base->nwords;
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

size_t
pd_lexicon_own_words(const PdLexicon *lex)
{
	return lex ? lex->nown : 0;
}

/* own_find - the entry of this lexicon's own table for s[0..len), or NULL */
static inline LexEntry *
own_find(const PdLexicon *lex, const char *s, size_t len, uint32_t h)
{
	return (LexEntry *) lex_probe(lex->tab, lex->cap, lex->str, lex->strlen, s, len, h);
}

/* base_find - the image's entry for s[0..len), or NULL (also without image) */
static inline const LexEntry *
base_find(const PdLexicon *lex, const char *s, size_t len, uint32_t h)
{
	const PdLexImage *b = lex->base;

	return b ? lex_probe(b->tab, b->cap, b->str, b->strlen, s, len, h) : NULL;
}

/*
 * is_word - is the key whose own entry is own and image entry be (either
 * NULL) a word?  An own word, or a word of the image not hidden here; the
 * image's derived names are none while names are being derived.
 */
static inline int
is_word(const PdLexicon *lex, const LexEntry *own, const LexEntry *be)
{
	if (own && (own->flags & LEX_WORD))
		return 1;
	if (!be || !(be->flags & LEX_WORD) || (own && (own->flags & LEX_TOMB)))
		return 0;
	return !(lex->deriving && (be->flags & LEX_DERIVED));
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

/* filter_add - let the filter pass the folded word buf[0..n) */
static void
filter_add(PdLexicon *lex, const char *buf, size_t n)
{
	uint32_t	c,
				c2,
				pb;
	size_t		cl = pd_utf8_next((const unsigned char *) buf, n, &c);

	if (c < 0x10000)
		lex->f.first[c >> 3] |= (uint8_t) (1 << (c & 7));
	else
		lex->f.first_supp = 1;
	pd_utf8_next((const unsigned char *) buf + cl, n - cl, &c2);
	pb = pd_lexfilter_bit(c, c2);
	lex->f.pair[pb >> 3] |= (uint8_t) (1 << (pb & 7));
}

/*
 * add_key - put the folded key buf[0..n) and its prefixes in the own table,
 * the key with flags (its prefixes as prefixes only).  Returns 1 if the key
 * got flags it did not have, 0 if it had them, PD_LEXICON_NOMEM.
 */
static int
add_key(PdLexicon *lex, const char *buf, size_t n, uint16_t flags)
{
	size_t		i = 0,
				off;
	uint32_t	h = FNV_INIT,
				c;
	int			added = 0,
				changed = 0;

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
	/* the key's bytes, once; every prefix entry points into them */
	off = lex->strlen;
	memcpy(lex->str + off, buf, n);
	while (i < n)
	{
		size_t		cl = pd_utf8_next((const unsigned char *) buf + i, n - i, &c);
		LexEntry   *e;
		int			last;

		h = fnv_extend(h, buf + i, cl);
		i += cl;
		last = (i == n);
		/* the new bytes are not counted in strlen yet: found only if older */
		e = own_find(lex, buf, i, h);
		if (e)
		{
			if (last && (e->flags & flags) != flags)
			{
				e->flags |= flags;
				changed = 1;
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
			lex->tab[j].flags = last ? flags : 0;
			lex->used++;
			added = 1;
			changed |= last;
		}
	}
	if (added)
		lex->strlen += n;
	return changed;
}

int
pd_lexicon_add(PdLexicon *lex, const char *word, size_t len)
{
	char		buf[PD_LEXICON_MAX_CHARS * 4];
	size_t		n,
				nchars;
	uint16_t	flags = LEX_WORD;
	int			rc;

	if (len == 0 || len > sizeof(buf))
		return 0;
	n = pd_fold_utf8(word, len, buf, NULL);
	nchars = pd_utf8_count((const unsigned char *) buf, n);
	if (nchars < 2 || nchars > PD_LEXICON_MAX_CHARS)
		return 0;
	if (lex->base)
	{
		uint32_t	h = fnv_extend(FNV_INIT, buf, n);
		const LexEntry *be = base_find(lex, buf, n, h);
		const LexEntry *own = own_find(lex, buf, n, h);

		if (own && (own->flags & LEX_WORD))
			return 0;
		if (be && (be->flags & LEX_WORD))
		{
			/* a shipped word: nothing to add */
			if (!(be->flags & LEX_DERIVED))
				return 0;
			/* a name the image derived: a word of its own here, counted once */
			flags |= LEX_SHADOW;
		}
	}
	rc = add_key(lex, buf, n, flags);
	if (rc <= 0)
		return rc;
	filter_add(lex, buf, n);
	if (!(flags & LEX_SHADOW))
		lex->f.nwords++;
	if (lex->base && !lex->deriving)
		lex->nown++;
	return 1;
}

void
pd_lexicon_derive_begin(PdLexicon *lex)
{
	lex->deriving = 1;
}

int
pd_lexicon_hide(PdLexicon *lex, const char *s, size_t len)
{
	int			rc = add_key(lex, s, len, LEX_TOMB);

	if (rc < 0)
		return rc;
	lex->f.nwords--;
	return 0;
}

int
pd_lexicon_derive_end(PdLexicon *lex)
{
	const PdLexImage *b = lex->base;
	size_t		i;

	lex->deriving = 0;
	for (i = 0; b && i < b->nderived; i++)
	{
		const LexEntry *be = &b->tab[b->derived[i]];
		const char *w = b->str + be->off;
		const LexEntry *own = own_find(lex, w, be->len, be->hash);
		int			rc;

		if (own && (own->flags & (LEX_WORD | LEX_TOMB)))
			continue;
		rc = pd_lexicon_hide(lex, w, be->len);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/*
 * matches_from - the loop of pd_lexicon_matches from s[0..len), whose first
 * two characters passed the pair filter: each character's length decoded,
 * or where cp is not NULL read from the code point cp[i] of the character
 * at s[i] (pd_lexicon_matches_cp)
 */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int
matches_from(const PdLexicon *lex, const char *s, size_t len, const uint32_t *cp,
			 size_t *out, int maxout)
{
	uint32_t	h = FNV_INIT,
				c;
	size_t		i = 0,
				nchars = 0;
	int			nout = 0,
				own_alive = lex->used > 0,
				base_alive = lex->base != NULL;

	while (i < len && nchars < PD_LEXICON_MAX_CHARS)
	{
		size_t		cl;
		const LexEntry *own = NULL,
				   *be = NULL;

		if (cp)
		{
			c = cp[i];
			cl = pd_utf8_len(c);
		}
		else
			cl = pd_utf8_next((const unsigned char *) s + i, len - i, &c);
		h = fnv_extend(h, s + i, cl);
		i += cl;
		nchars++;
		if (own_alive && !(own = own_find(lex, s, i, h)))
			own_alive = 0;
		if (base_alive && !(be = base_find(lex, s, i, h)))
			base_alive = 0;
		if (!own_alive && !base_alive)
			break;
		if (nout < maxout && is_word(lex, own, be))
			out[nout++] = i;
	}
	return nout;
}

int
pd_lexicon_matches(const PdLexicon *lex, const char *s, size_t len,
				   size_t *out, int maxout)
{
	uint32_t	c,
				c2;
	size_t		i;

	if (!lex || lex->f.nwords == 0 || len == 0)
		return 0;
	i = pd_utf8_next((const unsigned char *) s, len, &c);
	if (i >= len)
		return 0;
	pd_utf8_next((const unsigned char *) s + i, len - i, &c2);
	if (!pd_lexfilter_may_pair(&lex->f, c, c2))
		return 0;
	return matches_from(lex, s, len, NULL, out, maxout);
}

int
pd_lexicon_matches_cp(const PdLexicon *lex, const char *s, size_t len, const uint32_t *cp,
					  size_t *out, int maxout)
{
	if (!lex || lex->f.nwords == 0 || len == 0)
		return 0;
	return matches_from(lex, s, len, cp, out, maxout);
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
	uint32_t	h;

	if (!lex || lex->f.nwords == 0 || len == 0 || len > 0xFFFF)
		return 0;
	h = fnv_extend(FNV_INIT, s, len);
	return is_word(lex, lex->used > 0 ? own_find(lex, s, len, h) : NULL,
				   base_find(lex, s, len, h));
}

const PdLexFilter *
pd_lexicon_filter(const PdLexicon *lex)
{
	return lex ? &lex->f : NULL;
}

/*
 * pd_lexicon_next_word - the image's words first (*iter below its table's
 * size), then the own table's
 */
int
pd_lexicon_next_word(const PdLexicon *lex, size_t *iter, const char **w, size_t *len)
{
	const PdLexImage *b = lex ? lex->base : NULL;
	size_t		bcap = b ? b->cap : 0;

	while (lex && *iter < bcap)
	{
		const LexEntry *be = &b->tab[(*iter)++];
		const LexEntry *own;

		if (be->off == 0 || (size_t) be->off + be->len > b->strlen ||
			!is_word(lex, NULL, be))
			continue;
		/* hidden here, or listed with the own words (a shadow) */
		own = lex->used > 0 ? own_find(lex, b->str + be->off, be->len, be->hash) : NULL;
		if (own && (own->flags & (LEX_TOMB | LEX_WORD)))
			continue;
		*w = b->str + be->off;
		*len = be->len;
		return 1;
	}
	while (lex && *iter - bcap < lex->cap)
	{
		const LexEntry *e = &lex->tab[(*iter)++ - bcap];

		if (e->off != 0 && (e->flags & LEX_WORD))
		{
			*w = lex->str + e->off;
			*len = e->len;
			return 1;
		}
	}
	return 0;
}
