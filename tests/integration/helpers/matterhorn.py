"""The machine-checkable Matterhorn Protocol 1.1 failure conditions that apply to what Casebook
writes, checked with pikepdf (Debian's python3-pikepdf). Prints one JSON object per file:
{"file": ..., "failures": [{"id": "14-003", "what": "..."}], "checked": [ids]}.

Usage: /usr/bin/python3 matterhorn.py FILE.pdf [FILE.pdf ...]
"""
import json
import re
import sys

import pikepdf

# PDF 1.7 (ISO 32000-1, 14.8.4) standard structure types.
STANDARD = set(
    "Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private "
    "P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot "
    "Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP "
    "Figure Formula Form".split()
)
# Parent → children allowed (the parts of ISO 32000-1 Table 337 that Casebook's elements use).
ALLOWED_CHILDREN = {
    "L": {"LI", "L", "Caption"},
    "LI": {"Lbl", "LBody"},
    "Table": {"TR", "THead", "TBody", "TFoot", "Caption"},
    "THead": {"TR"},
    "TBody": {"TR"},
    "TFoot": {"TR"},
    "TR": {"TH", "TD"},
    "TOC": {"TOCI", "TOC", "Caption"},
    "TOCI": {"Lbl", "Reference", "NonStruct", "P", "TOC"},
}
NEEDS_PARENT = {"LI": {"L"}, "TR": {"Table", "THead", "TBody", "TFoot"}, "TH": {"TR"}, "TD": {"TR"}, "THead": {"Table"}, "TBody": {"Table"}, "Lbl": {"LI"}, "LBody": {"LI"}, "TOCI": {"TOC"}}
PAINT = {"Tj", "TJ", "'", '"', "Do", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "BI", "INLINE IMAGE"}

CHECKED = {
    "01-003": "Content marked as Artifact is present inside tagged content",
    "01-004": "Tagged content is present inside content marked as Artifact",
    "01-005": "Content is neither marked as Artifact nor tagged as real content",
    "01-002": "The document catalog has no MarkInfo with Marked true (or Suspects true)",
    "01-006": "A structure type is neither standard nor role-mapped to a standard type",
    "02-001": "A role mapping is circular or maps a standard type",
    "06-001": "The document has no XMP metadata stream",
    "06-002": "The XMP metadata has no PDF/UA identifier (pdfuaid:part)",
    "06-003": "The XMP metadata has no dc:title",
    "07-001": "ViewerPreferences has no DisplayDocTitle true",
    "09-004": "A structure element is inside a parent it may not be in (table, list, contents)",
    "09-cb": "A marked-content identifier on a page has no structure element, or one is used twice",
    "11-006": "The natural language of the document is not declared (/Lang on the catalog)",
    "13-004": "A Figure has no alternative text",
    "14-002": "The first heading is not H1",
    "14-003": "Heading levels are skipped",
    "15-003": "A TH has no /Scope (and the table uses no Headers/IDs)",
    "15-cb": "A Table has no header cell (TH)",
    "28-002": "An annotation is not in the structure tree (no StructParent / OBJR)",
    "28-005": "A form field has no TU entry and no Alt on its structure element",
    "28-008": "A page with annotations has no Tabs key",
    "28-009": "A page with annotations has Tabs other than /S",
    "28-010": "A widget annotation is not inside a Form structure element",
    "31-001": "A font is not embedded",
    "31-027": "A font has no ToUnicode map (and is not a standard-encoded simple font)",
    "cb-version": "The file does not declare PDF 1.7",
}


def name(obj):
    return str(obj)[1:] if obj is not None else None


def struct_type(elem, rolemap):
    s = name(elem.get("/S"))
    seen = set()
    while s not in STANDARD and s in rolemap and s not in seen:
        seen.add(s)
        s = rolemap[s]
    return s


def kids(elem):
    k = elem.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]


def check(path):
    failures = []

    def fail(cid, what):
        failures.append({"id": cid, "what": what})

    pdf = pikepdf.open(path)
    root = pdf.Root
    with open(path, "rb") as f:
        head = f.read(16)
    if not head.startswith(b"%PDF-1.7") and str(root.get("/Version", "")) != "/1.7":
        fail("cb-version", head[:8].decode("latin1"))

    mark = root.get("/MarkInfo")
    if mark is None or not bool(mark.get("/Marked", False)) or bool(mark.get("/Suspects", False)):
        fail("01-002", "MarkInfo")
    if "/Lang" not in root or not str(root.Lang).strip():
        fail("11-006", "catalog /Lang")
    vp = root.get("/ViewerPreferences")
    if vp is None or not bool(vp.get("/DisplayDocTitle", False)):
        fail("07-001", "DisplayDocTitle")
    if "/Metadata" not in root:
        fail("06-001", "no /Metadata")
    else:
        xmp = root.Metadata.read_bytes().decode("utf8", "replace")
        if not re.search(r"<pdfuaid:part>\s*1\s*</pdfuaid:part>|pdfuaid:part=\"1\"", xmp):
            fail("06-002", "pdfuaid:part")
        if "<dc:title>" not in xmp:
            fail("06-003", "dc:title")

    tree = root.get("/StructTreeRoot")
    if tree is None:
        fail("01-005", "no StructTreeRoot")
        return {"file": path, "failures": failures, "checked": sorted(CHECKED)}
    rolemap = {name(k_): name(v) for k_, v in (tree.get("/RoleMap") or {}).items()} if tree.get("/RoleMap") is not None else {}
    for src, dst in rolemap.items():
        if src in STANDARD:
            fail("02-001", f"{src} is standard and role-mapped")

    # Walk the structure tree in order.
    mcids = {}  # (page objgen, mcid) -> count
    annots_in_tree = {}  # annot objgen -> parent type
    headings = []
    page_of_elem = {}

    def walk(elem, parent_type, inherited_page):
        t = struct_type(elem, rolemap)
        raw = name(elem.get("/S"))
        if t not in STANDARD:
            fail("01-006", f"/S /{raw}")
        if t in NEEDS_PARENT and parent_type not in NEEDS_PARENT[t]:
            fail("09-004", f"{t} inside {parent_type}")
        if parent_type in ALLOWED_CHILDREN and t not in ALLOWED_CHILDREN[parent_type]:
            fail("09-004", f"{t} inside {parent_type}")
        if t == "Figure" and not str(elem.get("/Alt", "")).strip() and not str(elem.get("/ActualText", "")).strip():
            fail("13-004", "Figure without /Alt")
        m = re.fullmatch(r"H([1-6])", t or "")
        if m:
            headings.append(int(m.group(1)))
        if t == "TH":
            attrs = elem.get("/A")
            attrs = list(attrs) if isinstance(attrs, pikepdf.Array) else ([attrs] if attrs is not None else [])
            has_scope = any(isinstance(a, pikepdf.Dictionary) and "/Scope" in a for a in attrs)
            if not has_scope and "/Headers" not in elem:
                fail("15-003", "TH without /Scope")
        if t == "Table":
            found = []

            def find_th(e):
                for c in kids(e):
                    if isinstance(c, pikepdf.Dictionary) and "/S" in c:
                        if struct_type(c, rolemap) == "TH":
                            found.append(c)
                        find_th(c)

            find_th(elem)
            if not found:
                fail("15-cb", "Table without TH")
        page = elem.get("/Pg", inherited_page)
        for c in kids(elem):
            if isinstance(c, int) or (hasattr(c, "__int__") and not isinstance(c, pikepdf.Dictionary)):
                if page is None:
                    fail("09-cb", "MCID without a page")
                    continue
                key = (page.objgen, int(c))
                mcids[key] = mcids.get(key, 0) + 1
            elif isinstance(c, pikepdf.Dictionary):
                ctype = name(c.get("/Type"))
                if ctype == "MCR":
                    key = (c.get("/Pg", page).objgen, int(c.MCID))
                    mcids[key] = mcids.get(key, 0) + 1
                elif ctype == "OBJR":
                    annots_in_tree[c.Obj.objgen] = t
                elif "/S" in c:
                    walk(c, t, page)

    for top in kids(tree):
        walk(top, None, None)

    if headings:
        if headings[0] != 1:
            fail("14-002", f"first heading H{headings[0]}")
        for a, b in zip(headings, headings[1:]):
            if b > a + 1:
                fail("14-003", f"H{a} then H{b}")
    for key, n in mcids.items():
        if n > 1:
            fail("09-cb", f"MCID {key[1]} used {n} times")

    # Content streams: every painting operator is inside an artifact or an MCID sequence.
    for index, page in enumerate(pdf.pages):
        stack = []  # entries: 'artifact' | ('mcid', n) | 'other'
        seen_mcids = set()
        for operands, op in pikepdf.parse_content_stream(page):
            op = str(op)
            if op in ("BDC", "BMC"):
                tag = name(operands[0])
                props = operands[1] if op == "BDC" and len(operands) > 1 else None
                if tag == "Artifact":
                    if any(isinstance(s, tuple) for s in stack):
                        fail("01-003", f"page {index + 1}: artifact inside tagged content")
                    stack.append("artifact")
                elif isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                    if "artifact" in stack:
                        fail("01-004", f"page {index + 1}: tagged content inside an artifact")
                    mcid = int(props.MCID)
                    seen_mcids.add(mcid)
                    stack.append(("mcid", mcid))
                else:
                    stack.append("other")
            elif op == "EMC":
                if stack:
                    stack.pop()
            elif op in PAINT:
                if not any(s == "artifact" or isinstance(s, tuple) for s in stack):
                    fail("01-005", f"page {index + 1}: {op} outside any marked content")
        for mcid in seen_mcids:
            if (page.objgen, mcid) not in mcids:
                fail("09-cb", f"page {index + 1}: MCID {mcid} not in the structure tree")

        annots = page.get("/Annots")
        if annots is not None and len(annots) > 0:
            tabs = page.get("/Tabs")
            if tabs is None:
                fail("28-008", f"page {index + 1}")
            elif name(tabs) != "S":
                fail("28-009", f"page {index + 1}: /Tabs /{name(tabs)}")
            for annot in annots:
                subtype = name(annot.get("/Subtype"))
                if "/StructParent" not in annot or annot.objgen not in annots_in_tree:
                    fail("28-002", f"page {index + 1}: {subtype} annotation not in the structure")
                if subtype == "Widget":
                    if annots_in_tree.get(annot.objgen) != "Form":
                        fail("28-010", f"page {index + 1}: widget not in a Form element")
                    field = annot if "/FT" in annot else annot.get("/Parent")
                    if field is None or "/TU" not in field:
                        fail("28-005", f"page {index + 1}: field without /TU")

        # Fonts: embedded, with a Unicode mapping.
        fonts = page.get("/Resources", {}).get("/Font", {})
        for key in fonts.keys():
            font = fonts[key]
            subtype = name(font.get("/Subtype"))
            descriptor_font = font.DescendantFonts[0] if subtype == "Type0" else font
            descriptor = descriptor_font.get("/FontDescriptor")
            if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                fail("31-001", f"{key} {name(font.get('/BaseFont'))}")
            if "/ToUnicode" not in font:
                fail("31-027", f"{key} {name(font.get('/BaseFont'))}")

    return {"file": path, "failures": failures, "checked": sorted(CHECKED)}


if __name__ == "__main__":
    for file in sys.argv[1:]:
        print(json.dumps(check(file)))
