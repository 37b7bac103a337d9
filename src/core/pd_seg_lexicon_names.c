/*-------------------------------------------------------------------------
 *
 * pd_seg_lexicon_names.c
 *	  Names derived from lexicon words (华罗庚 from 华罗庚高新区): from every
 *	  word (pd_lexicon_derive_names), or, over a prebuilt image, from the
 *	  users' words and the shipped words they end (pd_lexicon_derive_over).
 *
 * A word's name is the part before its first proper suffix of two or more
 * characters that is a lexicon word, when that part has two characters or
 * more, is no word itself, and ICU alone cuts it into single characters.
 * Whether a shipped word w has a name, and which, depends on the lexicon
 * only through two questions: is a proper suffix of w a word (which moves
 * the cut), is the part before the cut a word (then w gives no name).  A
 * user's word u that ends w may move the cut, so w's name is found again;
 * a user's word that begins w changes w's name only by being it, and u is a
 * word either way, so the words are the same whether w is looked at again
 * or not.  Every other shipped word keeps the name it had in the image.
 * The image lists its words of four characters or more (the others have no
 * name) sorted by their bytes read backwards, so that the words u ends are
 * a range of it, and for each derived name how many shipped words derive
 * it.  Over the image, for the users' words U and the shipped words A that
 * one of them ends:
 *
 *	- the names of U and A against the shipped and users' words together
 *	  (as the full derivation finds them) are added;
 *	- the image's derived names whose every source lies in A (each source's
 *	  name taken against the shipped words alone, as the image found it) are
 *	  hidden unless found again or a user's word.
 *
 * That is the full derivation's result (test/unit/test_lexicon_names.c
 * compares the two on chosen and random lexicons), in time proportional to
 * the users' words and the shipped words they end, not to the image.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_seg_lexicon_names.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_seg_int.h"
#include "pd_seg_lexicon_int.h"

/* all_single - does seg (no lexicon) cut s[0..len) into single characters? */
static int
all_single(PdSegmenter *seg, const char *s, size_t len, int *rc)
{
	PdToken		tok = {0};
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

/*
 * name_word - is s[0..len) a word for the name test: of lex, or, with
 * shipped_only, a shipped word of lex's image (not a derived name)
 */
static int
name_word(const PdLexicon *lex, const char *s, size_t len, int shipped_only)
{
	const PdLexImage *b = lex->base;
	const LexEntry *e;

	if (!shipped_only)
		return pd_lexicon_contains(lex, s, len);
	e = lex_probe(b->tab, b->cap, b->str, b->strlen, s, len, fnv_extend(FNV_INIT, s, len));
	return e && (e->flags & LEX_IMAGE_FLAGS) == LEX_WORD;
}

size_t
pd_lexicon_name_at(const PdLexicon *lex, const char *w, size_t len, int shipped_only)
{
	size_t		p = 0,
				nchars = 0,
				total = pd_seg_char_count(w, len);
	uint32_t	c;

	/* a name of two characters and a suffix word of two at least */
	if (total < 4)
		return 0;
	while (p < len)
	{
		p += pd_utf8_next((const unsigned char *) w + p, len - p, &c);
		nchars++;
		if (nchars >= 2 && p < len && total - nchars >= 2 &&
			name_word(lex, w + p, len - p, shipped_only))
			break;
	}
	if (p >= len || name_word(lex, w, p, shipped_only))
		return 0;
	return p;
}

/* a list of names found: a size_t length, then the bytes, one after another */
typedef struct NameList
{
	PdAllocator a;
	char	   *buf;
	size_t		used;
	size_t		cap;
} NameList;

static int
names_push(NameList *nl, const char *w, size_t p)
{
	size_t		need = nl->used + sizeof(size_t) + p;

	if (need > nl->cap)
	{
		size_t		ncap = nl->cap ? nl->cap * 2 : 1024;
		char	   *nbuf;

		while (ncap < need)
			ncap *= 2;
		nbuf = nl->a.alloc(nl->a.arg, ncap);
		if (!nbuf)
			return PD_SEG_NOMEM;
		if (nl->used)
			memcpy(nbuf, nl->buf, nl->used);
		if (nl->buf && nl->a.free)
			nl->a.free(nl->a.arg, nl->buf);
		nl->buf = nbuf;
		nl->cap = ncap;
	}
	memcpy(nl->buf + nl->used, &p, sizeof(size_t));
	memcpy(nl->buf + nl->used + sizeof(size_t), w, p);
	nl->used = need;
	return PD_SEG_OK;
}

/*
 * name_of - push the name of lexicon word w[0..len) onto nl if it has one
 * that ICU cuts into single characters.  Returns PD_SEG_OK or an error.
 */
static int
name_of(PdLexicon *lex, PdSegmenter *seg, const char *w, size_t len, NameList *nl)
{
	size_t		p = pd_lexicon_name_at(lex, w, len, 0);
	int			rc = PD_SEG_OK;

	if (p == 0)
		return PD_SEG_OK;
	if (all_single(seg, w, p, &rc))
		return names_push(nl, w, p);
	return rc;
}

/*
 * names_add - add the names of nl to lex (the words were copied out first:
 * adding may move them); the number added or an error
 */
static int
names_add(PdLexicon *lex, NameList *nl)
{
	size_t		off,
				len;
	int			added = 0,
				rc = 0;

	for (off = 0; rc >= 0 && off < nl->used; off += sizeof(size_t) + len)
	{
		memcpy(&len, nl->buf + off, sizeof(size_t));
		rc = pd_lexicon_add(lex, nl->buf + off + sizeof(size_t), len);
		if (rc > 0)
			added += rc;
	}
	if (nl->buf && nl->a.free)
		nl->a.free(nl->a.arg, nl->buf);
	nl->buf = NULL;
	nl->used = nl->cap = 0;
	return rc < 0 ? rc : added;
}

int
pd_lexicon_derive_names(PdLexicon *lex, PdSegmenter *seg)
{
	size_t		iter = 0,
				len;
	const char *w;
	NameList	nl = {seg->a, NULL, 0, 0};
	int			rc = PD_SEG_OK;

	while (rc == PD_SEG_OK && pd_lexicon_next_word(lex, &iter, &w, &len))
		rc = name_of(lex, seg, w, len, &nl);
	if (rc != PD_SEG_OK)
	{
		if (nl.buf && nl.a.free)
			nl.a.free(nl.a.arg, nl.buf);
		return rc;
	}
	return names_add(lex, &nl);
}

/* ------------------------------------------------------------------------
 * Over an image: the users' words and the shipped words they touch
 * ------------------------------------------------------------------------
 */

/* what the derivation over an image keeps while it runs */
typedef struct OverState
{
	PdLexicon  *lex;
	const PdLexImage *b;
	uint8_t    *seen;			/* a bit per image entry: in A already */
	uint32_t   *touched;		/* A: entry indexes of the shipped words */
	size_t		ntouched;
	size_t		cap_touched;
	uint32_t   *lost;			/* per derived name: sources in A */
} OverState;

static int
touch(OverState *st, uint32_t ent)
{
	if ((st->seen[ent >> 3] >> (ent & 7)) & 1)
		return PD_SEG_OK;
	if (st->ntouched == st->cap_touched)
	{
		size_t		ncap = st->cap_touched ? st->cap_touched * 2 : 64;
		uint32_t   *n = st->lex->a.alloc(st->lex->a.arg, ncap * sizeof(uint32_t));

		if (!n)
			return PD_SEG_NOMEM;
		if (st->ntouched)
			memcpy(n, st->touched, st->ntouched * sizeof(uint32_t));
		if (st->touched && st->lex->a.free)
			st->lex->a.free(st->lex->a.arg, st->touched);
		st->touched = n;
		st->cap_touched = ncap;
	}
	st->seen[ent >> 3] |= (uint8_t) (1 << (ent & 7));
	st->touched[st->ntouched++] = ent;
	return PD_SEG_OK;
}

/* touch_ending - every shipped word that u[0..n) ends, into A */
static int
touch_ending(OverState *st, const char *u, size_t n)
{
	uint32_t	ents[64];
	size_t		cursor = 0,
				got,
				i;
	int			rc;

	do
	{
		got = pd_lex_image_ending(st->b, u, n, &cursor, ents, 64);
		for (i = 0; i < got; i++)
			if ((rc = touch(st, ents[i])) != PD_SEG_OK)
				return rc;
	} while (got == 64);
	return PD_SEG_OK;
}

/*
 * lose - the shipped word of image entry ent is in A: its name against the
 * shipped words alone, if the image derived it, has one source fewer
 */
static void
lose(OverState *st, uint32_t ent)
{
	const LexEntry *e = &st->b->tab[ent];
	const char *w = st->b->str + e->off;
	size_t		p = pd_lexicon_name_at(st->lex, w, e->len, 1);
	long		k;

	if (p == 0)
		return;
	k = pd_lex_image_derived_index(st->b, w, p);
	if (k >= 0)
		st->lost[k]++;
}

/* over_names - the names of U and A into nl, A's lost sources counted */
static int
over_names(OverState *st, PdSegmenter *seg, NameList *nl)
{
	PdLexicon  *lex = st->lex;
	size_t		i;
	int			rc = PD_SEG_OK;

	/* A: the shipped words that a user's word ends */
	for (i = 0; rc == PD_SEG_OK && i < lex->cap; i++)
		if (lex->tab[i].off != 0 && (lex->tab[i].flags & LEX_WORD))
			rc = touch_ending(st, lex->str + lex->tab[i].off, lex->tab[i].len);
	for (i = 0; rc == PD_SEG_OK && i < st->ntouched; i++)
	{
		const LexEntry *e = &st->b->tab[st->touched[i]];

		lose(st, st->touched[i]);
		rc = name_of(lex, seg, st->b->str + e->off, e->len, nl);
	}
	/* U; the names are added after every name is found, as from all words */
	for (i = 0; rc == PD_SEG_OK && i < lex->cap; i++)
		if (lex->tab[i].off != 0 && (lex->tab[i].flags & LEX_WORD))
			rc = name_of(lex, seg, lex->str + lex->tab[i].off, lex->tab[i].len, nl);
	return rc;
}

/*
 * hide_lost - hide the image's derived names that lost every source and
 * were not found again (nor are a user's word)
 */
static int
hide_lost(OverState *st)
{
	PdLexicon  *lex = st->lex;
	size_t		k;

	for (k = 0; k < st->b->nderived; k++)
	{
		const LexEntry *be = &st->b->tab[st->b->derived[k]];
		const LexEntry *own;

		if (st->lost[k] < st->b->dsources[k])
			continue;
		own = lex_probe(lex->tab, lex->cap, lex->str, lex->strlen,
						st->b->str + be->off, be->len, be->hash);
		if (own && (own->flags & (LEX_WORD | LEX_TOMB)))
			continue;
		if (pd_lexicon_hide(lex, st->b->str + be->off, be->len) < 0)
			return PD_SEG_NOMEM;
	}
	return PD_SEG_OK;
}

static void
over_free(OverState *st)
{
	PdAllocator *a = &st->lex->a;

	if (!a->free)
		return;
	if (st->seen)
		a->free(a->arg, st->seen);
	if (st->touched)
		a->free(a->arg, st->touched);
	if (st->lost)
		a->free(a->arg, st->lost);
}

int
pd_lexicon_derive_over(PdLexicon *lex, PdSegmenter *seg)
{
	OverState	st;
	NameList	nl = {seg->a, NULL, 0, 0};
	int			rc,
				added = 0;

	if (!lex->base)
		return pd_lexicon_derive_names(lex, seg);
	memset(&st, 0, sizeof(st));
	st.lex = lex;
	st.b = lex->base;
	st.seen = lex->a.alloc(lex->a.arg, st.b->cap / 8 + 1);
	st.lost = lex->a.alloc(lex->a.arg, (st.b->nderived + 1) * sizeof(uint32_t));
	if (!st.seen || !st.lost)
	{
		over_free(&st);
		return PD_SEG_NOMEM;
	}
	memset(st.seen, 0, st.b->cap / 8 + 1);
	memset(st.lost, 0, (st.b->nderived + 1) * sizeof(uint32_t));
	pd_lexicon_derive_begin(lex);
	rc = over_names(&st, seg, &nl);
	if (rc == PD_SEG_OK)
		rc = added = names_add(lex, &nl);
	else if (nl.buf && nl.a.free)
		nl.a.free(nl.a.arg, nl.buf);
	lex->deriving = 0;
	if (rc >= 0)
		rc = hide_lost(&st);
	over_free(&st);
	return rc < 0 ? rc : added;
}
