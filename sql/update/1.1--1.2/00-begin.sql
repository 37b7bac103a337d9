/* parkdata--1.1--1.2.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION parkdata UPDATE TO '1.2'" to load this file. \quit

/*
 * Release 1.2.  This script is concatenated from the files of
 * sql/update/1.1--1.2/ in name order, one part per concern (numbered as
 * /work/HELPERS.md says), with the shipped rows generated from the install
 * script's INSERT statements (sql/update/shipped_rows.sh) placed before part 80.
 * Every schema change made to the install script (sql/parkdata*.sql) since
 * 1.1 has its step here; suite 85-upgrade proves that 1.1 + this script, and
 * 1.0 + parkdata--1.0--1.1.sql + this script, equal a fresh 1.2 install.
 */
