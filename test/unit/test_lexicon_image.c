/*-------------------------------------------------------------------------
 *
 * test_lexicon_image.c
 *	  Unit tests of the prebuilt lexicon image (src/core/pd_seg_lexicon_image.c)
 *	  and of a lexicon over one (pd_seg_lexicon.c): the same answers as the
 *	  lexicon it was built from, the users' words on top, names derived
 *	  afresh, and damaged images refused or read within bounds.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  test/unit/test_lexicon_image.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>

#include "pd_alloc_std.h"
#include "pd_chars.h"
#include "pd_seg_lexicon_int.h"
#include "pd_segment.h"
#include "pd_test.h"

/* header offsets (LexImageHeader in pd_seg_lexicon_image.c) */
#define OFF_BYTEORDER	8
#define OFF_VERSION		12
#define OFF_SIZE		24
#define OFF_CAP			40
#define OFF_STRLEN		48
#define OFF_NDERIVED	56
#define OFF_NINDEXED	76
#define HEADER_SIZE		120

static const PdAllocator A = PD_STD_ALLOCATOR;
static PdSegmenter *raw;		/* no lexicon: the names' ICU test */

/* rnd - a small deterministic generator (no rand_r in strict C11) */
static unsigned int
rnd(unsigned int *state)
{
	*state = *state * 1103515245u + 12345u;
	return (*state >> 8) & 0xFFFFFF;
}

static const char *const shipped[] = {
	"高新区", "国家高新区", "溧阳高新区", "华罗庚高新区", "科技园", "中关村科技园区",
	"中关村", "人才资源", "高新技术企业", "國家高新區", "ＧＤＰ总量", "张江高科技园区",
	"高科技园区", "长三角", "粤港澳大湾区", "十四五", "a", "高"
};

/* the names a derivation would add: words of lex, not of orig */
static const char *const derived[] = {"华罗庚", "张江"};

static PdLexicon *
shipped_lexicon(int with_derived)
{
	PdLexicon  *lex = pd_lexicon_create(&A);
	size_t		i;

	for (i = 0; i < sizeof(shipped) / sizeof(shipped[0]); i++)
		pd_lexicon_add(lex, shipped[i], strlen(shipped[i]));
	for (i = 0; with_derived && i < sizeof(derived) / sizeof(derived[0]); i++)
		pd_lexicon_add(lex, derived[i], strlen(derived[i]));
	return lex;
}

static void *
build_image(size_t *size)
{
	PdLexicon  *lex = shipped_lexicon(1),
			   *orig = shipped_lexicon(0);
	PdLexImageInfo info;
	void	   *img;

	memset(&info, 0, sizeof(info));
	info.rows = 18;
	info.rowsum = 12345;
	info.wordlist_words = 7;
	strcpy(info.icu_version, "72.1");
	img = pd_lex_image_build(lex, orig, &info, size);
	pd_lexicon_destroy(lex);
	pd_lexicon_destroy(orig);
	return img;
}

/*
 * same_answers - do a and b answer alike on the texts?  (And a's
 * pd_lexicon_matches_cp, given each character's code point where it starts,
 * as pd_lexicon_matches.)
 */
static int
same_answers(const PdLexicon *a, const PdLexicon *b, const char *const *texts, int n)
{
	int			i;

	if (pd_lexicon_count(a) != pd_lexicon_count(b))
		return 0;
	for (i = 0; i < n; i++)
	{
		const char *s = texts[i];
		size_t		len = strlen(s),
					off,
					next = 0;
		uint32_t	cp[1024];

		if (len > 1024)
			return 0;
		for (off = 0; off < len; off += pd_utf8_next((const unsigned char *) s + off, len - off, &cp[off]))
			;
		for (off = 0; off < len; off++)
		{
			size_t		ma[PD_LEXICON_MAX_CHARS],
						mb[PD_LEXICON_MAX_CHARS];
			int			na = pd_lexicon_matches(a, s + off, len - off, ma, PD_LEXICON_MAX_CHARS),
						nb = pd_lexicon_matches(b, s + off, len - off, mb, PD_LEXICON_MAX_CHARS);

			if (na != nb || (na > 0 && memcmp(ma, mb, na * sizeof(size_t)) != 0))
				return 0;
			if (off == next)
			{
				uint32_t	c;

				nb = pd_lexicon_matches_cp(a, s + off, len - off, cp + off, mb, PD_LEXICON_MAX_CHARS);
				if (na != nb || (na > 0 && memcmp(ma, mb, na * sizeof(size_t)) != 0))
					return 0;
				next = off + pd_utf8_next((const unsigned char *) s + off, len - off, &c);
			}
			if (pd_lexicon_contains(a, s + off, len - off) != pd_lexicon_contains(b, s + off, len - off))
				return 0;
		}
	}
	return 1;
}

static size_t
listed_words(const PdLexicon *lex)
{
	size_t		iter = 0,
				n = 0,
				len;
	const char *w;

	while (pd_lexicon_next_word(lex, &iter, &w, &len))
	{
		if (!pd_lexicon_contains(lex, w, len))
			return (size_t) -1;
		n++;
	}
	return n;
}

static const char *const texts[] = {
	"华罗庚高新区和国家高新区、中关村科技园区", "张江高科技园区的高新技术企业", "国家高新区GDP总量",
	"溧阳高新区人才资源", "粤港澳大湾区长三角十四五", "张江华罗庚", "高新区高新区高", "罗庚湾科技城"
};
#define NTEXTS ((int) (sizeof(texts) / sizeof(texts[0])))

static void
test_round_trip(void)
{
	size_t		size;
	void	   *img = build_image(&size);
	PdLexImageStatus st;
	PdLexImage *im = pd_lex_image_open(&A, img, size, &st);
	PdLexicon  *over,
			   *plain = shipped_lexicon(1);

	PD_CHECK(im != NULL && st == PD_LEXIMG_OK, "image opens (%s)", pd_lex_image_error(st));
	if (!im)
		return;
	PD_CHECK(pd_lex_image_info(im)->rows == 18 && pd_lex_image_info(im)->rowsum == 12345 &&
			 strcmp(pd_lex_image_info(im)->icu_version, "72.1") == 0, "image info kept");
	PD_CHECK(pd_lex_image_words(im) == pd_lexicon_count(plain), "image words %zu", pd_lex_image_words(im));
	over = pd_lexicon_create_over(&A, im);
	PD_CHECK(same_answers(over, plain, texts, NTEXTS), "over the image = the lexicon it was built from");
	PD_CHECK(pd_lexicon_own_words(over) == 0, "nothing compiled");
	PD_CHECK(listed_words(over) == pd_lexicon_count(over), "every word listed once");
	PD_CHECK(pd_lexicon_add(over, "国家高新区", strlen("国家高新区")) == 0, "a shipped word is not added");
	PD_CHECK(pd_lexicon_add(over, "國家高新區", strlen("國家高新區")) == 0, "nor its Traditional form");
	PD_CHECK(pd_lexicon_own_words(over) == 0, "still nothing compiled");

	/* users' words on top */
	pd_lexicon_add(over, "罗庚湾科技城", strlen("罗庚湾科技城"));
	pd_lexicon_add(plain, "罗庚湾科技城", strlen("罗庚湾科技城"));
	pd_lexicon_add(over, "高新技术企业数", strlen("高新技术企业数"));
	pd_lexicon_add(plain, "高新技术企业数", strlen("高新技术企业数"));
	PD_CHECK(pd_lexicon_own_words(over) == 2, "two words compiled");
	PD_CHECK(same_answers(over, plain, texts, NTEXTS), "users' words over the image = all in one");
	PD_CHECK(listed_words(over) == pd_lexicon_count(over), "every word listed once (%zu)", listed_words(over));
	pd_lexicon_destroy(over);
	pd_lexicon_destroy(plain);
	pd_lex_image_close(im);
	free(img);
}

/* ending - how many shipped words of im (4+ characters) u ends */
static size_t
ending(const PdLexImage *im, const char *u)
{
	uint32_t	ents[2];
	size_t		cursor = 0,
				got,
				n = 0;

	do
	{
		got = pd_lex_image_ending(im, u, strlen(u), &cursor, ents, 2);
		n += got;
	} while (got == 2);
	return n;
}

/* the suffix index: the shipped words that a word ends, none derived */
static void
test_suffix_index(void)
{
	size_t		size;
	void	   *img = build_image(&size);
	PdLexImageStatus st;
	PdLexImage *im = pd_lex_image_open(&A, img, size, &st);

	if (!im)
		return;
	PD_CHECK(ending(im, "高新区") == 3, "高新区 ends 国家高新区, 溧阳高新区, 华罗庚高新区 (%zu)",
			 ending(im, "高新区"));
	PD_CHECK(ending(im, "科技园区") == 3, "科技园区 ends three (%zu)", ending(im, "科技园区"));
	PD_CHECK(ending(im, "庚高新区") == 1, "庚高新区 ends one (%zu)", ending(im, "庚高新区"));
	PD_CHECK(ending(im, "华罗庚高新区") == 0, "a word does not end itself");
	PD_CHECK(ending(im, "区") == 7, "seven of them end in 区 (%zu)", ending(im, "区"));
	PD_CHECK(ending(im, "华罗庚") == 0, "a derived name is not indexed");
	PD_CHECK(ending(im, "园园区") == 0 && ending(im, "") == 10, "none; all ten (%zu)", ending(im, ""));
	pd_lex_image_close(im);
	free(img);
}

/*
 * derive - what pd_lexicon_derive_names does, with the names given: add
 * them between derive_begin and derive_end
 */
static void
test_derive(void)
{
	size_t		size;
	void	   *img = build_image(&size);
	PdLexImageStatus st;
	PdLexImage *im = pd_lex_image_open(&A, img, size, &st);
	PdLexicon  *over,
			   *plain;
	size_t		before;

	if (!im)
		return;
	/* 华罗庚 derived again, 张江 not (a user's word changed its cut) */
	over = pd_lexicon_create_over(&A, im);
	pd_lexicon_add(over, "江高科技园区", strlen("江高科技园区"));
	before = pd_lexicon_count(over);
	pd_lexicon_derive_begin(over);
	PD_CHECK(!pd_lexicon_contains(over, "华罗庚", strlen("华罗庚")), "derived names set aside while deriving");
	PD_CHECK(pd_lexicon_contains(over, "高新区", strlen("高新区")), "shipped words stay while deriving");
	PD_CHECK(listed_words(over) == before - 2, "derived names not listed while deriving");
	PD_CHECK(pd_lexicon_add(over, "华罗庚", strlen("华罗庚")) == 1, "a name derived again");
	PD_CHECK(pd_lexicon_derive_end(over) == 0, "derive_end");
	PD_CHECK(pd_lexicon_contains(over, "华罗庚", strlen("华罗庚")), "华罗庚 kept");
	PD_CHECK(!pd_lexicon_contains(over, "张江", strlen("张江")), "张江 hidden");
	PD_CHECK(pd_lexicon_count(over) == before - 1, "count: one name fewer (%zu, %zu)", pd_lexicon_count(over), before);
	PD_CHECK(listed_words(over) == pd_lexicon_count(over), "listing agrees with the count");

	plain = shipped_lexicon(0);
	pd_lexicon_add(plain, "江高科技园区", strlen("江高科技园区"));
	pd_lexicon_add(plain, "华罗庚", strlen("华罗庚"));
	PD_CHECK(same_answers(over, plain, texts, NTEXTS), "= compiling every word with the same names");
	pd_lexicon_destroy(plain);
	pd_lexicon_destroy(over);

	/* a user's word that is a derived name: a word of its own, counted once */
	over = pd_lexicon_create_over(&A, im);
	before = pd_lexicon_count(over);
	PD_CHECK(pd_lexicon_add(over, "张江", strlen("张江")) == 1 && pd_lexicon_own_words(over) == 1 &&
			 pd_lexicon_count(over) == before, "a derived name added by a user");
	pd_lexicon_derive_begin(over);
	PD_CHECK(pd_lexicon_contains(over, "张江", strlen("张江")), "the user's word stays while deriving");
	pd_lexicon_derive_end(over);
	PD_CHECK(pd_lexicon_contains(over, "张江", strlen("张江")) &&
			 !pd_lexicon_contains(over, "华罗庚", strlen("华罗庚")), "the user's word kept, the other name hidden");
	PD_CHECK(listed_words(over) == pd_lexicon_count(over), "listing agrees with the count");
	pd_lexicon_destroy(over);
	pd_lex_image_close(im);
	free(img);
}

/* expect - open a damaged copy of img and check the status it gets */
static void
expect(const void *img, size_t size, PdLexImageStatus want, const char *what)
{
	PdLexImageStatus st = PD_LEXIMG_OK;
	PdLexImage *im = pd_lex_image_open(&A, img, size, &st);

	PD_CHECK(im == NULL && st == want, "%s: refused as %d, got %d (%s)", what, (int) want, (int) st,
			 pd_lex_image_error(st));
	pd_lex_image_close(im);
}

/* lookups_bounded - every lookup on a lexicon over im stays inside it */
static void
lookups_bounded(const PdLexImage *im)
{
	PdLexicon  *over = pd_lexicon_create_over(&A, im);
	size_t		iter = 0,
				len,
				m[PD_LEXICON_MAX_CHARS];
	const char *w;
	int			i;

	for (i = 0; i < NTEXTS; i++)
	{
		size_t		off,
					n = strlen(texts[i]);

		for (off = 0; off < n; off++)
		{
			pd_lexicon_matches(over, texts[i] + off, n - off, m, PD_LEXICON_MAX_CHARS);
			pd_lexicon_contains(over, texts[i] + off, n - off);
		}
	}
	while (pd_lexicon_next_word(over, &iter, &w, &len))
		;
	pd_lexicon_add(over, "张江", strlen("张江"));
	pd_lexicon_derive_begin(over);
	pd_lexicon_derive_end(over);
	pd_lexicon_destroy(over);
	/* names from the users' words and the shipped words they end */
	over = pd_lexicon_create_over(&A, im);
	pd_lexicon_add(over, "庚高新区", strlen("庚高新区"));
	pd_lexicon_add(over, "科技园区", strlen("科技园区"));
	pd_lexicon_derive_over(over, raw);
	listed_words(over);
	pd_lexicon_destroy(over);
}

static void
test_damaged(void)
{
	size_t		size,
				i;
	unsigned char *img = build_image(&size),
			   *bad = malloc(size);
	uint64_t	v;
	uint32_t	u;
	unsigned int seed = 14;
	int			opened = 0,
				refused = 0;

	expect(img, 0, PD_LEXIMG_SHORT, "empty file");
	expect(img, HEADER_SIZE - 1, PD_LEXIMG_SHORT, "half a header");
	expect(img, size - 1, PD_LEXIMG_LENGTH, "truncated by a byte");
	expect(img, size - 8, PD_LEXIMG_LENGTH, "truncated by a word");
	expect(img, HEADER_SIZE, PD_LEXIMG_LENGTH, "header only");

	memcpy(bad, img, size);
	bad[0] = 'X';
	expect(bad, size, PD_LEXIMG_MAGIC, "another signature");

	memcpy(bad, img, size);
	memcpy(&u, bad + OFF_BYTEORDER, 4);
	u = __builtin_bswap32(u);
	memcpy(bad + OFF_BYTEORDER, &u, 4);
	expect(bad, size, PD_LEXIMG_BYTEORDER, "other byte order");

	memcpy(bad, img, size);
	bad[OFF_VERSION]++;
	expect(bad, size, PD_LEXIMG_VERSION, "another version");

	memcpy(bad, img, size);
	memcpy(&v, bad + OFF_SIZE, 8);
	v += 8;
	memcpy(bad + OFF_SIZE, &v, 8);
	expect(bad, size, PD_LEXIMG_LENGTH, "length field off");

	memcpy(bad, img, size);
	memcpy(&v, bad + OFF_CAP, 8);
	v += 1;
	memcpy(bad + OFF_CAP, &v, 8);
	expect(bad, size, PD_LEXIMG_LAYOUT, "table size not a power of two");

	memcpy(bad, img, size);
	memcpy(&v, bad + OFF_STRLEN, 8);
	v = UINT64_MAX - 3;
	memcpy(bad + OFF_STRLEN, &v, 8);
	expect(bad, size, PD_LEXIMG_LAYOUT, "huge string length");

	memcpy(bad, img, size);
	memcpy(&v, bad + OFF_NDERIVED, 8);
	v = ((uint64_t) 1 << 62) + 1;
	memcpy(bad + OFF_NDERIVED, &v, 8);
	expect(bad, size, PD_LEXIMG_LAYOUT, "huge derived count");

	memcpy(bad, img, size);
	bad[size - 3] ^= 0x40;
	expect(bad, size, PD_LEXIMG_CHECKSUM, "a flipped bit in the strings");
	memcpy(bad, img, size);
	bad[HEADER_SIZE + 5] ^= 1;
	expect(bad, size, PD_LEXIMG_CHECKSUM, "a flipped bit in the table");

	/* the derived list: its indexes are checked (sealed, so past the checksum) */
	{
		size_t		dpos = size;
		uint64_t	cap,
					strl,
					nd;

		memcpy(&cap, img + OFF_CAP, 8);
		memcpy(&strl, img + OFF_STRLEN, 8);
		memcpy(&nd, img + OFF_NDERIVED, 8);
		dpos = HEADER_SIZE + ((cap * 12 + 7) & ~(uint64_t) 7) + 2 * 8192;
		PD_CHECK(nd == 2, "two derived names in the image (%llu)", (unsigned long long) nd);
		memcpy(bad, img, size);
		u = (uint32_t) cap;
		memcpy(bad + dpos, &u, 4);
		pd_lex_image_seal(bad, size);
		expect(bad, size, PD_LEXIMG_DERIVED, "a derived index past the table");
		memcpy(bad, img, size);
		u = 0;
		while (u < cap && ((uint32_t *) (bad + HEADER_SIZE))[u * 3 + 1] != 0)
			u++;				/* an empty slot */
		memcpy(bad + dpos, &u, 4);
		pd_lex_image_seal(bad, size);
		expect(bad, size, PD_LEXIMG_DERIVED, "a derived index at an empty slot");
		memcpy(bad, img, size);
		u = 0;
		memcpy(bad + dpos + 8, &u, 4);
		pd_lex_image_seal(bad, size);
		expect(bad, size, PD_LEXIMG_DERIVED, "a derived name without a source");
		memcpy(bad, img, size);
		memcpy(bad + dpos, img + dpos + 4, 4);
		memcpy(bad + dpos + 4, img + dpos, 4);
		pd_lex_image_seal(bad, size);
		expect(bad, size, PD_LEXIMG_DERIVED, "derived names out of order");

		/* the suffix index: an entry off the table, or at an empty slot */
		memcpy(bad, img, size);
		u = (uint32_t) cap + 5;
		memcpy(bad + dpos + 16, &u, 4);
		u = 0;
		while (u < cap && ((uint32_t *) (bad + HEADER_SIZE))[u * 3 + 1] != 0)
			u++;
		memcpy(bad + dpos + 20, &u, 4);
		pd_lex_image_seal(bad, size);
		{
			PdLexImageStatus st;
			PdLexImage *im = pd_lex_image_open(&A, bad, size, &st);

			PD_CHECK(im != NULL, "a damaged suffix index opens (read within bounds)");
			if (im)
			{
				lookups_bounded(im);
				pd_lex_image_close(im);
			}
		}
		memcpy(&u, img + OFF_NINDEXED, 4);
		PD_CHECK(u == 10, "ten shipped words of four characters or more indexed (%u)", u);
		memcpy(bad, img, size);
		u += 2;
		memcpy(bad + OFF_NINDEXED, &u, 4);
		expect(bad, size, PD_LEXIMG_LAYOUT, "an index count that does not fit the length");
		(void) strl;
	}

	/*
	 * random damage to the body, sealed again so that it passes the
	 * checksum: opened or refused, lookups never leave the image (run
	 * under ASan by suite 90-sanitizers)
	 */
	for (i = 0; i < 300; i++)
	{
		PdLexImageStatus st;
		PdLexImage *im;
		int			k,
					nflip = 1 + (int) (rnd(&seed) % 16);

		memcpy(bad, img, size);
		for (k = 0; k < nflip; k++)
		{
			size_t		pos = HEADER_SIZE + (size_t) rnd(&seed) % (size - HEADER_SIZE);

			bad[pos] = (unsigned char) rnd(&seed);
		}
		pd_lex_image_seal(bad, size);
		im = pd_lex_image_open(&A, bad, size, &st);
		if (im)
		{
			opened++;
			lookups_bounded(im);
			pd_lex_image_close(im);
		}
		else
			refused++;
	}
	PD_CHECK(opened + refused == 300, "300 damaged images: %d opened and read within bounds, %d refused",
			 opened, refused);
	free(bad);
	free(img);
}

int
main(void)
{
	UErrorCode	status = U_ZERO_ERROR;
	UBreakIterator *bi = pd_seg_open_template(&status);

	raw = pd_seg_create(&A, bi, NULL);
	PD_CHECK(raw != NULL, "a segmenter without lexicon (%s)", u_errorName(status));
	if (!raw)
		return pd_test_summary("test_lexicon_image");
	test_round_trip();
	test_suffix_index();
	test_derive();
	test_damaged();
	pd_seg_destroy(raw);
	ubrk_close(bi);
	return pd_test_summary("test_lexicon_image");
}
