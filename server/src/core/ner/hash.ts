// 32-bit hashing for feature keys. A feature is a (template, value) pair; values are hashed from string
// ranges without building substrings, and templates are mixed in with integer arithmetic, so extracting
// a token's features allocates nothing.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of s[start, end). */
export function hashRange(s: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h | 0;
}

export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** murmur3's finalizer: spreads the bits so that nearby inputs land far apart. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Key of a feature: template id and one value hash. */
export function featureKey(template: number, value: number): number {
  return mix(Math.imul(template + 1, 0x9e3779b1) ^ value);
}

/** Key of a feature over two values (bigrams, conjunctions). */
export function featureKey2(template: number, a: number, b: number): number {
  return mix(Math.imul(template + 1, 0x9e3779b1) ^ Math.imul(a, 31) ^ mix(b));
}
