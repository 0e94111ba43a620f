#!/usr/bin/env python3
"""htmlcheck.py: checks on the digest's HTML page for tests/suites/html.sh.

  htmlcheck.py valid FILE     parse as the HTML standard does (html5lib,
                              strict): "valid", or each parse error; exit 3
                              when html5lib is not installed
  htmlcheck.py content FILE   the page's report as plain lines: the totals,
                              then per section its id and "COUNT NAME" lines
                              (a quote on the line after its speaker); the
                              same lines `digest-lines` makes of the text
  htmlcheck.py elements FILE  "TAG N" for every element in the page, and
                              "ref ATTR=VALUE" for every attribute that
                              could load something (src, href, ...)
  htmlcheck.py text FILE      the text of the page, one text node a line
  htmlcheck.py netlog FILE    URLs that the page asked Chromium to load
                              (from --log-net-log), one a line, other than
                              file: and data: URLs
"""
import json
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}
LOADS = {"src", "href", "srcset", "action", "formaction", "poster", "data",
         "background", "xlink:href", "ping", "manifest", "cite"}


class Page(HTMLParser):
    """The element tree of a page, kept as nested [tag, attrs, children]."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = ["#root", {}, []]
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = [tag, dict(attrs), []]
        self.stack[-1][2].append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1][2].append([tag, dict(attrs), []])

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1][2].append(data)


def parse(path):
    p = Page()
    p.feed(open(path, encoding="utf-8").read())
    p.close()
    return p.root


def walk(node):
    yield node
    for c in node[2]:
        if isinstance(c, list):
            yield from walk(c)


def text(node):
    return "".join(c if isinstance(c, str) else text(c) for c in node[2])


def classes(node):
    return node[1].get("class", "").split()


def number(s):
    return s.strip().replace(",", "")


def content(root):
    out = []
    for n in walk(root):
        if n[0] == "ul" and n[1].get("id") == "totals":
            out.append("totals " + " ".join(number(text(b)) for b in walk(n) if b[0] == "b"))
        if n[0] != "section":
            continue
        note = [text(p) for p in walk(n) if p[0] == "p" and "note" in classes(p)]
        if n[1].get("id") == "speakers" and note:
            out.append("section speakers | " + note[0].replace(",", ""))
        else:
            out.append("section " + n[1].get("id", "?"))
        for s in walk(n):
            if s[0] == "div" and "series" in classes(s):
                name = [text(b) for b in walk(s) if "name" in classes(b)]
                bars = sum(1 for b in walk(s) if b[0] == "rect")
                out.append("series %s: %d bars" % (name[0] if name else "?", bars))
        for li in walk(n):
            if li[0] != "li":
                continue
            name = [text(c) for c in walk(li) if "name" in classes(c)]
            count = [number(text(c)) for c in walk(li) if "n" in classes(c)]
            out.append("%s %s" % (count[0] if count else "?", name[0] if name else "?"))
            for q in walk(li):
                if q[0] == "blockquote":
                    out.append("quote " + text(q))
        if any(p[0] == "p" and "none" in classes(p) for p in walk(n)):
            out.append("(none)")
    return out


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    cmd, path = argv[1], argv[2]
    if cmd == "valid":
        try:
            import html5lib
        except ImportError:
            return 3
        parser = html5lib.HTMLParser(strict=False)
        parser.parse(open(path, "rb"), override_encoding="utf-8")
        if not parser.errors:
            print("valid")
            return 0
        for pos, code, data in parser.errors[:20]:
            print("%s:%s:%s: %s %s" % (path, pos[0], pos[1], code, data))
        return 1
    if cmd == "content":
        print("\n".join(content(parse(path))))
    elif cmd == "elements":
        counts = {}
        for n in walk(parse(path)):
            if n[0] == "#root":
                continue
            counts[n[0]] = counts.get(n[0], 0) + 1
            for a, v in n[1].items():
                if a in LOADS or a.startswith("on"):
                    print("ref %s=%s" % (a, v))
        for t in sorted(counts):
            print(t, counts[t])
    elif cmd == "text":
        for n in walk(parse(path)):
            for c in n[2]:
                if isinstance(c, str) and c.strip():
                    print(c.strip())
    elif cmd == "netlog":
        log = json.load(open(path))
        names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
        for e in log.get("events", []):
            p = e.get("params", {})
            if names.get(e["type"]) != "URL_REQUEST_START_JOB":
                continue
            # The page's requests carry its origin ("null" for file:);
            # Chromium's own (updates, accounts) carry "not an origin".
            if p.get("initiator") == "not an origin":
                continue
            url = p.get("url", "")
            if url and not url.startswith(("file:", "data:")):
                print(url)
    else:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
