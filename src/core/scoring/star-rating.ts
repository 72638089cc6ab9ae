/** The grade of a 星级评定 from its areas: stars earned, and what the pending areas could still give. */
import type { StarArea } from './star-areas';
import type { StarRules } from './star-rules';

/** top: 十星级; pass: 达标; pending: not yet 达标 but the unscored areas could make it; fail: 未达标. */
export type StarGrade = 'top' | 'pass' | 'pending' | 'fail';

export interface StarRating {
  stars: number;
  pending: number;
  grade: StarGrade;
}

export function starRating(areas: readonly StarArea[], rules: StarRules): StarRating {
  const stars = areas.filter((a) => a.mark === 'earned').length;
  const pending = areas.filter((a) => a.mark === 'pending').length;
  const grade: StarGrade =
    stars >= rules.topStars
      ? 'top'
      : stars >= rules.passStars
        ? 'pass'
        : stars + pending >= rules.passStars
          ? 'pending'
          : 'fail';
  return { stars, pending, grade };
}
