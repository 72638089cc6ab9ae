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

/** The .rels part with the targets in `moved` (part name → new part name) pointing to their new names. */
export function withTargetsMoved(
  relsXml: string,
  sourcePart: string,
  moved: ReadonlyMap<string, string>,
): string {
  return relsXml.replace(RELATIONSHIP_RE, (element, attrs: string) => {
    const { target } = relationshipOf(attrs, sourcePart);
    const to = target === null ? undefined : moved.get(target);
    return to === undefined
      ? element
      : element.replace(/\bTarget\s*=\s*(?:"[^"]*"|'[^']*')/, `Target="/${to}"`);
  });
}
