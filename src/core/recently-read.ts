/**
 * A one-text reader that keeps its last `size` results: a turn reads the same message with it many times over
 * (every rule and handler starts from the same folded text). Bounded, so a flood of distinct messages costs only the
 * reading itself. What it returns is shared between callers, so arrays and objects are frozen.
 */
export function recentlyRead<T>(read: (text: string) => T, size = 32): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text) as T;
    const value = read(text);
    if (typeof value === "object" && value !== null) Object.freeze(value);
    if (kept.size >= size) kept.delete(kept.keys().next().value as string);
    kept.set(text, value);
    return value;
  };
}
