# services.sh: daemons that a suite starts for itself (munged, slurmctld,
# slurmd, sshd), sourced after tests/lib.sh. Every daemon runs in the
# foreground of a background job, on a port nobody listens on, with every
# file under $T; started() records it and the EXIT trap stops them all, so
# a failed or interrupted suite leaves nothing running.

daemons=
started() { daemons="$1 $daemons"; }
stop_daemons() {
	for _d in $daemons; do kill -TERM "$_d" 2>/dev/null; done
	for _d in $daemons; do
		_i=0
		while kill -0 "$_d" 2>/dev/null && [ $_i -lt 50 ]; do sleep 0.1; _i=$((_i + 1)); done
		kill -KILL "$_d" 2>/dev/null
		wait "$_d" 2>/dev/null
	done
	daemons=
}
trap 'stop_daemons; rm -rf "$T"' EXIT
trap 'exit 1' INT TERM

# free_port: a TCP port in 20000-60999 that nothing listens on (by
# /proc/net/tcp and tcp6) and that no earlier call here returned.
ports_given=
free_port() {
	while :; do
		_p=$(awk -v s="$(od -An -N2 -tu2 /dev/urandom)" 'BEGIN { print 20000 + s % 41000 }')
		case " $ports_given " in *" $_p "*) continue ;; esac
		_h=$(printf '%04X' "$_p")
		if ! cat /proc/net/tcp /proc/net/tcp6 2>/dev/null | awk -v h=":$_h" '$2 ~ h "$" && $4 == "0A" { f = 1 } END { exit !f }'; then
			ports_given="$ports_given $_p"
			echo "$_p"
			return
		fi
	done
}

# wait_until SECONDS COMMAND...: run COMMAND every 0.2 s until it succeeds.
wait_until() {
	_n=$(($1 * 5)); shift
	while [ $_n -gt 0 ]; do
		"$@" >/dev/null 2>&1 && return 0
		sleep 0.2
		_n=$((_n - 1))
	done
	return 1
}

# need_root NAME: the daemons here switch users and bind sockets as root.
need_root() {
	[ "$(id -u)" = 0 ] && return 0
	skip "$1" "needs root (run make check as root, as CI does)"
	return 1
}

# need_cmds NAME PACKAGES CMD...: every command installed, or a skip.
need_cmds() {
	_name=$1 _pkgs=$2; shift 2
	for _c; do
		command -v "$_c" >/dev/null 2>&1 || [ -x "/usr/sbin/$_c" ] || {
			skip "$_name" "$_c not installed (Debian packages: $_pkgs)"
			return 1
		}
	done
}

# shards FILE N DIR: DIR/part0.jsonl.gz ... the JSON Lines archive FILE cut
# into N pieces at line ends, in order.
shards() {
	mkdir -p "$3"
	gzip -dc "$1" >"$3/all"
	split -n "l/$2" -d -a 1 --additional-suffix=.jsonl "$3/all" "$3/part"
	rm "$3/all"
	gzip "$3"/part*.jsonl
}
