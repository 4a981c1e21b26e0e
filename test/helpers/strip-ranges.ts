/** AST comparison without positions: `stripRanges(parse(a).document)` equals `stripRanges(parse(b).document)`. */

/** `T` with every `range` property removed, at any depth. */
export type WithoutRanges<T> = T extends readonly (infer U)[]
  ? WithoutRanges<U>[]
  : T extends object
    ? { [K in keyof T as K extends 'range' ? never : K]: WithoutRanges<T[K]> }
    : T;

/** A deep copy of `value` without any `range` key. */
export function stripRanges<T>(value: T): WithoutRanges<T> {
  if (Array.isArray(value)) return value.map((v: unknown) => stripRanges(v)) as WithoutRanges<T>;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'range')
        .map(([key, v]) => [key, stripRanges(v)]),
    ) as WithoutRanges<T>;
  }
  return value as WithoutRanges<T>;
}
