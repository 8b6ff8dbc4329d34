/**
 * A pure function with its answers remembered, at most `limit` of them (then forgotten all at once and learnt again):
 * for the functions a rebuild or a large query calls with the same few thousand days, instants or ids over and over.
 * Answers must not be undefined (undefined means "not known yet").
 */
export function remembered<K, V>(compute: (key: K) => V, limit = 100_000): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      known.set(key, (value = compute(key)));
    }
    return value;
  };
}
