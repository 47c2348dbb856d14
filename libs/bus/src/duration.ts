const unitMs: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** '250ms', '30s', '2m', '12h', '7d' → milliseconds. Topology files use these instead of raw nanoseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+)(ms|s|m|h|d)$/.exec(text.trim());
  if (!match)
    throw new Error(`invalid duration '${text}': expected a whole number and ms, s, m, h or d (e.g. 30s)`);
  return Number(match[1]) * unitMs[match[2] as string]!;
}
