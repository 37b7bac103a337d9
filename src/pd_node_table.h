/*-------------------------------------------------------------------------
 *
 * pd_node_table.h
 *	  This node's copy of one of parkdata's tables (pd_node_table.c).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_node_table.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_NODE_TABLE_H
#define PD_NODE_TABLE_H

/*
 * pd_node_table - the relation holding this node's rows of parkdata.<name>
 * (the table, or its Citus placement here); sets *logical to the table
 */
extern Oid	pd_node_table(const char *name, Oid *logical);

#endif							/* PD_NODE_TABLE_H */
