/** Where a needle occurs in the haystack: its first start (UTF-16 units) and how many times. */
export interface Occurrences {
  first: number;
  count: number;
}

/** Lexicographic order by UTF-16 unit, the order the trie below is numbered in. */
const byUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The needles' trie with nodes numbered in depth-first order: sorted needles share the prefix they
 * have in common with the one before, so each node is created once, after its parent and after
 * its smaller siblings. Typed arrays keep a 20 MB file's trie to a few bytes a node.
 */
function buildTrie(sorted: readonly string[]) {
  let size = 1;
  for (let i = 0; i < sorted.length; i++) size += sorted[i]!.length - commonPrefix(sorted, i);
  const parent = new Int32Array(size);
  const unit = new Uint16Array(size);
  const terminal = new Int32Array(sorted.length);
  const path: number[] = [0];
  let next = 1;
  sorted.forEach((needle, i) => {
    const shared = commonPrefix(sorted, i);
    path.length = shared + 1;
    for (let d = shared; d < needle.length; d++) {
      parent[next] = path[d]!;
      unit[next] = needle.charCodeAt(d);
      path.push(next++);
    }
    terminal[i] = path[needle.length]!;
  });
  return { size, parent, unit, terminal };
}

function commonPrefix(sorted: readonly string[], i: number): number {
  if (i === 0) return 0;
  const a = sorted[i - 1]!;
  const b = sorted[i]!;
  let k = 0;
  while (k < a.length && k < b.length && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}

/** Children listed per node (already in unit order, thanks to the numbering), found by bisection. */
function childTable(size: number, parent: Int32Array) {
  const start = new Int32Array(size + 1);
  for (let v = 1; v < size; v++) start[parent[v]! + 1]!++;
  for (let v = 0; v < size; v++) start[v + 1]! += start[v]!;
  const child = new Int32Array(Math.max(0, size - 1));
  const fill = start.slice(0, size);
  for (let v = 1; v < size; v++) child[fill[parent[v]!]!++] = v;
  return { start, child };
}

/**
 * Every occurrence of many needles in one pass over the haystack (Aho–Corasick). Time is linear in
 * the haystack plus the needles, however many there are and however much they overlap: counts and
 * first positions are gathered per automaton state and summed up the failure links afterwards,
 * instead of reporting each match (a needle like "a" can match at every position of the text).
 */
export function findAll(haystack: string, needles: readonly string[]): Map<string, Occurrences> {
  const sorted = [...new Set(needles)].filter((n) => n !== "").sort(byUnit);
  const { size, parent, unit, terminal } = buildTrie(sorted);
  const { start, child } = childTable(size, parent);
  const step = (v: number, code: number): number => {
    let lo = start[v]!;
    let hi = start[v + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = unit[child[mid]!]!;
      if (c === code) return child[mid]!;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  // Failure links in breadth-first order, which the summing below walks backwards.
  const fail = new Int32Array(size);
  const order = new Int32Array(size);
  let tail = 0;
  for (let i = start[0]!; i < start[1]!; i++) order[tail++] = child[i]!;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    for (let i = start[v]!; i < start[v + 1]!; i++) {
      const w = child[i]!;
      let f = fail[v]!;
      let to = step(f, unit[w]!);
      while (to < 0 && f !== 0) {
        f = fail[f]!;
        to = step(f, unit[w]!);
      }
      fail[w] = to < 0 ? 0 : to;
      order[tail++] = w;
    }
  }
  const count = new Int32Array(size);
  const firstEnd = new Int32Array(size).fill(-1);
  let state = 0;
  for (let at = 0; at < haystack.length; at++) {
    const code = haystack.charCodeAt(at);
    let to = step(state, code);
    while (to < 0 && state !== 0) {
      state = fail[state]!;
      to = step(state, code);
    }
    state = to < 0 ? 0 : to;
    count[state]!++;
    if (firstEnd[state] === -1) firstEnd[state] = at;
  }
  // A state's matches are also matches of every state on its failure chain (its suffixes).
  for (let i = tail - 1; i >= 0; i--) {
    const v = order[i]!;
    const f = fail[v]!;
    count[f]! += count[v]!;
    const end = firstEnd[v]!;
    if (end >= 0 && (firstEnd[f] === -1 || end < firstEnd[f]!)) firstEnd[f] = end;
  }
  const found = new Map<string, Occurrences>();
  sorted.forEach((needle, i) => {
    const t = terminal[i]!;
    const end = firstEnd[t]!;
    found.set(needle, { first: end < 0 ? -1 : end - needle.length + 1, count: count[t]! });
  });
  return found;
}
