/*-------------------------------------------------------------------------
 *
 * cores_callgrind.c
 *	  The segmenter over some documents, five passes, for instruction counts
 *	  that hold on a loaded machine (docs/numerals.md, "One reading of
 *	  characters").  Prints what it read (tokens, number parts and a hash of
 *	  both), so that two builds can be compared for output as well as for
 *	  cost.  The extractor's twin of this harness is metric_callgrind.c.
 *
 *	  cc -O2 -std=c11 -Isrc/core -o /tmp/cores test/bench/cores_callgrind.c \
 *		  src/core/pd_*.c -licui18n -licuuc -licudata -lm
 *	  valgrind --tool=callgrind --toggle-collect=run_seg /tmp/cores seg seeds/0*.txt
 *	  valgrind --tool=callgrind --toggle-collect=run_seg /tmp/cores \
 *		  segw=data/parkdata_zh.words seeds/0*.txt
 *
 * seg segments with ICU's dictionary, segw=IMAGE with the word list; each
 * token is folded and cut into its number parts, as the dictionary does.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  test/bench/cores_callgrind.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pd_alloc_std.h"
#include "pd_fold.h"
#include "pd_parts.h"
#include "pd_segment.h"
#include "pd_words.h"

#define PASSES	5
#define MAX_DOCS 64

static char *docs[MAX_DOCS];
static size_t lens[MAX_DOCS];
static int	ndocs;
static long tokens,
			parts;
static uint64_t hash = 1469598103934665603ULL;	/* FNV-1a */

static void
mix(const void *p, size_t n)
{
	const unsigned char *u = p;
	size_t		i;

	for (i = 0; i < n; i++)
		hash = (hash ^ u[i]) * 1099511628211ULL;
}

__attribute__((noinline)) void run_seg(PdSegmenter *seg);

void
run_seg(PdSegmenter *seg)
{
	PdToken		t;
	char		buf[PD_PARTS_BUF],
				fw[PD_SEG_MAX_TOKEN];
	PdPart		p[PD_PARTS_MAX];
	int			r,
				i,
				j,
				k;

	for (r = 0; r < PASSES; r++)
		for (i = 0; i < ndocs; i++)
		{
			pd_seg_reset(seg, docs[i], lens[i]);
			while (pd_seg_next(seg, &t, NULL) > 0)
			{
				size_t		fl = pd_fold_utf8(docs[i] + t.start, (size_t) t.len, fw, NULL);

				k = pd_number_parts(fw, fl, buf, sizeof(buf), p, PD_PARTS_MAX);
				tokens++;
				parts += k;
				mix(&t.start, sizeof(t.start));
				mix(&t.len, sizeof(t.len));
				mix(&t.type, sizeof(t.type));
				for (j = 0; j < k; j++)
				{
					mix(p[j].s, (size_t) p[j].len);
					mix(&p[j].alt, sizeof(p[j].alt));
				}
			}
		}
}

int
main(int argc, char **argv)
{
	PdAllocator a = PD_STD_ALLOCATOR;
	UErrorCode	st = U_ZERO_ERROR;
	UBreakIterator *bi;
	PdSegmenter *seg;
	PdToken		t;
	size_t		n;
	char	   *img;
	int			i;

	if (argc < 3)
	{
		fprintf(stderr, "usage: %s seg|segw=IMAGE FILE...\n", argv[0]);
		return 2;
	}
	for (i = 2; i < argc && ndocs < MAX_DOCS; i++)
		if ((docs[ndocs] = pd_read_file(argv[i], &lens[ndocs])) != NULL)
			ndocs++;
		else
			fprintf(stderr, "cannot read %s\n", argv[i]);
	bi = pd_seg_open_template(&st);
	seg = bi ? pd_seg_create(&a, bi, NULL) : NULL;
	if (!seg)
		return 1;
	if (strncmp(argv[1], "segw=", 5) == 0)
	{
		if ((img = pd_read_file(argv[1] + 5, &n)) == NULL)
			return 1;
		pd_seg_set_words(seg, pd_words_open(&a, img, n));
	}
	pd_seg_reset(seg, "十二万", strlen("十二万"));	/* ICU's first use */
	while (pd_seg_next(seg, &t, NULL) > 0)
		;
	run_seg(seg);
	printf("tokens %ld parts %ld hash %016llx\n", tokens, parts, (unsigned long long) hash);
	return 0;
}
