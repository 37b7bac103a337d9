/*-------------------------------------------------------------------------
 *
 * pd_seg_lexicon_image.c
 *	  The prebuilt image of the shipped lexicon words (see pd_seg_lexicon.h):
 *	  written at build time by src/tools/gen_lexicon.c, mapped read-only by
 *	  every backend (src/pd_lexicon.c) and read in place.
 *
 * Layout, in the byte order of the machine that built it (the header says
 * which): the header, the hash table (cap entries, as a lexicon holds them),
 * the filter's two bitmaps, the entry indexes of the derived names, the
 * strings; each part a multiple of 8 bytes.  A checksum covers everything
 * after the header.  Opening checks every field of the header and every
 * derived index; lookups are bounded on top (lex_probe), so a damaged image
 * is refused or, if it passes the checksum by chance, still never read out
 * of bounds.
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

#include "pd_seg_lexicon_int.h"

#define IMAGE_MAGIC		"PDLEXIMG"
#define IMAGE_VERSION	1
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
	uint32_t	reserved;
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
image_size(uint64_t cap, uint64_t strlen, uint64_t nderived)
{
	return sizeof(LexImageHeader) + round8(cap * sizeof(LexEntry)) + 2 * FILTER_BYTES +
		round8(nderived * sizeof(uint32_t)) + round8(strlen);
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

void *
pd_lex_image_build(const PdLexicon *lex, const PdLexicon *orig,
				   const PdLexImageInfo *info, size_t *size)
{
	LexImageHeader *hd;
	unsigned char *img,
			   *p;
	LexEntry   *tab;
	uint32_t   *derived;
	uint64_t	total,
				nderived = 0,
				i;

	if (lex->base || lex->cap > IMAGE_MAX_CAP || lex->strlen > IMAGE_MAX_STR)
		return NULL;
	for (i = 0; i < lex->cap; i++)
	{
		const LexEntry *e = &lex->tab[i];

		if (e->off != 0 && (e->flags & LEX_WORD) &&
			!pd_lexicon_contains(orig, lex->str + e->off, e->len))
			nderived++;
	}
	total = image_size(lex->cap, lex->strlen, nderived);
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
	p += round8(nderived * sizeof(uint32_t));
	memcpy(p, lex->str, lex->strlen);
	*size = (size_t) total;
	pd_lex_image_seal(img, *size);
	return img;
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
		hd->first_supp > 1 ||
		memchr(hd->info.icu_version, '\0', sizeof(hd->info.icu_version)) == NULL ||
		image_size(hd->cap, hd->strlen, hd->nderived) != size)
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
	im.str = (const char *) p;
	im.strlen = (size_t) hd->strlen;
	im.first_supp = (int) hd->first_supp;
	im.nwords = (size_t) hd->nwords;
	im.info = hd->info;
	for (i = 0; i < im.nderived; i++)
	{
		const LexEntry *e;

		if (im.derived[i] >= im.cap)
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
			return "The image lists a derived name outside its table.";
		case PD_LEXIMG_NOMEM:
			return "Out of memory.";
	}
	return "Unknown image status.";
}
