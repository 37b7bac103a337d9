/*-------------------------------------------------------------------------
 *
 * test_lexicon_names.c
 *	  Unit tests of the names derived over a prebuilt lexicon image
 *	  (pd_lexicon_derive_over, src/core/pd_seg_lexicon_names.c): the same
 *	  words as deriving from every word, on chosen lexicons (users' words that
 *	  add a name, shadow a shipped or derived word, end or begin shipped
 *	  words, Traditional spellings) and on random ones.
 *
 * Three lexicons are compared each time: every word compiled and the names
 * derived from all of them (no image: the truth), the users' words over the
 * image with every name derived again (derive_begin, derive_names,
 * derive_end: what a backend did before), and the users' words over the
 * image with pd_lexicon_derive_over.  Same count, same words listed, same
 * answers to lookups.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  test/unit/test_lexicon_names.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>

#include "pd_alloc_std.h"
#include "pd_seg_lexicon.h"
#include "pd_segment.h"
#include "pd_test.h"

static const PdAllocator A = PD_STD_ALLOCATOR;
static PdSegmenter *raw;		/* no lexicon: for the names' ICU test */

#define MAXW 256

/* a list of words */
typedef struct Words
{
	const char *w[MAXW];
	int			n;
} Words;

static void
words_from(Words *ws, const char *const *list)
{
	ws->n = 0;
	while (list && *list && ws->n < MAXW)
		ws->w[ws->n++] = *list++;
}

static PdLexicon *
plain_of(const Words *s, const Words *u)
{
	PdLexicon  *lex = pd_lexicon_create(&A);
	int			i;

	for (i = 0; i < s->n; i++)
		pd_lexicon_add(lex, s->w[i], strlen(s->w[i]));
	for (i = 0; u && i < u->n; i++)
		pd_lexicon_add(lex, u->w[i], strlen(u->w[i]));
	return lex;
}

/* image_of - the image of the shipped words s and their names; NULL if none */
static PdLexImage *
image_of(const Words *s, void **img)
{
	PdLexicon  *lex = plain_of(s, NULL),
			   *orig = plain_of(s, NULL);
	PdLexImageInfo info;
	PdLexImageStatus st;
	PdLexImage *im = NULL;
	size_t		size;

	memset(&info, 0, sizeof(info));
	PD_CHECK(pd_lexicon_derive_names(lex, raw) >= 0, "names of the shipped words");
	*img = pd_lex_image_build(lex, orig, &info, &size);
	PD_CHECK(*img != NULL, "image built");
	if (*img)
		im = pd_lex_image_open(&A, *img, size, &st);
	PD_CHECK(im != NULL, "image opens");
	pd_lexicon_destroy(lex);
	pd_lexicon_destroy(orig);
	return im;
}

static PdLexicon *
over_of(const PdLexImage *im, const Words *u, int incremental)
{
	PdLexicon  *lex = pd_lexicon_create_over(&A, im);
	int			i,
				rc;

	for (i = 0; i < u->n; i++)
		pd_lexicon_add(lex, u->w[i], strlen(u->w[i]));
	if (incremental)
		rc = pd_lexicon_derive_over(lex, raw);
	else
	{
		pd_lexicon_derive_begin(lex);
		rc = pd_lexicon_derive_names(lex, raw);
		if (rc >= 0)
			rc = pd_lexicon_derive_end(lex);
	}
	PD_CHECK(rc >= 0, "derivation over the image (%d)", rc);
	return lex;
}

/* the words a lexicon lists, sorted, in one buffer of NUL-terminated words */
typedef struct Listed
{
	char	   *buf;
	char	  **v;
	size_t		n;
} Listed;

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

static Listed
listed(const PdLexicon *lex)
{
	Listed		l = {NULL, NULL, 0};
	size_t		iter = 0,
				len,
				total = 0,
				off = 0,
				i = 0;
	const char *w;

	while (pd_lexicon_next_word(lex, &iter, &w, &len))
	{
		total += len + 1;
		l.n++;
	}
	l.buf = malloc(total + 1);
	l.v = malloc((l.n + 1) * sizeof(char *));
	iter = 0;
	while (pd_lexicon_next_word(lex, &iter, &w, &len))
	{
		memcpy(l.buf + off, w, len);
		l.buf[off + len] = '\0';
		l.v[i++] = l.buf + off;
		off += len + 1;
	}
	qsort(l.v, l.n, sizeof(char *), cmp_str);
	return l;
}

/* same_words - do a and b have the same words (and lookups agree on them)? */
static int
same_words(const PdLexicon *a, const PdLexicon *b, const char *what)
{
	Listed		la = listed(a),
				lb = listed(b);
	size_t		i;
	int			ok = la.n == lb.n && pd_lexicon_count(a) == la.n && pd_lexicon_count(b) == lb.n;

	for (i = 0; ok && i < la.n; i++)
		if (strcmp(la.v[i], lb.v[i]) != 0)
		{
			fprintf(stderr, "%s: %s against %s\n", what, la.v[i], lb.v[i]);
			ok = 0;
		}
	for (i = 0; ok && i < la.n; i++)
	{
		size_t		len = strlen(la.v[i]),
					m[PD_LEXICON_MAX_CHARS];
		int			n = pd_lexicon_matches(b, la.v[i], len, m, PD_LEXICON_MAX_CHARS);

		ok = pd_lexicon_contains(b, la.v[i], len) && n > 0 && m[n - 1] == len &&
			n == pd_lexicon_matches(a, la.v[i], len, m, PD_LEXICON_MAX_CHARS);
	}
	if (!ok)
		fprintf(stderr, "%s: %zu words (count %zu) against %zu (count %zu)\n", what, la.n,
				pd_lexicon_count(a), lb.n, pd_lexicon_count(b));
	free(la.buf);
	free(la.v);
	free(lb.buf);
	free(lb.v);
	return ok;
}

/*
 * compare - the users' words u over the image of s: derive_over = every
 * name derived again = every word compiled; 1 if all agree.  *truth gets
 * the plain lexicon (the caller destroys it) when truth is not NULL.
 */
static int
compare(const Words *s, const Words *u, const char *what, PdLexicon **truth)
{
	void	   *img = NULL;
	PdLexImage *im = image_of(s, &img);
	PdLexicon  *plain = plain_of(s, u),
			   *full,
			   *inc;
	int			ok;

	if (!im)
	{
		free(img);
		pd_lexicon_destroy(plain);
		return 0;
	}
	PD_CHECK(pd_lexicon_derive_names(plain, raw) >= 0, "%s: names of every word", what);
	full = over_of(im, u, 0);
	inc = over_of(im, u, 1);
	ok = same_words(plain, full, what) && same_words(plain, inc, what);
	pd_lexicon_destroy(full);
	pd_lexicon_destroy(inc);
	pd_lex_image_close(im);
	free(img);
	if (truth)
		*truth = plain;
	else
		pd_lexicon_destroy(plain);
	return ok;
}

static const char *const shipped[] = {
	"高新区", "华罗庚高新区", "华罗庚科学城", "科学城", "科技园", "中关村", "中关村科技园区",
	"张江高科技园区", "高科技园区", "溧阳高新区", "国家高新区", "长三角", "科技城",
	"东湖高新区", "园区", "经济开发区", "汤逊湖经济开发区", NULL
};

/* check_case - one chosen case; a name it must (not) have, or NULL */
static void
check_case(const char *what, const char *const *users, const char *has, const char *lacks)
{
	Words		s,
				u;
	PdLexicon  *truth = NULL;

	words_from(&s, shipped);
	words_from(&u, users);
	PD_CHECK(compare(&s, &u, what, &truth), "%s: derive_over = every name again = every word", what);
	if (truth && has)
		PD_CHECK(pd_lexicon_contains(truth, has, strlen(has)), "%s: %s is a word", what, has);
	if (truth && lacks)
		PD_CHECK(!pd_lexicon_contains(truth, lacks, strlen(lacks)), "%s: %s is no word", what, lacks);
	pd_lexicon_destroy(truth);
}

static void
test_chosen(void)
{
	static const char *const none[] = {NULL};
	static const char *const add[] = {"罗庚湾科技城", NULL};
	static const char *const shipped_again[] = {"國家高新區", "科技园", NULL};
	static const char *const shadow_name[] = {"华罗庚", NULL};
	static const char *const suffix_one_source[] = {"庚高新区", NULL};
	static const char *const suffix_all_sources[] = {"庚高新区", "庚科学城", NULL};
	static const char *const prefix_unmakes[] = {"华罗", "庚高新区", NULL};
	static const char *const makes_name[] = {"逊湖经济开发区", "关村科技园区", NULL};
	static const char *const traditional[] = {"華羅庚科學城", "東湖高新區", "罗庚湾科技城", NULL};
	static const char *const both_ends[] = {"高新区科学城", "湾科技城", "庚湾科技城", NULL};
	static const char *const longer[] = {"华罗庚高新区管委会", "管委会", "中关村科技园区管委会", NULL};

	check_case("no users' words", none, "华罗庚", NULL);
	check_case("a user's word with a name of its own", add, "华罗庚", NULL);
	check_case("users' words that are shipped words (one in Traditional)", shipped_again, "华罗庚", NULL);
	check_case("a user's word that is a derived name", shadow_name, "华罗庚", NULL);
	check_case("a suffix word that moves one source's cut", suffix_one_source, "华罗庚", NULL);
	check_case("suffix words that move every source's cut", suffix_all_sources, NULL, NULL);
	check_case("a prefix word that unmakes a name", prefix_unmakes, NULL, NULL);
	check_case("suffix words that make names", makes_name, NULL, NULL);
	check_case("Traditional spellings", traditional, "华罗庚", NULL);
	check_case("a word that ends one shipped word and begins another", both_ends, NULL, NULL);
	check_case("users' words that extend shipped words", longer, NULL, NULL);
}

/* rnd - a small deterministic generator */
static unsigned int
rnd(unsigned int *state)
{
	*state = *state * 1103515245u + 12345u;
	return (*state >> 8) & 0xFFFFFF;
}

/* characters of the random words: Simplified, and a Traditional few */
static const char *const alphabet[] = {
	"华", "罗", "庚", "高", "新", "区", "科", "技", "园", "城", "东", "湖", "江", "港"
};
static const char *const traditional_of[] = {
	"華", "羅", "庚", "高", "新", "區", "科", "技", "園", "城", "東", "湖", "江", "港"
};
#define NALPHA ((unsigned int) (sizeof(alphabet) / sizeof(alphabet[0])))

/* random_word - 2 to 7 characters into buf; Traditional with trad */
static char *
random_word(unsigned int *seed, char *buf, int trad)
{
	int			n = 2 + (int) (rnd(seed) % 6),
				i;

	buf[0] = '\0';
	for (i = 0; i < n; i++)
		strcat(buf, (trad ? traditional_of : alphabet)[rnd(seed) % NALPHA]);
	return buf;
}

/* piece_of - a random prefix, suffix or middle of w (2+ characters) */
static char *
piece_of(unsigned int *seed, const char *w, char *buf)
{
	size_t		chars = strlen(w) / 3,	/* the alphabet is 3 bytes a character */
				a,
				l;

	if (chars < 3)
		return strcpy(buf, w);
	l = 2 + rnd(seed) % (chars - 2);
	switch (rnd(seed) % 3)
	{
		case 0:
			a = 0;
			break;
		case 1:
			a = chars - l;
			break;
		default:
			a = rnd(seed) % (chars - l + 1);
	}
	memcpy(buf, w + 3 * a, 3 * l);
	buf[3 * l] = '\0';
	return buf;
}

static void
test_random(void)
{
	static char pool[2 * MAXW][64];
	unsigned int seed = 1414;
	int			round,
				agreed = 0,
				rounds = 400;

	for (round = 0; round < rounds; round++)
	{
		Words		s,
					u;
		char		names[4][32];
		int			ns = 10 + (int) (rnd(&seed) % 80),
					nu = 1 + (int) (rnd(&seed) % 20),
					i,
					k = 0;

		s.n = u.n = 0;
		/* a few names, often put before shipped words: names of several sources */
		for (i = 0; i < 4; i++)
		{
			random_word(&seed, names[i], 0);
			names[i][3 * (2 + rnd(&seed) % 2)] = '\0';
		}
		for (i = 0; i < ns; i++)
		{
			char	   *w = random_word(&seed, pool[k++], 0);
			const char *tail = i > 0 ? s.w[rnd(&seed) % s.n] : "";

			if (i > 0 && rnd(&seed) % 2 == 0 && strlen(tail) < 48)
				strcat(strcpy(w, names[rnd(&seed) % 4]), tail);
			s.w[s.n++] = w;
		}
		for (i = 0; i < nu; i++)
		{
			unsigned int how = rnd(&seed) % 6;
			const char *from = s.w[rnd(&seed) % s.n];

			if (how == 0)
				u.w[u.n++] = random_word(&seed, pool[k++], rnd(&seed) % 4 == 0);
			else if (how == 5)
				u.w[u.n++] = strcpy(pool[k++], from);	/* a shipped word again */
			else
				u.w[u.n++] = piece_of(&seed, from, pool[k++]);
		}
		if (compare(&s, &u, "random", NULL))
			agreed++;
		else
			fprintf(stderr, "random round %d disagrees\n", round);
	}
	PD_CHECK(agreed == rounds, "random lexicons: derive_over = every name again = every word in %d of %d",
			 agreed, rounds);
}

int
main(void)
{
	UErrorCode	status = U_ZERO_ERROR;
	UBreakIterator *bi = pd_seg_open_template(&status);

	if (!bi || U_FAILURE(status))
	{
		PD_CHECK(0, "ICU's word break iterator: %s", u_errorName(status));
		return pd_test_summary("test_lexicon_names");
	}
	raw = pd_seg_create(&A, bi, NULL);
	test_chosen();
	test_random();
	pd_seg_destroy(raw);
	ubrk_close(bi);
	return pd_test_summary("test_lexicon_names");
}
