import { safeFileStem, uniqueFileName } from '../../../src/core/exports/file-names';

describe('file names from unit names', () => {
  it('keeps a plain Chinese unit name', () => {
    expect(safeFileStem('区城管局（区综合执法局）')).toBe('区城管局（区综合执法局）');
  });

  it('replaces the characters Windows refuses, control characters included', () => {
    expect(safeFileStem('a<b>c:d"e/f\\g|h?i*j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeFileStem('科室\u0001\u001f一')).toBe('科室__一');
  });

  it('drops trailing dots and spaces, and never returns an empty name', () => {
    expect(safeFileStem('办公室. . ')).toBe('办公室');
    expect(safeFileStem(' ... ')).toBe('_');
    expect(safeFileStem('')).toBe('_');
  });

  it('prefixes the reserved device names, with or without an extension', () => {
    for (const name of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'lpt9', 'con.txt', 'COM¹'])
      expect(safeFileStem(name)).toBe(`_${name}`);
    expect(safeFileStem('CONSOLE')).toBe('CONSOLE');
  });

  it('limits the length without halving a character', () => {
    expect(safeFileStem('局'.repeat(200))).toHaveLength(80);
    const astral = safeFileStem('𠀀'.repeat(50));
    expect(astral.length).toBeLessThanOrEqual(80);
    expect([...astral].every((ch) => ch === '𠀀')).toBe(true);
  });

  it('makes names unique regardless of case', () => {
    const taken = new Set<string>();
    expect(
      ['Office', 'OFFICE', 'a/b', 'a:b', 'office'].map((n) => uniqueFileName(n, '.xlsx', taken)),
    ).toEqual(['Office.xlsx', 'OFFICE (2).xlsx', 'a_b.xlsx', 'a_b (2).xlsx', 'office (3).xlsx']);
  });
});
