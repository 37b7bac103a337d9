/*-------------------------------------------------------------------------
 *
 * pd_wordlist.c
 *	  The general word list: $SHAREDIR/tsearch_data/parkdata_zh.words,
 *	  mapped read-only once per backend (the page cache shares it between
 *	  backends), and parkdata.word_list_words().
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_wordlist.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/guc.h"
#include "utils/memutils.h"

#include "pd_tsearch.h"
#include "pd_words.h"

static PdWords *pd_words = NULL;

/*
 * pd_tsearch_data_path - where the installed file name (parkdata_zh.words,
 * parkdata_lexicon.img) is: $SHAREDIR/tsearch_data, or the same path under
 * the prefix Debian's servers read extensions from when extension_destdir
 * is set and the file is there (a package tested before it is installed:
 * pg_buildext, autopkgtest).  path has MAXPGPATH bytes.
 */
void
pd_tsearch_data_path(const char *name, char *path)
{
	char		sharepath[MAXPGPATH];
	const char *destdir = GetConfigOption("extension_destdir", true, false);

	get_share_path(my_exec_path, sharepath);
	if (destdir != NULL && destdir[0] != '\0')
	{
		snprintf(path, MAXPGPATH, "%s%s/tsearch_data/%s", destdir, sharepath, name);
		if (access(path, R_OK) == 0)
			return;
	}
	snprintf(path, MAXPGPATH, "%s/tsearch_data/%s", sharepath, name);
}

const PdWords *
pd_words_get(void)
{
	char		path[MAXPGPATH];
	int			fd;
	struct stat st;
	void	   *img;
	PdAllocator a;

	if (pd_words)
		return pd_words;
	pd_tsearch_data_path("parkdata_zh.words", path);
	fd = open(path, O_RDONLY | PG_BINARY, 0);
	if (fd < 0)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not open the parkdata word list \"%s\": %m", path),
				 errhint("Reinstall parkdata (make install builds the word list).")));
	if (fstat(fd, &st) != 0 || st.st_size <= 0)
	{
		close(fd);
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not read the parkdata word list \"%s\"", path)));
	}
	img = mmap(NULL, (size_t) st.st_size, PROT_READ, MAP_SHARED, fd, 0);
	close(fd);
	if (img == MAP_FAILED)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not map the parkdata word list \"%s\": %m", path)));
	pd_allocator_init(&a, TopMemoryContext);
	pd_words = pd_words_open(&a, img, (size_t) st.st_size);
	if (!pd_words)
	{
		munmap(img, (size_t) st.st_size);
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("the parkdata word list \"%s\" is not a valid word list image", path),
				 errdetail("Its signature, format version, length or layout (%zu bytes) is not that of this build's word list images.",
						   (size_t) st.st_size),
				 errhint("Reinstall parkdata with the same build that runs the server.")));
	}
	return pd_words;
}

/*
 * pd_word_list_words - number of words in the general word list (mapping
 * it first)
 */
PG_FUNCTION_INFO_V1(pd_word_list_words);
Datum
pd_word_list_words(PG_FUNCTION_ARGS)
{
	(void) fcinfo;
	PG_RETURN_INT64((int64) pd_words_count(pd_words_get()));
}
