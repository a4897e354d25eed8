#!/usr/bin/env bash
# Starts a single-node Slurm cluster on this machine from Debian's slurm-wlm and munge, for the batch
# test: munged, slurmctld and slurmd on localhost, one partition. Needs root. Prints the path of the
# slurm.conf to use (export SLURM_CONF=...). Safe to run again: a cluster already up is reused.
# Usage: tests/slurm/start-cluster.sh STATE_DIR
set -euo pipefail
state=${1:?usage: start-cluster.sh STATE_DIR}
mkdir -p "$state"/{spool,ctld,log}
conf="$state/slurm.conf"
host=$(hostname -s)
cpus=$(nproc)
memory=$(awk '/MemTotal/ {print int($2 / 1024 * 0.8)}' /proc/meminfo)

# munge: a key, then the daemon (it refuses root unless forced; this is a throwaway test cluster).
if [ ! -s /etc/munge/munge.key ]; then
  mkdir -p /etc/munge
  dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
  chmod 400 /etc/munge/munge.key
fi
mkdir -p /run/munge /var/lib/munge /var/log/munge
if ! pgrep -x munged >/dev/null; then
  munged --force >/dev/null 2>&1
fi

cat > "$conf" <<CONF
ClusterName=readcast-test
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
ReturnToService=2
SlurmdSpoolDir=$state/spool
StateSaveLocation=$state/ctld
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/log/slurmctld.log
SlurmdLogFile=$state/log/slurmd.log
SchedulerType=sched/backfill
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$conf
if ! scontrol ping 2>/dev/null | grep -q UP; then
  slurmctld -f "$conf"
  slurmd -f "$conf"
fi
for _ in $(seq 100); do
  if sinfo -h -o %T 2>/dev/null | grep -qE '^(idle|mixed|allocated)'; then
    echo "$conf"
    exit 0
  fi
  sleep 0.2
done
echo "start-cluster: slurm did not come up; see $state/log" >&2
exit 1
