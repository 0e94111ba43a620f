# ssh.sh: the tools on other hosts with GNU parallel over ssh, for real.
# The suite starts sshd on 127.0.0.1 (a free port, generated host and user
# keys, every file under $T, as root) and runs the README's recipe: each
# shard of the Wikinews archive and the tools (the static binaries of
# `make static`, copied once with --basefile) are sent to the "worker",
# the tools run there, the results come back (--return) and the worker's
# files are removed (--cleanup). Each tool's output, the shards' results
# concatenated in shard order, equals a serial run byte for byte.
# Release run only (it tests the recipe, not the build).
. tests/lib.sh
. tests/services.sh

[ "$NF_MODE" = san ] && { skip "ssh" "checked once, on the release run"; exit 0; }
need_root "ssh" || exit 0
need_cmds "ssh" "openssh-server openssh-client parallel rsync" sshd ssh ssh-keygen parallel rsync || exit 0
wiki=$S/data/news/wikinews.jsonl.gz
need "$wiki" || { skip "ssh" "no ../shared/data/news"; exit 0; }

# sshd needs its privilege separation directory (systemd makes it at boot).
made_run=
if [ ! -d /run/sshd ]; then
	mkdir -m 755 /run/sshd
	made_run=1
fi
# The ssh master connection (below) ends first, then the daemons.
trap 'ssh -F "$T/ssh/config" -O exit worker 2>/dev/null; stop_daemons
	[ -z "$made_run" ] || rmdir /run/sshd 2>/dev/null; rm -rf "$T"' EXIT
mkdir -m 700 "$T/ssh"
ssh-keygen -q -t ed25519 -N '' -C host -f "$T/ssh/host"
ssh-keygen -q -t ed25519 -N '' -C user -f "$T/ssh/user"
cp "$T/ssh/user.pub" "$T/ssh/authorized_keys"
port=$(free_port)
cat >"$T/ssh/sshd_config" <<EOF
ListenAddress 127.0.0.1
Port $port
HostKey $T/ssh/host
AuthorizedKeysFile $T/ssh/authorized_keys
PidFile $T/ssh/sshd.pid
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
# bash reads ~/.bashrc for a command run by sshd unless SHLVL says it is a
# nested shell; some machines start pyenv or the like there (a second of
# CPU for each of the dozens of commands parallel and rsync run).
SetEnv SHLVL=1
EOF
echo "[127.0.0.1]:$port $(cut -d ' ' -f 1,2 "$T/ssh/host.pub")" >"$T/ssh/known_hosts"
# The "worker": a host name for parallel's --sshlogin, this sshd behind it;
# one connection carries all the sessions (ControlMaster), as it should
# for a real worker too.
cat >"$T/ssh/config" <<EOF
Host worker
	HostName 127.0.0.1
	Port $port
	User $(id -un)
	IdentityFile $T/ssh/user
	IdentitiesOnly yes
	UserKnownHostsFile $T/ssh/known_hosts
	StrictHostKeyChecking yes
	BatchMode yes
	ControlMaster auto
	ControlPath $T/ssh/master-%C
	ControlPersist 60
EOF
"$(command -v sshd || echo /usr/sbin/sshd)" -D -e -f "$T/ssh/sshd_config" 2>"$T/ssh/sshd.log" &
started $!
if ! wait_until 10 ssh -F "$T/ssh/config" worker true; then
	fail "ssh: sshd starts and lets the key in" "$(tail -3 "$T/ssh/sshd.log")"
	exit 0
fi
pass "ssh: sshd up on 127.0.0.1:PORT, the generated key let in"

# The recipe: shards and tools in the work directory, relative names; the
# tools go once to each worker (--basefile), each shard to the worker that
# runs its job (--transferfile), the outputs come back (--return).
mkdir -p "$T/work" "$T/remote"
shards "$wiki" 4 "$T/work/shards"
tools="split-sentences tag-entities pull-quotes count-figures"
for tool in $tools; do
	if [ -x "$NF_ROOT/bin/static/$tool" ]; then cp "$NF_ROOT/bin/static/$tool" "$T/work/shards/"
	else cp "$B/$tool" "$T/work/shards/"; fi
done
# (the shards at the top of the directory parallel runs in: with
# --cleanup it removes an emptied subdirectory on the worker, which raced
# with the other job's transfer into it under load)
(
	cd "$T/work/shards" || exit 2
	PARALLEL_HOME=$T/parallel parallel --will-cite --ssh "ssh -F $T/ssh/config" --joblog "$T/joblog" \
		--sshlogin 2/worker --workdir "$T/remote" \
		--basefile split-sentences --basefile tag-entities \
		--basefile pull-quotes --basefile count-figures \
		--transferfile {} --return {}.sentences --return {}.entities \
		--return {}.quotes --return {}.figures --cleanup \
		'./split-sentences {} > {}.sentences && ./tag-entities {} > {}.entities &&
		 ./pull-quotes {} > {}.quotes && ./count-figures {} > {}.figures' \
		::: part0.jsonl.gz part1.jsonl.gz part2.jsonl.gz part3.jsonl.gz
) >"$T/parallel.out" 2>&1
rc=$?
t "ssh: parallel --sshlogin runs the four shards, exit 0" 'echo $rc; cat "$T/parallel.out"' '0'
t "ssh: each shard's job ran on the worker, exit 0" \
	'awk -F "\t" "NR > 1 && \$2 != \"\" { print \$2, \$7 }" "$T/joblog"' 'worker 0
worker 0
worker 0
worker 0'
for tool in $tools; do
	case $tool in
	split-sentences) ext=sentences ;; tag-entities) ext=entities ;;
	pull-quotes) ext=quotes ;; count-figures) ext=figures ;;
	esac
	"$B/$tool" "$wiki" >"$T/serial" 2>/dev/null
	t "ssh: $tool, four shards returned and merged, equals the serial run" \
		'[ -s "$T/serial" ] && cat "$T/work/shards"/part[0-3].jsonl.gz.$ext | cmp - "$T/serial" && echo same' 'same'
done
t "ssh: --cleanup left no file on the worker" 'find "$T/remote" -type f 2>/dev/null; :' ''
t "ssh: the master connection ends" 'ssh -F "$T/ssh/config" -O exit worker 2>&1 | tr -d "\r"; ssh -F "$T/ssh/config" -O check worker 2>/dev/null || echo ended' 'Exit request sent.
ended'
pids=$daemons
stop_daemons
t "ssh: stopped, no daemon left behind" 'for p in $pids; do kill -0 $p 2>/dev/null && echo "$p still runs"; done; :' ''
