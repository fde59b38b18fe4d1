// What the numbers were measured on; timing results are meaningless without it.
import os from 'node:os'

export function machineInfo() {
  const cpus = os.cpus()
  return {
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    totalMemoryBytes: os.totalmem(),
    loadAverage1m: Number(os.loadavg()[0].toFixed(2)),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  }
}
