"""Build catalogue.jsonl from the four part files. Run: python3 gen_catalogue.py"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cat_part1
import cat_part2
import cat_part3
import cat_part4

items = cat_part1.ITEMS + cat_part2.ITEMS + cat_part3.ITEMS + cat_part4.ITEMS
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "catalogue.jsonl")
with open(out, "w") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), "pathways ->", out)
