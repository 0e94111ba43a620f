# docs.sh: the documentation matches the programs: every man page passes
# mandoc -Tlint, every built tool has a page, every option a page lists is
# in --help and the other way round, and the README's Quick start holds
# exactly the two set-up commands.
. tests/lib.sh

[ "$NF_MODE" = san ] && { skip "docs" "checked once, on the release run"; exit 0; }
cd "$NF_ROOT" || exit 2
if command -v mandoc >/dev/null 2>&1; then
	for m in man/*.[1-9]; do
		t "mandoc -Tlint $m" 'mandoc -Tlint -W warning "$m"' ''
	done
else
	skip "mandoc -Tlint" "mandoc not installed"
fi
t "newsfilter.5 exists" '[ -f man/newsfilter.5 ] && echo yes' 'yes'
for tool in "$B"/*; do
	[ -f "$tool" ] || continue
	n=${tool##*/}
	t "$n has a man page" '[ -f "man/$n.1" ] && echo yes' 'yes'
	[ -f "man/$n.1" ] || continue
	# Options as the page lists them (.Fl x in the OPTIONS list items) and
	# as --help lists them ("  -x" at the start of a line).
	sed -n 's/^\.It Fl \([A-Za-z]\).*/\1/p' "man/$n.1" | sort -u >"$T/man"
	"$tool" --help | sed -n 's/^  -\([A-Za-z]\).*/\1/p' | sort -u >"$T/help"
	t "$n: --help and the man page list the same options" 'diff "$T/help" "$T/man" && echo same' 'same'
done
t "README Quick start: exactly two commands, the second make check" \
	'awk "/^## Quick start/ { q = 1; next } /^## / { q = 0 } q && /^\`\`\`/ { b = !b; next } q && b" README.md | sed -n "2p"' 'make check'
t "README Quick start: the first installs, builds and runs the digest" \
	'awk "/^## Quick start/ { q = 1; next } /^## / { q = 0 } q && /^\`\`\`/ { b = !b; next } q && b" README.md | awk "NR == 1 && /apt-get install/ && /make/ && /scripts\/digest/ { print \"ok\" } END { if (NR != 2) print NR \" lines\" }"' 'ok'
