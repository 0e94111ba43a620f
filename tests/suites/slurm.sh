# slurm.sh: the tools under Slurm, for real. The suite starts munged,
# slurmctld and slurmd on localhost (free ports, every file under $T, as
# root), cuts the Wikinews archive into four shards and submits the
# README's job script as a job array, one task per shard. Each tool's
# output, the tasks' files concatenated in task order, equals a serial run
# byte for byte. Release run only (it tests the recipe, not the build).
. tests/lib.sh
. tests/services.sh

[ "$NF_MODE" = san ] && { skip "slurm" "checked once, on the release run"; exit 0; }
need_root "slurm" || exit 0
need_cmds "slurm" "slurmctld slurmd munge" munged slurmctld slurmd sbatch sinfo scontrol || exit 0
wiki=$S/data/news/wikinews.jsonl.gz
need "$wiki" || { skip "slurm" "no ../shared/data/news"; exit 0; }
PATH=$PATH:/usr/sbin

# munge: a fresh key; its socket's directories must be open to all.
chmod 711 "$T"
mkdir -m 755 "$T/munge"
dd if=/dev/urandom of="$T/munge/key" bs=1024 count=1 2>/dev/null
chmod 400 "$T/munge/key"
munged -F --socket="$T/munge/socket" --key-file="$T/munge/key" \
	--pid-file="$T/munge/pid" --seed-file="$T/munge/seed" \
	--log-file="$T/munge/log" 2>"$T/munge/err" &
started $!
if ! wait_until 10 test -S "$T/munge/socket"; then
	fail "slurm: munged starts" "$(tail -3 "$T/munge/err")"
	exit 0
fi

# Slurm: one node (this machine, 127.0.0.1), one partition.
host=$(hostname -s)
mkdir -p "$T/slurm/state" "$T/slurm/spool" "$T/work/logs" "$T/work/out"
cat >"$T/slurm/slurm.conf" <<EOF
ClusterName=newsfilter
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$(free_port)
SlurmdPort=$(free_port)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$T/munge/socket
StateSaveLocation=$T/slurm/state
SlurmdSpoolDir=$T/slurm/spool
SlurmctldPidFile=$T/slurm/slurmctld.pid
SlurmdPidFile=$T/slurm/slurmd.pid
SlurmctldLogFile=$T/slurm/slurmctld.log
SlurmdLogFile=$T/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=news Nodes=ALL Default=YES State=UP MaxTime=10
EOF
export SLURM_CONF=$T/slurm/slurm.conf
slurmctld -D -i -f "$SLURM_CONF" >"$T/slurm/slurmctld.out" 2>&1 &
started $!
slurmd -D -f "$SLURM_CONF" >"$T/slurm/slurmd.out" 2>&1 &
started $!
idle() { [ "$(sinfo -h -o %T 2>/dev/null)" = idle ]; }
if ! wait_until 30 idle; then
	fail "slurm: the node comes up" "$(sinfo 2>&1 | tail -2; tail -3 "$T/slurm/slurmctld.log" "$T/slurm/slurmd.log" 2>&1)"
	exit 0
fi
pass "slurm: munged, slurmctld and slurmd up, the node idle"

# The job script, as the README shows it: task N runs the tools on shard N.
shards "$wiki" 4 "$T/work/shards"
cat >"$T/work/newsfilter.sbatch" <<'EOF'
#!/bin/sh
#SBATCH --job-name=newsfilter
#SBATCH --array=0-3
#SBATCH --output=logs/%A_%a.log
shard=shards/part$SLURM_ARRAY_TASK_ID.jsonl.gz
for tool in split-sentences tag-entities pull-quotes count-figures; do
	"$NF_BIN/$tool" "$shard" >"out/$tool.$SLURM_ARRAY_TASK_ID.jsonl" || exit 1
done
EOF
(cd "$T/work" && NF_BIN=$B sbatch --wait --chdir="$T/work" newsfilter.sbatch) >"$T/sbatch.out" 2>&1
rc=$?
t "slurm: sbatch --wait runs the job array to the end, exit 0" \
	'echo $rc; sed "s/[0-9][0-9]*/N/" "$T/sbatch.out"' '0
Submitted batch job N'
job=$(sed -n 's/^Submitted batch job //p' "$T/sbatch.out")
t "slurm: one task per shard, each COMPLETED with exit 0" \
	'scontrol -o show job "$job" | sed -n "s/.*ArrayTaskId=\([0-9]*\) .*JobState=\([A-Z]*\) .*ExitCode=\([0-9:]*\) .*/\1 \2 \3/p" | sort' \
	'0 COMPLETED 0:0
1 COMPLETED 0:0
2 COMPLETED 0:0
3 COMPLETED 0:0'
for tool in split-sentences tag-entities pull-quotes count-figures; do
	"$B/$tool" "$wiki" >"$T/serial" 2>/dev/null
	t "slurm: $tool, four tasks merged, equals the serial run" \
		'[ -s "$T/serial" ] && cat "$T/work/out/$tool".[0-3].jsonl | cmp - "$T/serial" && echo same' 'same'
done
pids=$daemons
stop_daemons
t "slurm: stopped, no daemon left behind" 'for p in $pids; do kill -0 $p 2>/dev/null && echo "$p still runs"; done; ps -eo comm | grep -c "^slurmstepd"' '0' 1
