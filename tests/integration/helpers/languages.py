"""The language a screen reader reads each piece of a tagged PDF in, from the file alone:
pikepdf gives each structure element's /Lang (inherited from its ancestors, else the catalog's),
and poppler's `pdfinfo -struct-text` gives the text of each marked-content piece, both walking the
same structure tree in the same order. Prints one JSON object per file:
{"file": ..., "runs": [{"lang": "cy", "text": "..."}], "spans": [{"lang": "en-GB", "text": "..."}]}
where runs are the text in reading order, consecutive pieces of one language joined, and spans are
the elements that declare a /Lang of their own, with their whole text.

Usage: /usr/bin/python3 languages.py FILE.pdf [FILE.pdf ...]
"""
import json
import re
import subprocess
import sys

import pikepdf


def name(obj):
    return str(obj)[1:] if obj is not None else None


def kids(elem):
    k = elem.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]


def pikepdf_tokens(path):
    """Pre-order: ("elem", type, own lang, effective lang) / ("content", effective lang) / ("object",)."""
    pdf = pikepdf.open(path)
    root_lang = str(pdf.Root.get("/Lang", ""))
    tokens = []

    def walk(elem, lang):
        own = str(elem["/Lang"]) if "/Lang" in elem else None
        lang = own or lang
        tokens.append(("elem", name(elem.get("/S")), own, lang))
        for c in kids(elem):
            if isinstance(c, pikepdf.Dictionary):
                ctype = name(c.get("/Type"))
                if ctype == "MCR":
                    tokens.append(("content", lang))
                elif ctype == "OBJR":
                    tokens.append(("object",))
                elif "/S" in c:
                    walk(c, lang)
            else:
                tokens.append(("content", lang))

    for top in kids(pdf.Root.StructTreeRoot):
        walk(top, root_lang)
    return tokens


def poppler_tokens(path):
    """The same walk as poppler prints it: ("elem", type, depth) / ("content", text, depth) / ("object", depth)."""
    out = subprocess.run(["pdfinfo", "-struct-text", path], capture_output=True, text=True, check=True).stdout
    tokens = []
    for line in out.split("\n"):
        if not line.strip():
            continue
        depth = (len(line) - len(line.lstrip(" "))) // 2
        body = line.strip()
        if body.startswith('"'):
            tokens.append(("content", body[1:-1] if body.endswith('"') and len(body) > 1 else body[1:], depth))
        elif body.startswith("Object "):
            tokens.append(("object", depth))
        elif body.startswith("/"):
            continue  # an attribute of the element above (TH /Scope)
        else:
            tokens.append(("elem", re.split(r"[ :]", body)[0], depth))
    return tokens


def languages(path):
    ours = pikepdf_tokens(path)
    theirs = poppler_tokens(path)
    kinds = lambda ts: [(t[0], t[1] if t[0] == "elem" else None) for t in ts]
    if kinds(ours) != kinds(theirs):
        return {"file": path, "error": "pikepdf and pdfinfo walk the structure differently"}
    runs, spans, open_spans = [], [], []
    for mine, poppler in zip(ours, theirs):
        if mine[0] == "elem":
            depth = poppler[2]
            # Elements end where a token at their depth or above begins.
            while open_spans and open_spans[-1][0] >= depth:
                open_spans.pop()
            if mine[2]:
                span = {"lang": mine[2], "text": ""}
                spans.append(span)
                open_spans.append((depth, span))
        elif mine[0] == "content":
            text = poppler[1]
            depth = poppler[2]
            while open_spans and open_spans[-1][0] >= depth:
                open_spans.pop()
            for _, span in open_spans:
                span["text"] += text
            if runs and runs[-1]["lang"] == mine[1]:
                runs[-1]["text"] += " " + text
            else:
                runs.append({"lang": mine[1], "text": text})
    norm = lambda s: re.sub(r"\s+", " ", s).strip()
    return {
        "file": path,
        "runs": [{"lang": r["lang"], "text": norm(r["text"])} for r in runs],
        "spans": [{"lang": s["lang"], "text": norm(s["text"])} for s in spans],
    }


if __name__ == "__main__":
    for file in sys.argv[1:]:
        print(json.dumps(languages(file), ensure_ascii=False))
