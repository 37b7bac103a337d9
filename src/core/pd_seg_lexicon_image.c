/*-------------------------------------------------------------------------
 *
 * pd_seg_lexicon_image.c
 *	  The prebuilt image of the shipped lexicon words (see pd_seg_lexicon.h):
 *	  written at build time by src/tools/gen_lexicon.c, mapped read-only by
 *	  every backend (src/pd_lexicon.c) and read in place.
 *
 * Layout, in the byte order of the machine that built it (the header says
 * which): the header, the hash table (cap entries, as a lexicon holds them),
 * the filter's two bitmaps, the entry indexes of the derived names (in
 * table order), how many shipped words derive each, the entry indexes of
 * the shipped words of four characters or more sorted by their bytes read
 * backwards (so that the words a user's word ends are a range of it:
 * pd_lex_image_ending, for the names derived over the image,
 * pd_seg_lexicon_names.c), the strings; each part a multiple of 8 bytes.  A checksum covers everything after the header.
 * Opening checks every field of the header and every derived index and
 * count; lookups are bounded on top (lex_probe, index_word), so a damaged
 * image is refused or, if it passes the checksum by chance, still never
 * read out of bounds.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_seg_lexicon_image.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_chars.h"
#include "pd_seg_lexicon_int.h"

#define IMAGE_MAGIC		"PDLEXIMG"
#define IMAGE_VERSION	2
#define IMAGE_BYTEORDER 0x01020304u
#define IMAGE_MAX_CAP	((uint64_t) 1 << 26)
#define IMAGE_MAX_STR	((uint64_t) 1 << 31)
#define FILTER_BYTES	(0x10000 / 8)

typedef struct LexImageHeader
{
	char		magic[8];
	uint32_t	byteorder;		/* IMAGE_BYTEORDER as the builder wrote it */
	uint32_t	version;
	uint32_t	header_size;	/* sizeof(LexImageHeader) */
	uint32_t	entry_size;		/* sizeof(LexEntry) */
	uint64_t	size;			/* of the whole image */
	uint64_t	checksum;		/* image_checksum of what follows the header */
	uint64_t	cap;
	uint64_t	strlen;
	uint64_t	nderived;
	uint64_t	nwords;
	uint32_t	first_supp;
	uint32_t	nindexed;		/* shipped words in the suffix index */
	PdLexImageInfo info;
} LexImageHeader;

/* round8 - n rounded up to a multiple of 8 */
static inline uint64_t
round8(uint64_t n)
{
	return (n + 7) & ~(uint64_t) 7;
}

/* image_size - bytes of an image of these sizes (all bounded by the caller) */
static uint64_t
image_size(uint64_t cap, uint64_t strlen, uint64_t nderived, uint64_t nindexed)
{
	return sizeof(LexImageHeader) + round8(cap * sizeof(LexEntry)) + 2 * FILTER_BYTES +
		2 * round8(nderived * sizeof(uint32_t)) + round8(nindexed * sizeof(uint32_t)) +
		round8(strlen);
}

/*
 * image_checksum - a Fletcher-style checksum of p[0..n), n a multiple of 8,
 * over 64-bit words: a running sum and the sum of the running sums, so that
 * a changed, lost or moved word changes it.  Cheap (a backend checks it at
 * every first use), not a defence against a forged file: lookups are
 * bounded for that (lex_probe).
 */
static uint64_t
image_checksum(const unsigned char *p, size_t n)
{
	uint64_t	a = 1,
				b = 0,
				w;
	size_t		i;

	for (i = 0; i + 8 <= n; i += 8)
	{
		memcpy(&w, p + i, 8);
		a += w;
		b += a;
	}
	return a ^ (b * 0x9E3779B97F4A7C15u);
}

uint64_t
pd_lexicon_row_hash(const char *word, size_t len, int synonym_only)
{
	uint64_t	h = 14695981039346656037u;
	size_t		i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char) word[i]) * 1099511628211u;
	return synonym_only ? ~h : h;
}

/* ------------------------------------------------------------------------
 * The suffix index: shipped words by their bytes read backwards
 * ------------------------------------------------------------------------
 */

/* cmp_last - order of w[0..wl) and u[0..n) by their bytes read backwards */
static int
cmp_last(const char *w, size_t wl, const char *u, size_t n)
{
	size_t		i,
				m = wl < n ? wl : n;

	for (i = 1; i <= m; i++)
		if (w[wl - i] != u[n - i])
			return (unsigned char) w[wl - i] < (unsigned char) u[n - i] ? -1 : 1;
	return wl < n ? -1 : wl > n;
}

/* the words of a table being sorted (build time) */
typedef struct SortCtx
{
	const LexEntry *tab;
	const char *str;
} SortCtx;

static int
sort_cmp(const SortCtx *cx, uint32_t x, uint32_t y)
{
	const LexEntry *a = &cx->tab[x],
			   *b = &cx->tab[y];

	return cmp_last(cx->str + a->off, a->len, cx->str + b->off, b->len);
}

/* merge_sort - sort v[0..n) by sort_cmp, tmp[0..n) scratch */
static void
merge_sort(const SortCtx *cx, uint32_t *v, uint32_t *tmp, size_t n)
{
	size_t		h = n / 2,
				i = 0,
				j = h,
				k = 0;

	if (n < 2)
		return;
	merge_sort(cx, v, tmp, h);
	merge_sort(cx, v + h, tmp, n - h);
	while (i < h && j < n)
		tmp[k++] = sort_cmp(cx, v[j], v[i]) < 0 ? v[j++] : v[i++];
	while (i < h)
		tmp[k++] = v[i++];
	while (j < n)
		tmp[k++] = v[j++];
	memcpy(v, tmp, n * sizeof(uint32_t));
}

/*
 * derived_index - k such that derived[k] == ent (derived[] ascending), or -1
 */
static long
derived_index(const uint32_t *derived, size_t nderived, uint32_t ent)
{
	size_t		lo = 0,
				hi = nderived;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (derived[mid] < ent)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < nderived && derived[lo] == ent ? (long) lo : -1;
}

/* is_indexed - is entry e of lex a shipped word of four characters or more? */
static int
is_indexed(const PdLexicon *lex, const LexEntry *e)
{
	return e->off != 0 && (e->flags & LEX_IMAGE_FLAGS) == LEX_WORD &&
		pd_utf8_count((const unsigned char *) lex->str + e->off, e->len) >= 4;
}

/*
 * count_sources - dsources[k] = how many shipped words of orig have derived
 * name k (pd_lexicon_name_at): every derived name must have one, else the
 * image is not lex's words and their names.  0 or -1.
 */
static int
count_sources(const PdLexicon *lex, const PdLexicon *orig, const LexEntry *tab,
			  const uint32_t *derived, uint32_t *dsources, uint64_t nderived)
{
	uint64_t	i;

	for (i = 0; i < lex->cap; i++)
	{
		const LexEntry *e = &tab[i],
				   *ne;
		size_t		p;
		long		k;

		if (e->off == 0 || (e->flags & LEX_IMAGE_FLAGS) != LEX_WORD)
			continue;
		p = pd_lexicon_name_at(orig, lex->str + e->off, e->len, 0);
		if (p == 0)
			continue;
		ne = lex_probe(tab, lex->cap, lex->str, lex->strlen, lex->str + e->off, p,
					   fnv_extend(FNV_INIT, lex->str + e->off, p));
		k = ne ? derived_index(derived, nderived, (uint32_t) (ne - tab)) : -1;
		if (k >= 0)
			dsources[k]++;
	}
	for (i = 0; i < nderived; i++)
		if (dsources[i] == 0)
			return -1;
	return 0;
}

/*
 * build_suffixes - the suffix index of the image's table tab (a copy of
 * lex's, derived names marked) into bylast; 0 or -1 (no memory)
 */
static int
build_suffixes(const PdLexicon *lex, const LexEntry *tab, uint32_t *bylast, uint64_t nindexed)
{
	SortCtx		cx = {tab, lex->str};
	uint32_t   *tmp = lex->a.alloc(lex->a.arg, nindexed * sizeof(uint32_t) + 1);
	uint64_t	i,
				n = 0;

	if (!tmp)
		return -1;
	for (i = 0; i < lex->cap; i++)
		if (is_indexed(lex, &tab[i]))
			bylast[n++] = (uint32_t) i;
	merge_sort(&cx, bylast, tmp, nindexed);
	if (lex->a.free)
		lex->a.free(lex->a.arg, tmp);
	return 0;
}

void *
pd_lex_image_build(const PdLexicon *lex, const PdLexicon *orig,
				   const PdLexImageInfo *info, size_t *size)
{
	LexImageHeader *hd;
	unsigned char *img,
			   *p;
	LexEntry   *tab;
	uint32_t   *derived,
			   *dsources,
			   *bylast;
	uint64_t	total,
				nderived = 0,
				nindexed = 0,
				i;

	if (lex->base || lex->cap > IMAGE_MAX_CAP || lex->strlen > IMAGE_MAX_STR)
		return NULL;
	for (i = 0; i < lex->cap; i++)
	{
		const LexEntry *e = &lex->tab[i];

		if (e->off == 0 || !(e->flags & LEX_WORD))
			continue;
		if (!pd_lexicon_contains(orig, lex->str + e->off, e->len))
			nderived++;
		else if (pd_utf8_count((const unsigned char *) lex->str + e->off, e->len) >= 4)
			nindexed++;
	}
	total = image_size(lex->cap, lex->strlen, nderived, nindexed);
	img = lex->a.alloc(lex->a.arg, (size_t) total);
	if (!img)
		return NULL;
	memset(img, 0, (size_t) total);
	hd = (LexImageHeader *) img;
	memcpy(hd->magic, IMAGE_MAGIC, 8);
	hd->byteorder = IMAGE_BYTEORDER;
	hd->version = IMAGE_VERSION;
	hd->header_size = sizeof(LexImageHeader);
	hd->entry_size = sizeof(LexEntry);
	hd->size = total;
	hd->cap = lex->cap;
	hd->strlen = lex->strlen;
	hd->nderived = nderived;
	hd->nwords = lex->f.nwords;
	hd->first_supp = (uint32_t) lex->f.first_supp;
	hd->nindexed = (uint32_t) nindexed;
	hd->info = *info;
	hd->info.icu_version[sizeof(hd->info.icu_version) - 1] = '\0';

	p = img + sizeof(LexImageHeader);
	tab = (LexEntry *) p;
	memcpy(tab, lex->tab, lex->cap * sizeof(LexEntry));
	p += round8(lex->cap * sizeof(LexEntry));
	memcpy(p, lex->f.first, FILTER_BYTES);
	memcpy(p + FILTER_BYTES, lex->f.pair, FILTER_BYTES);
	p += 2 * FILTER_BYTES;
	derived = (uint32_t *) p;
	p += round8(nderived * sizeof(uint32_t));
	dsources = (uint32_t *) p;
	p += round8(nderived * sizeof(uint32_t));
	bylast = (uint32_t *) p;
	p += round8(nindexed * sizeof(uint32_t));
	nderived = 0;
	for (i = 0; i < lex->cap; i++)
	{
		LexEntry   *e = &tab[i];

		e->flags &= LEX_WORD;
		if (e->off != 0 && (e->flags & LEX_WORD) &&
			!pd_lexicon_contains(orig, lex->str + e->off, e->len))
		{
			e->flags |= LEX_DERIVED;
			derived[nderived++] = (uint32_t) i;
		}
	}
	memcpy(p, lex->str, lex->strlen);
	if (count_sources(lex, orig, tab, derived, dsources, nderived) != 0 ||
		build_suffixes(lex, tab, bylast, nindexed) != 0)
	{
		if (lex->a.free)
			lex->a.free(lex->a.arg, img);
		return NULL;
	}
	*size = (size_t) total;
	pd_lex_image_seal(img, *size);
	return img;
}

/*
 * index_word - the word of suffix index entry ent of im in *w, *len, if ent
 * is a shipped word of its table within its strings; else 0
 */
static inline int
index_word(const PdLexImage *im, uint32_t ent, const char **w, size_t *len)
{
	const LexEntry *e;

	if (ent >= im->cap)
		return 0;
	e = &im->tab[ent];
	if (e->off == 0 || (size_t) e->off + e->len > im->strlen ||
		(e->flags & LEX_IMAGE_FLAGS) != LEX_WORD)
		return 0;
	*w = im->str + e->off;
	*len = e->len;
	return 1;
}

/* ending_start - the first place of the suffix index not below u */
static size_t
ending_start(const PdLexImage *im, const char *u, size_t n)
{
	size_t		lo = 0,
				hi = im->nindexed;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2,
					wl;
		const char *w;

		if (!index_word(im, im->bylast[mid], &w, &wl) || cmp_last(w, wl, u, n) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
pd_lex_image_ending(const PdLexImage *im, const char *u, size_t n, size_t *cursor,
					uint32_t *out, size_t max)
{
	size_t		i,
				got = 0;

	i = *cursor ? *cursor - 1 : ending_start(im, u, n);
	for (; i < im->nindexed && got < max; i++)
	{
		const char *w;
		size_t		wl;

		if (!index_word(im, im->bylast[i], &w, &wl) || wl < n ||
			memcmp(w + wl - n, u, n) != 0)
			break;
		if (wl > n)
			out[got++] = im->bylast[i];
	}
	*cursor = i + 1;
	return got;
}

long
pd_lex_image_derived_index(const PdLexImage *im, const char *s, size_t len)
{
	const LexEntry *e = lex_probe(im->tab, im->cap, im->str, im->strlen, s, len,
								  fnv_extend(FNV_INIT, s, len));

	if (!e || !(e->flags & LEX_DERIVED))
		return -1;
	return derived_index(im->derived, im->nderived, (uint32_t) (e - im->tab));
}

void
pd_lex_image_seal(void *img, size_t size)
{
	LexImageHeader *hd = img;

	if (size >= sizeof(LexImageHeader))
		hd->checksum = image_checksum((unsigned char *) img + sizeof(LexImageHeader),
									  (size - sizeof(LexImageHeader)) & ~(size_t) 7);
}

/* header_check - is the header of img[0..size) one this reader can use? */
static PdLexImageStatus
header_check(const LexImageHeader *hd, size_t size)
{
	if (size < sizeof(LexImageHeader))
		return PD_LEXIMG_SHORT;
	if (memcmp(hd->magic, IMAGE_MAGIC, 8) != 0)
		return PD_LEXIMG_MAGIC;
	if (hd->byteorder != IMAGE_BYTEORDER)
		return PD_LEXIMG_BYTEORDER;
	if (hd->version != IMAGE_VERSION)
		return PD_LEXIMG_VERSION;
	if (hd->header_size != sizeof(LexImageHeader) || hd->entry_size != sizeof(LexEntry))
		return PD_LEXIMG_BYTEORDER;
	if (hd->size != size)
		return PD_LEXIMG_LENGTH;
	if (hd->cap == 0 || hd->cap > IMAGE_MAX_CAP || (hd->cap & (hd->cap - 1)) != 0 ||
		hd->strlen > IMAGE_MAX_STR || hd->nderived > hd->cap || hd->nwords > hd->cap ||
		hd->nindexed > hd->cap || hd->first_supp > 1 ||
		memchr(hd->info.icu_version, '\0', sizeof(hd->info.icu_version)) == NULL ||
		image_size(hd->cap, hd->strlen, hd->nderived, hd->nindexed) != size)
		return PD_LEXIMG_LAYOUT;
	return PD_LEXIMG_OK;
}

PdLexImage *
pd_lex_image_open(const PdAllocator *alloc, const void *img, size_t size,
				  PdLexImageStatus *status)
{
	const LexImageHeader *hd = img;
	const unsigned char *p = img;
	PdLexImage	im;
	PdLexImage *res;
	size_t		i;

	*status = header_check(hd, size);
	if (*status != PD_LEXIMG_OK)
		return NULL;
	if (image_checksum(p + sizeof(LexImageHeader), (size - sizeof(LexImageHeader)) & ~(size_t) 7) !=
		hd->checksum)
	{
		*status = PD_LEXIMG_CHECKSUM;
		return NULL;
	}
	memset(&im, 0, sizeof(im));
	im.a = *alloc;
	p += sizeof(LexImageHeader);
	im.tab = (const LexEntry *) p;
	im.cap = (size_t) hd->cap;
	p += round8(hd->cap * sizeof(LexEntry));
	im.first = p;
	im.pair = p + FILTER_BYTES;
	p += 2 * FILTER_BYTES;
	im.derived = (const uint32_t *) p;
	im.nderived = (size_t) hd->nderived;
	p += round8(hd->nderived * sizeof(uint32_t));
	im.dsources = (const uint32_t *) p;
	p += round8(hd->nderived * sizeof(uint32_t));
	im.nindexed = (size_t) hd->nindexed;
	im.bylast = (const uint32_t *) p;
	p += round8(hd->nindexed * sizeof(uint32_t));
	im.str = (const char *) p;
	im.strlen = (size_t) hd->strlen;
	im.first_supp = (int) hd->first_supp;
	im.nwords = (size_t) hd->nwords;
	im.info = hd->info;
	for (i = 0; i < im.nderived; i++)
	{
		const LexEntry *e;

		if (im.derived[i] >= im.cap || (i > 0 && im.derived[i] <= im.derived[i - 1]) ||
			im.dsources[i] == 0 || im.dsources[i] > im.cap)
			break;
		e = &im.tab[im.derived[i]];
		if (e->off == 0 || (size_t) e->off + e->len > im.strlen ||
			(e->flags & (LEX_WORD | LEX_DERIVED)) != (LEX_WORD | LEX_DERIVED))
			break;
	}
	if (i < im.nderived)
	{
		*status = PD_LEXIMG_DERIVED;
		return NULL;
	}
	res = alloc->alloc(alloc->arg, sizeof(PdLexImage));
	if (!res)
	{
		*status = PD_LEXIMG_NOMEM;
		return NULL;
	}
	*res = im;
	return res;
}

void
pd_lex_image_close(PdLexImage *im)
{
	if (im && im->a.free)
		im->a.free(im->a.arg, im);
}

const PdLexImageInfo *
pd_lex_image_info(const PdLexImage *im)
{
	return &im->info;
}

size_t
pd_lex_image_words(const PdLexImage *im)
{
	return im ? im->nwords : 0;
}

const char *
pd_lex_image_error(PdLexImageStatus status)
{
	switch (status)
	{
		case PD_LEXIMG_OK:
			return "The image is valid.";
		case PD_LEXIMG_SHORT:
			return "The file is shorter than an image header.";
		case PD_LEXIMG_MAGIC:
			return "The file does not start with the lexicon image signature.";
		case PD_LEXIMG_VERSION:
			return "The image has another format version than this build reads.";
		case PD_LEXIMG_BYTEORDER:
			return "The image was built on a machine of another byte order or word size.";
		case PD_LEXIMG_LENGTH:
			return "The file's length differs from the length its header records (truncated or extended).";
		case PD_LEXIMG_LAYOUT:
			return "The sizes in the image header contradict each other.";
		case PD_LEXIMG_CHECKSUM:
			return "The image's checksum does not match its contents.";
		case PD_LEXIMG_DERIVED:
			return "The image lists a derived name outside its table, out of order, or without a source.";
		case PD_LEXIMG_NOMEM:
			return "Out of memory.";
	}
	return "Unknown image status.";
}
