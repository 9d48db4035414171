"""A reproduction, outside asylq, of the damaged store the kill harness found
("Corrupt database file: computed checksum ... in block at location 12288").

DuckDB keeps a file's catalog in metadata blocks. A checkpoint writes its new
metadata into free parts of a metadata block that already holds the catalog of
the checkpoint in use, then writes that whole 256 kB block in place
(MetadataManager::Flush, "Already a persistent block, so we only need to write
it"). Linux stops a write() that a SIGKILL interrupts at a page boundary, so a
load killed during that write leaves the block half new, half old: its
checksum, taken over the whole block, no longer matches, and the checkpoint in
use cannot be read either.

This script shows both halves with DuckDB's own Python package
(pip install duckdb==1.4.4; asylq bundles 1.4.5, the same storage format):
1. a second checkpoint rewrites block 0, at byte 12288, which the first
   checkpoint's header still points to;
2. the first checkpoint's file, with the start of that block replaced by the
   second's (the write cut short after a few pages), no longer opens.

    python3 benches/torn_metadata.py
"""

import os
import shutil
import tempfile

import duckdb

BLOCK_START = 3 * 4096  # three file headers
BLOCK_SIZE = 256 * 1024


def block0(path):
    with open(path, "rb") as f:
        f.seek(BLOCK_START)
        return f.read(BLOCK_SIZE)


def main():
    d = tempfile.mkdtemp()
    store = os.path.join(d, "s.duckdb")
    con = duckdb.connect(store)
    con.execute("CREATE TABLE facts AS SELECT range AS n, 'x' || range AS s FROM range(1000)")
    con.execute("CHECKPOINT")
    con.close()
    before = os.path.join(d, "before.duckdb")
    shutil.copy(store, before)

    con = duckdb.connect(store)
    con.execute("CREATE TABLE more AS SELECT range AS n FROM range(10)")
    con.close()  # the checkpoint at close
    old, new = block0(before), block0(store)
    changed = sum(1 for a, b in zip(old, new) if a != b)
    print(f"1. the second checkpoint rewrote {changed} bytes of block 0 (bytes {BLOCK_START}..{BLOCK_START + BLOCK_SIZE}) in place")

    # A write cut short after its first k pages (k = 1 .. 63).
    errors = {}
    for pages in range(1, BLOCK_SIZE // 4096):
        torn = os.path.join(d, f"torn-{pages}.duckdb")
        shutil.copy(before, torn)
        with open(torn, "r+b") as f:
            f.seek(BLOCK_START)
            f.write(new[: pages * 4096])
        try:
            con = duckdb.connect(torn, read_only=True)
            con.execute("SELECT count(*) FROM facts").fetchall()
            con.close()
        except duckdb.Error as e:
            errors[pages] = str(e)
    print(f"2. of the 63 places a kill can cut that write (after 1 to 63 pages of 4 kB), {len(errors)} leave a file that does not open:")
    for pages, e in errors.items():
        print(f"   after {pages} pages: {e}")
    shutil.rmtree(d)


if __name__ == "__main__":
    main()
