/*-------------------------------------------------------------------------
 *
 * pd_catalog.h
 *	  The indicator catalog in the lexicon cache (pd_catalog.c).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_catalog.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_CATALOG_H
#define PD_CATALOG_H

#include "pd_metric_catalog.h"

typedef struct PdCatalogLoad PdCatalogLoad;

extern Oid	pd_catalog_source(Oid *logical);
extern PdCatalogLoad *pd_catalog_load_begin(const PdAllocator *a, Oid metric_relid);
extern void pd_catalog_load_sum(const PdCatalogLoad *l, uint64 *rows, uint64 *hashsum);
extern void pd_catalog_load_row(PdCatalogLoad *l, Datum word, Datum metric, bool metric_null);
extern PdMetricCatalog *pd_catalog_load_end(PdCatalogLoad *l);

#endif							/* PD_CATALOG_H */
