/*-------------------------------------------------------------------------
 *
 * lexicon_image_fuzzer.c
 *	  libFuzzer target for the prebuilt lexicon image reader
 *	  (src/core/pd_seg_lexicon_image.c) and a lexicon over an image.
 *
 * A valid image is built once from a few words.  The first input byte
 * chooses where the rest of the input is written over a copy of it (header
 * included); the copy is opened as it is (mostly refused: checksum) and once
 * more sealed (its checksum rewritten, so the damage reaches the reader's
 * other checks and the lookups).  Whatever opens is then searched with the
 * input as text, users' words added and names re-derived (every name again,
 * and from the users' words and the shipped words they end, with the
 * image's suffix index): the reader must refuse or stay within the image,
 * under ASan/UBSan.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  test/fuzz/lexicon_image_fuzzer.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>

#include "pd_alloc_std.h"
#include "pd_seg_lexicon.h"
#include "pd_segment.h"

static const PdAllocator A = PD_STD_ALLOCATOR;
static PdSegmenter *raw;		/* no lexicon: the names' ICU test */
static unsigned char *good;
static size_t good_size;

static void
build_good(void)
{
	static const char *const words[] = {"高新区", "国家高新区", "华罗庚高新区", "科技园",
	"中关村科技园区", "人才资源", "GDP总量", "十四五"};
	PdLexicon  *lex = pd_lexicon_create(&A),
			   *orig = pd_lexicon_create(&A);
	PdLexImageInfo info;
	UErrorCode	status = U_ZERO_ERROR;
	size_t		i;

	raw = pd_seg_create(&A, pd_seg_open_template(&status), NULL);

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
	{
		pd_lexicon_add(lex, words[i], strlen(words[i]));
		pd_lexicon_add(orig, words[i], strlen(words[i]));
	}
	pd_lexicon_add(lex, "华罗庚", strlen("华罗庚"));
	memset(&info, 0, sizeof(info));
	good = pd_lex_image_build(lex, orig, &info, &good_size);
	pd_lexicon_destroy(lex);
	pd_lexicon_destroy(orig);
}

static void
exercise(const unsigned char *img, size_t size, const char *text, size_t len)
{
	PdLexImageStatus st;
	PdLexImage *im = pd_lex_image_open(&A, img, size, &st);
	PdLexicon  *over;
	size_t		off,
				iter = 0,
				wl,
				m[PD_LEXICON_MAX_CHARS];
	const char *w;

	if (!im)
	{
		(void) pd_lex_image_error(st);
		return;
	}
	over = pd_lexicon_create_over(&A, im);
	for (off = 0; off < len; off++)
	{
		pd_lexicon_matches(over, text + off, len - off, m, PD_LEXICON_MAX_CHARS);
		pd_lexicon_contains(over, text + off, len - off);
	}
	while (pd_lexicon_next_word(over, &iter, &w, &wl))
		;
	if (len > 0)
		pd_lexicon_add(over, text, len < 64 ? len : 64);
	pd_lexicon_derive_begin(over);
	iter = 0;
	while (pd_lexicon_next_word(over, &iter, &w, &wl))
		pd_lexicon_contains(over, w, wl);
	pd_lexicon_derive_end(over);
	pd_lexicon_destroy(over);
	over = pd_lexicon_create_over(&A, im);
	if (len > 0)
		pd_lexicon_add(over, text, len < 64 ? len : 64);
	pd_lexicon_add(over, "庚高新区", strlen("庚高新区"));
	if (raw)
		pd_lexicon_derive_over(over, raw);
	pd_lexicon_destroy(over);
	pd_lex_image_close(im);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *img;
	size_t		pos,
				n,
				len;

	if (!good)
		build_good();
	if (!good || size < 1)
		return 0;
	img = malloc(good_size);
	memcpy(img, good, good_size);
	pos = (size_t) data[0] * good_size / 256;
	n = size - 1 < good_size - pos ? size - 1 : good_size - pos;
	memcpy(img + pos, data + 1, n);
	/* the text: the input after the first byte */
	len = size - 1;
	exercise(img, good_size, (const char *) data + 1, len);
	pd_lex_image_seal(img, good_size);
	exercise(img, good_size, (const char *) data + 1, len);
	/* truncated at the first byte's place */
	exercise(img, pos, (const char *) data + 1, len);
	free(img);
	return 0;
}
