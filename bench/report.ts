// The benchmark's figures: each one a line with its unit and, when it has one, its target, read
// as PASS or FAIL. Printed as a table, written to bench/results.json with what the run was made
// on, and compared with an earlier run's file.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";

export interface Target {
  /** The figure passes when `figure <op> value`. */
  op: "<" | "≤" | "≥";
  value: number;
}

export interface Line {
  section: string;
  name: string;
  value: number;
  unit: string;
  target?: Target;
  /** Anything that explains the figure: what was counted, what it is a ratio to. */
  note?: string;
}

export interface Results {
  startedAt: string;
  scale: string;
  database: string;
  commit: string | null;
  node: string;
  machine: { platform: string; release: string; cpus: number; cpuModel: string; memoryGiB: number };
  lines: (Line & { pass: boolean | null })[];
}

export function passes(value: number, target: Target): boolean {
  if (target.op === "<") return value < target.value;
  if (target.op === "≤") return value <= target.value;
  return value >= target.value;
}

function commit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

const format = (value: number) => (Math.abs(value) >= 100 || Number.isInteger(value) ? Math.round(value).toLocaleString("en") : value.toFixed(Math.abs(value) >= 10 ? 1 : 2));

export class Report {
  private readonly lines: Line[] = [];
  private readonly startedAt = new Date();

  constructor(
    private readonly scale: string,
    private readonly database: string,
  ) {}

  /** Records a figure and prints it at once, so a long run shows its progress. */
  add(line: Line): void {
    this.lines.push(line);
    console.log(`  ${this.row(line)}`);
  }

  section(title: string): void {
    console.log(`\n${title}`);
  }

  private row(line: Line): string {
    const withUnit = (value: number) => `${format(value)}${line.unit ? ` ${line.unit}` : ""}`;
    const verdict = line.target ? `${passes(line.value, line.target) ? "PASS" : "FAIL"} (${line.target.op} ${withUnit(line.target.value)})` : "";
    return `${line.name.padEnd(50)} ${withUnit(line.value).padStart(14)}   ${verdict.padEnd(26)}${line.note ?? ""}`;
  }

  results(): Results {
    const cpus = os.cpus();
    return {
      startedAt: this.startedAt.toISOString(),
      scale: this.scale,
      database: this.database,
      commit: commit(),
      node: process.version,
      machine: { platform: os.platform(), release: os.release(), cpus: cpus.length, cpuModel: cpus[0]?.model ?? "unknown", memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
      lines: this.lines.map((line) => ({ ...line, pass: line.target ? passes(line.value, line.target) : null })),
    };
  }

  /** The table of every line by section, then the count of targets met. */
  print(): void {
    console.log(`\nSummary (${this.scale} scale, ${this.database})`);
    let section = "";
    for (const line of this.lines) {
      if (line.section !== section) console.log(`  ${(section = line.section)}`);
      console.log(`    ${this.row(line)}`);
    }
    const targets = this.lines.filter((line) => line.target);
    const failed = targets.filter((line) => !passes(line.value, line.target!));
    console.log(`\n${targets.length - failed.length} of ${targets.length} targets met${failed.length ? `; missed: ${failed.map((line) => `${line.section} ${line.name}`).join(", ")}` : ""}.`);
  }

  write(file: string): void {
    writeFileSync(file, `${JSON.stringify(this.results(), null, 2)}\n`);
    console.log(`Wrote ${file}.`);
  }

  /** Each figure as a ratio to the same figure in an earlier run's results file. */
  compare(file: string): void {
    const earlier = JSON.parse(readFileSync(file, "utf8")) as Results;
    const before = new Map(earlier.lines.map((line) => [`${line.section} / ${line.name}`, line]));
    console.log(`\nCompared with ${file} (${earlier.scale} scale, commit ${earlier.commit?.slice(0, 8) ?? "unknown"}, ${earlier.startedAt}): now / then`);
    for (const line of this.lines) {
      const then = before.get(`${line.section} / ${line.name}`);
      const ratio = then && then.value !== 0 ? `${(line.value / then.value).toFixed(2)}×` : "new";
      console.log(`  ${`${line.section} / ${line.name}`.padEnd(64)} ${ratio.padStart(7)}   ${then ? `${format(then.value)} → ` : ""}${format(line.value)} ${line.unit}`);
    }
  }
}
