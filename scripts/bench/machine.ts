import os from "node:os";

export interface MachineFacts {
  readonly nproc: number;
  readonly cpuModel: string;
  readonly node: string;
  readonly platform: string;
  readonly totalMemoryMiB: number;
}

export function machineFacts(): MachineFacts {
  return {
    nproc: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    totalMemoryMiB: Math.round(os.totalmem() / 2 ** 20),
  };
}
