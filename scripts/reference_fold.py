"""
reference_fold.py -- the folding the extractor applies to text before it
matches names and indicator synonyms, for the generators (build_reference.py)

Copyright (c) 2026, parkdata developers
IDENTIFICATION scripts/reference_fold.py
"""

import re


class Folder:
    """The folding of text before names are matched: Traditional to
    Simplified by the table the search side uses (src/core/pd_fold_data.h,
    one code point to one) and, with width, full-width ASCII forms to ASCII
    (the catalog matcher folds widths; the extractor's gazetteer match does
    not, so its table keeps 中国（上海） and 中国(上海) apart)."""

    def __init__(self, header, width=True):
        text = open(header, encoding="utf-8").read()
        pairs = re.findall(r"\{0x([0-9A-F]+), 0x([0-9A-F]+)\}", text)
        assert len(pairs) > 2000, header
        self.map = {int(a, 16): int(b, 16) for a, b in pairs}
        if width:
            for c in range(0xFF01, 0xFF5F):
                self.map[c] = c - 0xFF01 + 0x21

    def __call__(self, s):
        return "".join(chr(self.map.get(ord(c), ord(c))) for c in s)
