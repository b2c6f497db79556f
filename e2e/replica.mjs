// A second instance of a service the stack already runs: the same command line, environment and working directory as
// ./run gave the first, on another HTTP port, sharing its Kafka topics, consumer groups and database, as a second pod
// of a Deployment would; and how many messages an instance's front desk has read.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, readlinkSync } from 'node:fs';

export function replicaOf(service) {
  const found = execFileSync('pgrep', ['-f', `${service}/target/quarkus-app/quarkus-run.jar`]).toString().trim().split('\n');
  const pid = found[0];
  const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  const env = Object.fromEntries(readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean)
    .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  const cwd = readlinkSync(`/proc/${pid}/cwd`);
  return {
    firstPid: Number(pid),
    start(port, logFile) {
      const out = openSync(logFile, 'a');
      try {
        return spawn(args[0], args.slice(1), { cwd, env: { ...env, QUARKUS_HTTP_PORT: String(port) }, stdio: ['ignore', out, out] });
      } finally {
        closeSync(out); // the child has its own copy
      }
    },
  };
}

/** Stops a replica started here and waits for it (SIGTERM, then SIGKILL after 30 s). */
export async function stopReplica(proc) {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

/** How many customer messages an instance's front desk has read (its dianxiaoer_nlu_classify_seconds_count). */
export async function classifiedBy(port, headers) {
  const res = await fetch(`http://localhost:${port}/q/metrics`, { headers });
  if (!res.ok) throw new Error(`metrics of port ${port}: HTTP ${res.status}`);
  const text = await res.text();
  // A sample line: name{labels} value, then maybe an exemplar ("# {trace_id=...} value timestamp").
  return text.split('\n').map((l) => /^dianxiaoer_nlu_classify_seconds_count(?:\{[^}]*\})?\s+(\S+)/.exec(l))
    .filter(Boolean).reduce((sum, m) => sum + Number(m[1]), 0);
}
