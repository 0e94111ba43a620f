# html.sh: digest -o html writes one self-contained page: valid HTML
# (tidy, and html5lib's parser of the HTML standard), nothing it loads,
# the text report's content, a chart of names per day or month when the
# records carry dates, and hostile text (markup in names and quotes, the
# naughty strings, the UTF-8 stress test) shown as text. Then Chromium
# renders it (release run only): the DOM it builds has the same content,
# a phone-sized screenshot shows the bars, nothing scrolls sideways at
# 360 px, and its net log shows no request from the page.
. tests/lib.sh

sample=$NF_ROOT/tests/data/sample.jsonl.gz
wiki=$S/data/news/wikinews.jsonl.gz
bad=$S/data/bad
check() { python3 "$NF_ROOT/tests/htmlcheck.py" "$@"; }
digest() { NF_BIN=$B "$NF_ROOT/scripts/digest" "$@"; }

# The text report as the lines `htmlcheck.py content` makes of a page.
lines() {
	awk 'NR == 1 { gsub(/[^0-9]+/, " "); sub(/ $/, ""); print "totals" $0; next }
	/^Most named people$/ { print "section people"; next }
	/^Most named organisations$/ { print "section organisations"; next }
	/^Most named places$/ { print "section places"; next }
	/^Most quoted speakers / { s = $0; sub(/^[^(]*\(/, "", s); sub(/\)$/, ".", s); print "section speakers | " s; next }
	/^Figures by kind$/ { print "section figures"; next }
	/^  \(none\)$/ { print "(none)"; next }
	/^         / { print "quote " substr($0, 10); next }
	/^ +[0-9]+  / { sub(/^ +/, ""); sub(/  /, " "); print; next }' "$1"
}
# The chart as `htmlcheck.py content` shows it, from tag-entities -k date
# directly: the six names (of people, organisations, places) most
# mentioned, each with the number of days (months: DATELEN 7, days: 10)
# in which it is mentioned.
series() { # DATELEN FILE
	tag-entities -k date -o tsv "$2" | awk -F '\t' -v len="$1" '$7 ~ /^(PER|ORG|LOC)$/ {
		k = ($9 != "" ? $9 : $8) "\t" $7; c[k]++; if (!((k, substr($4, 1, len)) in seen)) { seen[k, substr($4, 1, len)] = 1; b[k]++ } }
		END { for (k in c) print c[k] "\t" k "\t" b[k] }' |
	LC_ALL=C sort -t '	' -k1,1nr -k2 | head -6 | awk -F '\t' '{ printf "series %s: %d bars\n", $2, $4 }'
}
# A page's content without the chart (the text report has none).
content() { check content "$1" | awk '/^section / { c = $2 != "timeline" } c || /^totals/'; }

# A validator: tidy (Debian's tidy) and html5lib, each where installed.
py5=
for p in python3 /usr/bin/python3; do
	"$p" -c 'import html5lib' 2>/dev/null && { py5=$p; break; }
done
valid() { # NAME FILE
	page=$2
	if command -v tidy >/dev/null 2>&1; then
		t "$1: tidy finds no error" 'tidy -errors -q "$page" 2>&1; echo $?' '0'
	else
		skip "$1: tidy" "tidy not installed (Debian package tidy)"
	fi
	if [ -n "$py5" ]; then
		t "$1: valid by the HTML standard's parser (html5lib)" '"$py5" "$NF_ROOT/tests/htmlcheck.py" valid "$page"' 'valid'
	else
		skip "$1: html5lib" "html5lib not installed (Debian package python3-html5lib)"
	fi
}
# Self-contained: no element that loads anything, no attribute that could
# (src, href, on...), no CSS url() or @import, no URL anywhere in markup.
selfcontained() { # NAME FILE
	page=$2
	t "$1: nothing to load (no script, link, img, iframe; no src, href, on*)" \
		'check elements "$page" | grep -E "^(ref |(script|link|img|iframe|object|embed|frame|audio|video|source|base|form|input|use|image|foreignObject) )" || :' ''
	t "$1: no url() or @import in the style" 'grep -ciE "url\(|@import" "$page"' '0' 1
	t "$1: no http(s) URL in a src or href attribute" 'grep -ciE "(src|href)=.?https?:" "$page"' '0' 1
}

# --- the sample archive
digest -o html -n 5 "$sample" >"$T/sample.html" 2>"$T/err"
rc=$?
t "html: exit 0, nothing on stderr" 'echo $rc; cat "$T/err"' '0'
digest -n 5 "$sample" >"$T/sample.txt"
t "html: --html is -o html" 'digest --html -n 5 "$sample" | cmp - "$T/sample.html" && echo same' 'same'
valid "html sample" "$T/sample.html"
selfcontained "html sample" "$T/sample.html"
t "html: one page, with viewport and charset" \
	'grep -c -e "^<!DOCTYPE html>$" -e "<meta charset=\"utf-8\">" -e "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" "$T/sample.html"' '3'
lines "$T/sample.txt" >"$T/sample.lines"
t "html: the text report's sections, names, counts and quotes" \
	'content "$T/sample.html" | diff "$T/sample.lines" - && echo same' 'same'
t "html: a bar (inline SVG) per entry, the first of each list full width" \
	'grep -o "<svg class=\"bar [a-z]*\"[^>]*><rect width=\"[0-9.]*\"" "$T/sample.html" | sed "s/.*class=\"bar \([a-z]*\)\".*width=\"\([0-9.]*\)\"/\1 \2/" |
	 awk "{ n[\$1]++; if (n[\$1] == 1) top = top \" \" \$1 \"=\" \$2 } END { print n[\"per\"], n[\"org\"], n[\"loc\"], n[\"quote\"], n[\"fig\"] top }"' \
	'5 5 5 5 9 per=100.0 org=100.0 loc=100.0 quote=100.0 fig=100.0'
if command -v tidy >/dev/null 2>&1 && [ -n "$py5" ]; then
	sed 's|<p class="note">|<p>1 < 2 \x01 <b>bold</i>|' "$T/sample.html" >"$T/broken.html"
	t "html: the validators are not vacuous (raw <, a control character, </i> for </b>)" \
		'tidy -errors -q "$T/broken.html" >/dev/null 2>&1; a=$?; "$py5" "$NF_ROOT/tests/htmlcheck.py" valid "$T/broken.html" >/dev/null; echo "$a $?"' '1 1'
fi

# --- dates: a chart per name, one bar per month over two years of
# Wikinews (one per day over one month of it), each bar a month (or day)
# in which tag-entities -k date finds the name.
if need "$wiki"; then
	digest -o html "$wiki" >"$T/wiki.html"
	digest "$wiki" >"$T/wiki.txt"
	valid "html wikinews" "$T/wiki.html"
	t "html wikinews: content as the text report" \
		'lines "$T/wiki.txt" >"$T/wiki.lines"; content "$T/wiki.html" | diff "$T/wiki.lines" - && echo same' 'same'
	series 7 "$wiki" >"$T/wiki.series"
	t "html wikinews: per month, six names, a bar per month named" \
		'check content "$T/wiki.html" | sed -n "/^section timeline/,\$p" | sed 1d | diff "$T/wiki.series" - && grep -c "<h2>Top names per month</h2>" "$T/wiki.html"' '1'
	gzip -dc "$wiki" | jq -c 'select(.date | startswith("2019-01"))' >"$T/jan.jsonl"
	digest -o html "$T/jan.jsonl" >"$T/jan.html"
	series 10 "$T/jan.jsonl" >"$T/jan.series"
	t "html wikinews January 2019: per day, a bar per day named" \
		'check content "$T/jan.html" | sed -n "/^section timeline/,\$p" | sed 1d | diff "$T/jan.series" - && grep -c "<h2>Top names per day</h2>" "$T/jan.html"' '1'
	t "html: -d names the date field (none called published: no chart)" \
		'digest -o html -d published "$T/jan.jsonl" | grep -c "id=\"timeline\""' '0' 1
else
	skip "html wikinews" "no ../shared/data/news"
fi
# Feeds: sfeed's items dated by their Unix time (-d timestamp).
feed=$S/data/feeds/rss-parser/guardian.rss
if command -v sfeed >/dev/null 2>&1 && need "$feed"; then
	sfeed <"$feed" >"$T/feed.tsv"
	digest -i sfeed -o html -d timestamp "$T/feed.tsv" >"$T/feed.html"
	tag-entities -i sfeed -k timestamp -o tsv "$T/feed.tsv" | awk -F '\t' '$7 ~ /^(PER|ORG|LOC)$/ { print $4 }' | sort -n >"$T/feed.times"
	t "html sfeed: a chart per day, Unix times made days (first and last as date(1) makes them)" \
		'grep -o "per day from [0-9-]* to [0-9-]*" "$T/feed.html"' \
		"per day from $(date -u -d "@$(head -1 "$T/feed.times")" +%F) to $(date -u -d "@$(tail -1 "$T/feed.times")" +%F)"
fi

# --- hostile text: markup in names, quotes and the file name; the naughty
# strings; Kuhn's UTF-8 test (controls, noncharacters, broken sequences).
cat >"$T/hostile.jsonl" <<'EOF'
{"id":"h1","date":"2026-02-03","text":"“<script>alert('quote')</script> & more,” said Anna <script>Berg</script>. Later Anna <script>Berg</script> met Mary O'Brien & Sons in Paris <img src=x onerror=alert(1)>."}
{"id":"h2","date":"2026-02-04","text":"“It is </blockquote><h1>pwned</h1> true,” said Anna Berg. Officials at <style>Acme Corp</style> said the \"Evil</script><script>alert(2)</script> Corp\" paid $5 million. Shares of AT&T rose."}
EOF
cp "$T/hostile.jsonl" "$T/x<script>alert(3)<script>.jsonl"
set -- "$T/x<script>alert(3)<script>.jsonl"
need "$bad/blns.txt" "$bad/UTF-8-test.txt" && set -- "$@" "$bad/blns.txt" "$bad/UTF-8-test.txt"
digest -o html -n 40 "$@" >"$T/hostile.html" 2>"$T/err"
digest -o html -n 1 "$T/x<script>alert(3)<script>.jsonl" >"$T/name.html" 2>&1
valid "html hostile" "$T/hostile.html"
selfcontained "html hostile" "$T/hostile.html"
# What the page must show as text: every quote and name the tools find
# in the hostile records that carries markup (which ones the tagger finds
# is the model's business, so a name with "&" in it every model finds is
# among them; that they are shown as text is the page's).
{
	pull-quotes "$T/hostile.jsonl" | jq -r '"“" + .quote + "”"'
	tag-entities "$T/hostile.jsonl" | jq -r .name
} | grep '[<>&]' | sort -u >"$T/hostile.want"
t "html hostile: the tools find quotes and names with markup in them" \
	'grep -c "^“" "$T/hostile.want"; grep -vc "^“" "$T/hostile.want" | grep -qv "^0$" && echo "and a name"' '2
and a name'
t "html hostile: markup in quotes and names is text" \
	'check text "$T/hostile.html" | grep -Fx -f "$T/hostile.want" | sort -u | cmp - "$T/hostile.want" && echo same' 'same'
t "html hostile: the file name is text" \
	'check text "$T/name.html" | grep -F "x<script>alert(3)<script>.jsonl"' \
	"$T/x<script>alert(3)<script>.jsonl"
t "html hostile: no control character or noncharacter in the page" \
	'LC_ALL=C grep -c -P "[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]|\xc2[\x80-\x9f]|\xef\xbf[\xbe\xbf]|\xef\xb7[\x90-\xaf]" "$T/hostile.html"' '0' 1
t "html hostile: the page is UTF-8" 'iconv -f UTF-8 -t UTF-8 "$T/hostile.html" >/dev/null && echo ok' 'ok'

# --- in a browser: release run only (the page is the same on both runs).
if [ "$NF_MODE" = san ]; then
	skip "html in Chromium" "checked once, on the release run"
	exit 0
fi
chrome=$(command -v chromium || command -v chromium-browser)
if [ -z "$chrome" ]; then
	skip "html in Chromium" "Chromium not installed (Debian package chromium)"
	exit 0
fi
# Headless, with a fresh profile, in a session of its own that is killed
# afterwards; every host name resolves to nothing, so not even Chromium's
# own background requests leave the machine.
browse() { # OUTPUT-FILE CHROMIUM-ARGS...
	_o=$1; shift
	_u=$(mktemp -d "$T/profile.XXXXXX")
	setsid "$chrome" --headless --no-sandbox --disable-gpu --disable-quic \
		--no-first-run --disable-background-networking --disable-component-update \
		--disable-sync --disable-default-apps --no-pings --hide-scrollbars \
		--host-resolver-rules='MAP * ~NOTFOUND' --user-data-dir="$_u" "$@" \
		>"$_o" 2>"$T/chrome.err" &
	_p=$! _n=0
	while kill -0 $_p 2>/dev/null && [ $_n -lt 900 ]; do sleep 0.1; _n=$((_n + 1)); done
	kill -TERM -$_p 2>/dev/null
	wait $_p
	_s=$?
	kill -KILL -$_p 2>/dev/null
	rm -rf "$_u"
	return $_s
}
url() { printf 'file://%s' "$1"; }

browse "$T/dom.html" --dump-dom "$(url "$T/sample.html")"
t "chromium: the DOM it builds has the text report's content" \
	'content "$T/dom.html" | diff "$T/sample.lines" - && echo same' 'same'
browse "$T/hdom.html" --dump-dom "$(url "$T/hostile.html")"
t "chromium hostile: the DOM has the page's elements, none from the text" \
	'check elements "$T/hostile.html" >"$T/helements"; check elements "$T/hdom.html" | diff "$T/helements" - && grep -c "^script " "$T/helements"' '0' 1
t "chromium hostile: the markup shown as text" \
	'check text "$T/hdom.html" | grep -Fx -f "$T/hostile.want" | sort -u | cmp - "$T/hostile.want" && echo same' 'same'

# A phone: the page in a frame 360 px wide (headless Chromium lays out a
# window at least 500 px wide); the frame's handler, the test's own script,
# writes the page's scroll width into the outer page for --dump-dom.
for p in sample hostile; do
	printf '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>phone</title></head><body style="margin:0"><iframe src="%s.html" style="width:360px;height:3000px;border:0" onload="document.body.setAttribute(%s, this.contentDocument.documentElement.scrollWidth)"></iframe></body></html>\n' \
		"$p" "'data-width'" >"$T/$p-phone.html"
	browse "$T/$p-phone.dom" --allow-file-access-from-files --dump-dom "$(url "$T/$p-phone.html")"
	t "chromium $p: nothing scrolls sideways at 360 px" \
		'sed -n "s/.*data-width=\"\([0-9]*\)\".*/\1/p" "$T/$p-phone.dom" | awk "{ print (\$1 <= 360 ? \"fits\" : \"scrolls: \" \$1) }"' 'fits'
done
browse /dev/null --allow-file-access-from-files --window-size=360,3000 \
	--screenshot="$T/phone.png" --log-net-log="$T/net.json" "$(url "$T/sample-phone.html")"
# The colours of the five kinds of bar, as the page's style sets them.
t "chromium: a phone-sized screenshot shows every kind of bar" \
	'python3 "$NF_ROOT/tests/pngstat.py" "$T/phone.png" 1f63a8 b4501a 2b7a3d 6b4ba1 5b6570 |
	 awk "NR == 1 { print; next } /^inked/ { print (\$2 > 0.05 ? \"inked\" : \"blank: \" \$2); next } { print \$1, (\$2 > 400 ? \"shown\" : \"missing: \" \$2) }"' \
	'360 3000
1f63a8 shown
b4501a shown
2b7a3d shown
6b4ba1 shown
5b6570 shown
inked'
[ -n "$NF_KEEP_SCREENSHOT" ] && cp "$T/phone.png" "$NF_KEEP_SCREENSHOT"
t "chromium: the page asks for nothing (net log)" 'check netlog "$T/net.json"' ''
printf '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>probe</title></head><body><img alt="" src="http://127.0.0.1:9/probe.png"></body></html>\n' >"$T/probe.html"
browse "$T/probe.dom" --dump-dom --log-net-log="$T/probe.json" "$(url "$T/probe.html")"
t "chromium: the net log check is not vacuous (a page with an image)" 'check netlog "$T/probe.json"' 'http://127.0.0.1:9/probe.png'
t "chromium: no process left behind" 'ps -eo args | grep -F -- "--user-data-dir=$T/" | grep -vc grep' '0' 1
