#!/usr/bin/env python3
"""Regenerates src/main/java/versus/diagram/WidthData.java from the Unicode Character Database.

Input: EastAsianWidth.txt and emoji/emoji-variation-sequences.txt, as shipped by Debian's `unicode-data`
package (/usr/share/unicode). Only facts are taken from them: which code points are Wide or Fullwidth,
and which code points have an emoji presentation when followed by U+FE0F.

    python3 src/tools/unicode/gen_width_data.py /usr/share/unicode > src/main/java/versus/diagram/WidthData.java
"""
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"


def merge(points):
    ranges = []
    for p in sorted(set(points)):
        if ranges and ranges[-1][1] + 1 == p:
            ranges[-1][1] = p
        else:
            ranges.append([p, p])
    return ranges


wide = set()
version = "?"
with open(f"{root}/EastAsianWidth.txt", encoding="utf-8") as f:
    for line in f:
        m = re.match(r"# EastAsianWidth-(\S+)\.txt", line)
        if m:
            version = m.group(1)
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        cps, prop = [x.strip() for x in line.split(";")]
        if prop not in ("W", "F"):
            continue
        lo, _, hi = cps.partition("..")
        wide.update(range(int(lo, 16), int(hi or lo, 16) + 1))
# Unassigned code points in these blocks and planes default to W (header of EastAsianWidth.txt).
for lo, hi in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD)):
    wide.update(range(lo, hi + 1))

emoji_vs = set()
with open(f"{root}/emoji/emoji-variation-sequences.txt", encoding="utf-8") as f:
    for line in f:
        line = line.split("#", 1)[0].strip()
        if "emoji style" in line:
            emoji_vs.add(int(line.split()[0], 16))
# Only narrow bases can widen; wide ones already are two cells.
emoji_vs -= wide


def java_array(name, ranges):
    cells = [f"0x{lo:X}, 0x{hi:X}" for lo, hi in ranges]
    lines, cur = [], "     "
    for c in cells:
        if len(cur) + len(c) + 2 > 116:
            lines.append(cur.rstrip())
            cur = "     "
        cur += " " + c + ","
    lines.append(cur.rstrip())
    return f"  static final int[] {name} = {{\n" + "\n".join(lines) + "\n  };\n"


print(f"""package versus.diagram;

/**
 * Generated Unicode {version} width data: sorted, merged, inclusive code point ranges as pairs.
 *
 * <p>Made by {{@code src/tools/unicode/gen_width_data.py}} from the Unicode Character Database files EastAsianWidth.txt
 * (East_Asian_Width W or F, plus the unassigned CJK defaults its header names) and emoji-variation-sequences.txt.
 * Do not edit by hand.
 */
final class WidthData {{

  private WidthData() {{}}

  /** Code points two cells wide (East_Asian_Width Wide or Fullwidth, {len(merge(wide))} ranges). */
{java_array("WIDE", merge(wide))}
  /** Narrow code points that become two cells wide as an emoji when U+FE0F follows ({len(merge(emoji_vs))} ranges). */
{java_array("EMOJI_WITH_VS16", merge(emoji_vs))}}}""")
