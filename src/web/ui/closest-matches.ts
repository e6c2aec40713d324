// The names closest to what someone typed, for "did you mean": names that start with it, then names
// that contain it, then names a few edits away; shorter and nearer first. Case is ignored.

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

/** Up to `limit` candidates closest to `typed`, closest first; never `typed` itself. */
export function closestMatches(typed: string, candidates: Iterable<string>, limit: number): string[] {
  const query = typed.trim().toLowerCase();
  if (query === '') return [];
  const scored: { name: string; tier: number; score: number }[] = [];
  const maxEdits = Math.max(2, Math.floor(query.length / 3));
  for (const name of new Set(candidates)) {
    const lower = name.toLowerCase();
    if (lower === query) continue;
    if (lower.startsWith(query)) scored.push({ name, tier: 0, score: lower.length });
    else if (lower.includes(query)) scored.push({ name, tier: 1, score: lower.length });
    else {
      const edits = editDistance(query, lower);
      if (edits <= maxEdits) scored.push({ name, tier: 2, score: edits });
    }
  }
  // Ties go to the name that sorts last: for versioned names such as families, the newest.
  scored.sort((a, b) => a.tier - b.tier || a.score - b.score || (a.name < b.name ? 1 : -1));
  return scored.slice(0, limit).map((s) => s.name);
}
