/**
 * Answers remembered by key: a plan repeats the same few texts (months,
 * statuses, labels, attribute names) thousands of times, so each is worked
 * out once. The memory is emptied when full, so the distinct values of a
 * long session cannot grow it without bound.
 */
export class Memo<K, V> {
  private readonly known = new Map<K, V>();

  constructor(private readonly limit = 5000) {}

  get(key: K, compute: (key: K) => V): V {
    const found = this.known.get(key);
    if (found !== undefined || this.known.has(key)) return found as V;
    const value = compute(key);
    if (this.known.size >= this.limit) this.known.clear();
    this.known.set(key, value);
    return value;
  }
}
