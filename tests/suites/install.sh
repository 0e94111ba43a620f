# install.sh: make install into a temporary DESTDIR puts every tool and man
# page in place, and the installed tools run on their own.
. tests/lib.sh

[ "$NF_MODE" = san ] && { skip "make install" "checked once, on the release run"; exit 0; }
make -C "$NF_ROOT" --no-print-directory -s install DESTDIR="$T/root" PREFIX=/usr >"$T/log" 2>&1 ||
	{ fail "make install" "$(tail -3 "$T/log")"; exit 0; }
for tool in "$NF_ROOT"/bin/*; do
	[ -f "$tool" ] || continue
	n=${tool##*/}
	t "installed $n runs" '"$T/root/usr/bin/$n" --version | sed "s/ [0-9.]*$//"' "$n (newsfilter)"
	t "installed $n(1)" '[ -f "$T/root/usr/share/man/man1/$n.1" ] && echo yes' 'yes'
done
t "installed newsfilter(5)" '[ -f "$T/root/usr/share/man/man5/newsfilter.5" ] && echo yes' 'yes'
t "installed split-sentences works from anywhere" \
	'cd / && printf "It works. Really.\n" | "$T/root/usr/bin/split-sentences" -o text' 'It works.
Really.'
