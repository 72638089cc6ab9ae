/**
 * Parts written with a namespace prefix on every element (`<x:worksheet xmlns:x="…main">`, as the
 * .NET OpenXML SDK and some reporting tools write them) are valid, but exceljs matches element names
 * as written and reads such a file as empty or broken. The prefix of the root's namespace is turned
 * into the default namespace, which is the same document to any namespace-aware reader.
 */

import { decodeXml, utf8Xml } from './xml-text';

/**
 * Only the namespaces exceljs expects unprefixed; drawingml, charts and themes are written with their
 * prefixes by everyone, and are read that way.
 */
const DEFAULT_BY_CONVENTION = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://schemas.openxmlformats.org/package/2006/relationships',
  'http://schemas.openxmlformats.org/package/2006/content-types',
]);

const ROOT =
  /^(?:\uFEFF)?\s*(?:<\?[^?]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*[\s>/]/;

/**
 * The part as UTF-8 without its root's prefix, or null when it has none, when its namespace is one
 * written with a prefix by convention, or when it declares a default namespace already.
 */
export function unprefixedXml(bytes: Uint8Array): Uint8Array | null {
  // Only the start is looked at before deciding: most parts have no prefix.
  const head = decodeXml(bytes.subarray(0, 1024));
  const root = ROOT.exec(head);
  if (!root) return null;
  const prefix = root[1];
  if (prefix === 'xml' || prefix === 'xmlns') return null;
  const text = decodeXml(bytes);
  // A default namespace declared anywhere would make unprefixed names ambiguous: left as it is.
  if (/\sxmlns\s*=/.test(text)) return null;
  const declared = new RegExp(`\\sxmlns:${escaped(prefix)}\\s*=\\s*("[^"]*"|'[^']*')`);
  const uri = declared.exec(text);
  if (!uri || !DEFAULT_BY_CONVENTION.has(uri[1].slice(1, -1))) return null;
  return utf8Xml(
    text
      // The prefix stays declared too, for attributes that carry it.
      .replace(declared, (m) => ` xmlns=${uri[1]}${m}`)
      .replace(new RegExp(`<(/?)${escaped(prefix)}:`, 'g'), '<$1'),
  );
}

function escaped(prefix: string): string {
  return prefix.replace(/[.]/g, '\\.');
}
