/** Caps applied before any byte of a user's file is inflated or parsed. */
export interface Limits {
  /** Size of the file itself. */
  readonly maxFileBytes: number;
  /** Zip entries listed in the central directory. */
  readonly maxEntries: number;
  /** Sum of the uncompressed sizes of the entries we will inflate. */
  readonly maxTotalUncompressed: number;
  /** Uncompressed ÷ compressed size above which a large entry is refused as a bomb. */
  readonly maxRatio: number;
  /** The ratio cap applies only above this size: small XML parts compress very well quite innocently. */
  readonly ratioMinBytes: number;
  /** Each part we inflate ourselves to follow relationships (.rels). */
  readonly maxPartBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 50 * MB,
  maxEntries: 10_000,
  maxTotalUncompressed: 500 * MB,
  maxRatio: 200,
  ratioMinBytes: 4 * MB,
  maxPartBytes: 10 * MB,
};

export function resolveLimits(limits: Partial<Limits> = {}): Limits {
  return { ...DEFAULT_LIMITS, ...limits };
}

/** Bytes → megabytes with one decimal, for messages. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}
