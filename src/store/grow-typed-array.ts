/** Typed arrays the store grows as it fills. */
type GrowableArray = Int32Array | Uint32Array | Float64Array | Uint8Array

/**
 * A copy of `array` with room for at least `length` elements, at least doubling it (so filling it
 * element by element costs amortized O(1)); the new elements are 0.
 */
export function grow<T extends GrowableArray>(array: T, length: number): T {
  const grown = new (array.constructor as new (n: number) => T)(Math.max(length, array.length * 2))
  grown.set(array)
  return grown
}
