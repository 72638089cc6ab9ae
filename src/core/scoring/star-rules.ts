/** 星级评定 thresholds: areas scored out of `areaMax`; a score of `starAt` or more earns a star. */
export interface StarRules {
  /** Full marks of one area. */
  areaMax: number;
  /** The score an area needs to earn its star. */
  starAt: number;
  /** Stars for the top grade (十星级). */
  topStars: number;
  /** Stars for the pass grade (达标). */
  passStars: number;
}

export const DEFAULT_STAR_RULES: Readonly<StarRules> = { areaMax: 10, starAt: 9, topStars: 10, passStars: 7 };

/**
 * Rules from values found somewhere (the earlier stars sheet): each value that makes sense is
 * kept, anything else falls back to the default, so a mistyped cell cannot break the rating.
 */
export function starRulesFrom(values: Partial<Record<keyof StarRules, unknown>>): StarRules {
  const positive = (v: unknown): number | null =>
    typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null;
  const count = (v: unknown): number | null => {
    const n = positive(v);
    return n !== null && Number.isInteger(n) ? n : null;
  };
  const areaMax = positive(values.areaMax) ?? DEFAULT_STAR_RULES.areaMax;
  const starAt = positive(values.starAt);
  const topStars = count(values.topStars) ?? DEFAULT_STAR_RULES.topStars;
  const passStars = count(values.passStars);
  return {
    areaMax,
    starAt: starAt !== null && starAt <= areaMax ? starAt : Math.min(DEFAULT_STAR_RULES.starAt, areaMax),
    topStars,
    passStars:
      passStars !== null && passStars <= topStars
        ? passStars
        : Math.min(DEFAULT_STAR_RULES.passStars, topStars),
  };
}
