"""Runs the usual tools beside the project's reading aids and lists each disagreement.

`make review` runs it in a virtual environment under target/ (pypinyin, jieba and OpenCC, pinned
in corpus/review/requirements.txt); it is not part of `make test`. Over every paragraph of
corpus/corpus.json it compares:

- pinyin: each word's reading in corpus/aids/words.*.json with pypinyin's for the same characters
  in context (the whole paragraph converted at once), compared without spaces, apostrophes or
  case;
- jieba: the word division of words.json with jieba's default cut (HMM on), span by span
  between the boundaries both have;
- opencc-s2tw, opencc-s2hk: the Traditional text that corpus/aids/traditional.*.json gives (applied
  as the app applies it: longest word of the table, else the character) with OpenCC's, word by
  word of the project's division.

Disagreements are grouped by what differs (the same word, the same two answers) with every place
they occur. Each group is looked up in corpus/review/verdicts.toml, which records the reviewed
answer (tests/reading_aids.rs holds the aids to it); a group without a verdict is listed as
unjudged, and a verdict no disagreement needs any more as stale. The exit status is 1 if any group
is unjudged or any verdict stale.

Usage: peers.py [--corpus DIR] [--all]   (--all also prints the judged groups in full)
"""

import argparse
import json
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

import jieba
import opencc
from pypinyin import Style, pinyin

LONGEST_WORD = 8  # as renda_model::aids::TraditionalTable


def is_han(c):
    o = ord(c)
    return 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F


def convert(table, text):
    """renda_model::aids::TraditionalTable::convert."""
    out, at = [], 0
    while at < len(text):
        for end in range(min(at + LONGEST_WORD, len(text)), at + 1, -1):
            word = table["words"].get(text[at:end])
            if word is not None and len(word) == end - at:
                out.append(word)
                at = end
                break
        else:
            out.append(table["characters"].get(text[at], text[at]))
            at += 1
    return "".join(out)


def compact(reading):
    return reading.replace(" ", "").replace("'", "").lower()


def paragraphs(corpus, words):
    for session in corpus["sessions"]:
        for document in session["documents"]:
            for paragraph in document["paragraphs"]:
                key = f"{session['id']}/{document['slug']}/p{paragraph['number']}"
                text, at, division = paragraph["text"], 0, []
                for length, reading in words["texts"][key]:
                    division.append((at, at + length, reading))
                    at += length
                assert at == len(text), key
                yield f"{document['slug']} ¶{paragraph['number']}", text, division


def context(text, start, end, width=8):
    return f"{text[max(0, start - width):start]}【{text[start:end]}】{text[end:end + width]}"


def compare(corpus, words, table):
    """{tool: {group key: [context, …]}}"""
    found = defaultdict(lambda: defaultdict(list))
    converters = {"opencc-s2tw": opencc.OpenCC("s2tw"), "opencc-s2hk": opencc.OpenCC("s2hk")}
    jieba.setLogLevel(60)
    for where, text, division in paragraphs(corpus, words):
        place = lambda s, e: f"{where}: {context(text, s, e)}"  # noqa: E731
        # pinyin
        syllables = [item[0] for item in pinyin(text, style=Style.TONE, errors=lambda s: list(s))]
        assert len(syllables) == len(text), where
        for start, end, reading in division:
            if not reading:
                continue
            peer = "".join(syllables[start:end])
            if compact(reading) != compact(peer):
                found["pypinyin"][(text[start:end], reading, peer)].append(place(start, end))
        # jieba
        ours = {end for _, end, _ in division} | {0}
        theirs, at = {0}, 0
        for token in jieba.cut(text):
            at += len(token)
            theirs.add(at)
        common = sorted(ours & theirs)
        for start, end in zip(common, common[1:]):
            inside_ours = sorted(b for b in ours if start <= b <= end)
            inside_theirs = sorted(b for b in theirs if start <= b <= end)
            if inside_ours != inside_theirs:
                cut = lambda bs: " | ".join(text[a:b] for a, b in zip(bs, bs[1:]))  # noqa: E731
                found["jieba"][(cut(inside_ours), cut(inside_theirs))].append(place(start, end))
        # OpenCC
        mine = convert(table, text)
        for tool, converter in converters.items():
            peer = converter.convert(text)
            assert len(peer) == len(text), (tool, where)
            for start, end, _ in division:
                if mine[start:end] != peer[start:end]:
                    found[tool][(text[start:end], mine[start:end], peer[start:end])].append(place(start, end))
    return found


def verdict_key(tool, verdict):
    if tool == "jieba":
        return (verdict["ours"], verdict["peer"])
    return (verdict["word"], verdict["ours"], verdict["peer"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    corpus_dir = Path(__file__).resolve().parent.parent
    parser.add_argument("--corpus", type=Path, default=corpus_dir)
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()
    load = lambda path: json.loads(path.read_text(encoding="utf-8"))  # noqa: E731
    # An aid's file name carries its contents' hash (words.<16 hex digits>.json).
    aid = lambda stem: load(next((args.corpus / "aids").glob(f"{stem}.*.json")))  # noqa: E731
    corpus, words, table = load(args.corpus / "corpus.json"), aid("words"), aid("traditional")
    verdicts = tomllib.loads((corpus_dir / "review" / "verdicts.toml").read_text(encoding="utf-8"))
    found = compare(corpus, words, table)
    tools = ["pypinyin", "jieba", "opencc-s2tw", "opencc-s2hk"]
    unjudged = stale = 0
    summary = []
    for tool in tools:
        judged = {verdict_key(tool, v): v for v in verdicts.get(tool, []) if v["verdict"] != "changed"}
        groups = found[tool]
        places = sum(len(p) for p in groups.values())
        summary.append(f"{tool}: {places} disagreements in {len(groups)} groups")
        print(f"\n## {tool}: {places} disagreements ({len(groups)} groups)")
        for key, where in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            verdict = judged.get(key)
            label = " ≠ ".join(key) if tool == "jieba" else f"{key[0]}: ours {key[1]} ≠ {key[2]}"
            if verdict is None:
                unjudged += 1
                print(f"- UNJUDGED {label} ×{len(where)}")
            else:
                print(f"- {verdict['verdict']}: {label} ×{len(where)}")
                if not args.all:
                    continue
                print(f"    why: {verdict['why']}")
            for w in where:
                print(f"    {w}")
        for key in judged.keys() - groups.keys():
            stale += 1
            print(f"- STALE verdict (no such disagreement now): {key}")
    print("\n" + "\n".join(summary))
    print(f"{unjudged} unjudged, {stale} stale")
    return 1 if unjudged or stale else 0


if __name__ == "__main__":
    sys.exit(main())
