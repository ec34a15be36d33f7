import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  chromium: string;
  node: string;
  /** 1-minute load average when the run ended: above the core count, timings are inflated. */
  loadAverage: number;
}

function cpuModel(): string {
  try {
    const info = readFileSync("/proc/cpuinfo", "utf8");
    return /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? "unknown";
  } catch {
    return cpus()[0]?.model ?? "unknown";
  }
}

export function describeMachine(chromium: string): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    chromium,
    node: process.version,
    loadAverage: Number((loadavg()[0] ?? 0).toFixed(2)),
  };
}

export const machineLine = (m: Machine): string =>
  `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM; Chromium ${m.chromium}; Node ${m.node}; load average ${m.loadAverage} at the end`;
