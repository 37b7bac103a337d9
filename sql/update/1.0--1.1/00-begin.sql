/* parkdata--1.0--1.1.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION parkdata UPDATE TO '1.1'" to load this file. \quit

/*
 * Release 1.1.  This script is concatenated from the files of sql/update/1.0--1.1/
 * in name order, one part per concern.  Every schema change made to the
 * install script (sql/parkdata*.sql) since 1.0 has its step here; suite
 * 85-upgrade proves that 1.0 + this script equals a fresh 1.1 install.
 */
