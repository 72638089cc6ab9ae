/**
 * OPC relationship parts (`_rels/*.rels`): which parts a part refers to. Read with a small scanner
 * rather than an XML library: we need only two attributes of one element.
 */

/** The relationship part that lists the targets of `part` ('' is the package itself). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves `..` and `.` segments; null when a path climbs above the package root. */
function normalise(path: string): string | null {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

function decodeUri(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a stray % is taken literally, as Excel does
  }
}

/** The part name a target points to, relative to its source part's folder unless it starts with '/'. */
export function resolveTarget(sourcePart: string, target: string): string | null {
  const t = decodeUri(target.replace(/\\/g, '/').split('#')[0]);
  if (t === '') return null;
  if (t.startsWith('/')) return normalise(t);
  return normalise(sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1) + t);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const RELATIONSHIP_RE = /<(?:[\w.-]+:)?Relationship\b([^>]*)>/g;
const ATTRIBUTE_RE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

interface Relationship {
  type: string;
  /** The part pointed to inside the package; null for an external link. */
  target: string | null;
}

function relationshipOf(attrs: string, sourcePart: string): Relationship {
  let target: string | undefined;
  let type = '';
  let external = false;
  for (const [, name, dq, sq] of attrs.matchAll(ATTRIBUTE_RE)) {
    const value = unescapeXml(dq ?? sq ?? '');
    if (name === 'Target') target = value;
    else if (name === 'Type') type = value;
    else if (name === 'TargetMode') external = value === 'External';
  }
  return { type, target: target === undefined || external ? null : resolveTarget(sourcePart, target) };
}

/** Internal targets of a .rels part, as resolved part names; external links (URLs, files) are skipped. */
export function internalTargets(relsXml: string, sourcePart: string): string[] {
  return relationships(relsXml, sourcePart).flatMap((r) => (r.target === null ? [] : [r.target]));
}

export function relationships(relsXml: string, sourcePart: string): Relationship[] {
  return [...relsXml.matchAll(RELATIONSHIP_RE)].map(([, attrs]) => relationshipOf(attrs, sourcePart));
}

/** The source part of a .rels part: `xl/_rels/workbook.xml.rels` → `xl/workbook.xml`; '' for the package's. */
export function sourceOfRels(relsPart: string): string {
  return relsPart.replace(/(^|\/)_rels\/([^/]*)\.rels$/i, '$1$2');
}

/** The path from `sourcePart`'s folder to `targetPart`: `xl/worksheets/sheet1.xml`, `xl/tables/t.xml` → `../tables/t.xml`. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = targetPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

function withTarget(element: string, target: string): string {
  const escaped = target.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return element.replace(/\bTarget\s*=\s*(?:"[^"]*"|'[^']*')/, `Target="${escaped}"`);
}

/**
 * The .rels part with the targets in `moved` (part name → new part name) pointing to their new
 * names, and every internal target written relative to the source part: exceljs resolves absolute
 * targets (`/xl/tables/table2.xml`) only in the workbook's relationships. Null when nothing changes.
 */
export function withTargetsMended(
  relsXml: string,
  sourcePart: string,
  moved: ReadonlyMap<string, string> = new Map(),
): string | null {
  let changed = false;
  const mended = relsXml.replace(RELATIONSHIP_RE, (element, attrs: string) => {
    const { target } = relationshipOf(attrs, sourcePart);
    if (target === null) return element;
    const to = moved.get(target);
    if (to === undefined && !/\bTarget\s*=\s*["']\s*\//.test(attrs)) return element;
    changed = true;
    return withTarget(element, relativeTarget(sourcePart, to ?? target));
  });
  return changed ? mended : null;
}
