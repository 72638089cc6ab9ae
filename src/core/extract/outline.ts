/**
 * Numbered lines into a tree. Plans number their levels 一、 > （一） > 1. / 1、 > （1） > ①, and
 * skip levels freely (一、 straight to （1）), so each marker has a rank and a line nests under the
 * nearest open line of a smaller rank. Unnumbered lines are the body of the line above them.
 */
import type { CleanLine } from './clean-text';

export interface OutlineNode {
  /** 1 for 一、 … 5 for ①; 0 for the root (the text before the first numbered line). */
  rank: number;
  /** The marker as written, e.g. 三、 or (1); '' for the root. */
  ordinal: string;
  /** The line without its marker. */
  text: string;
  line: number;
  repaired: boolean;
  body: CleanLine[];
  children: OutlineNode[];
}

/**
 * A digit marker needs its 、 or . — or, as some plans write it (1加大宣传力度), a character
 * right after that cannot be a unit of what the number counts (14天, 3月, 10户).
 */
const MARKERS: readonly [RegExp, number][] = [
  [/^[一二三四五六七八九十百]+\s*[、.．]\s*/u, 1],
  [/^[（(]\s*[一二三四五六七八九十百]+\s*[）)]\s*[、.．]?\s*/u, 2],
  [
    /^[0-9０-９]{1,2}\s*(?:[、.．](?![0-9０-９])|(?=[\p{Script=Han}“"《])(?![年月日号號天个個次人名岁歲周週期批项項户戶元万萬位条條家座所栋棟层層分时時秒届屆])\s*)/u,
    3,
  ],
  [/^[（(]\s*[0-9０-９]{1,2}\s*[）)]\s*[、.．]?\s*/u, 4],
  [/^[①-⑳]\s*/u, 5],
];

export function markerOf(text: string): { ordinal: string; rank: number; length: number } | null {
  for (const [re, rank] of MARKERS) {
    const m = re.exec(text);
    if (m && m[0].length < text.length) return { ordinal: m[0].trim(), rank, length: m[0].length };
  }
  return null;
}

export function outlineOf(lines: readonly CleanLine[]): OutlineNode {
  const root: OutlineNode = {
    rank: 0,
    ordinal: '',
    text: '',
    line: 0,
    repaired: false,
    body: [],
    children: [],
  };
  const open: OutlineNode[] = [root];
  for (const line of lines) {
    const marker = markerOf(line.text);
    if (!marker) {
      open[open.length - 1].body.push(line);
      continue;
    }
    while (open.length > 1 && open[open.length - 1].rank >= marker.rank) open.pop();
    const node: OutlineNode = {
      rank: marker.rank,
      ordinal: marker.ordinal,
      text: line.text.slice(marker.length).trim(),
      line: line.line,
      repaired: line.repaired,
      body: [],
      children: [],
    };
    open[open.length - 1].children.push(node);
    open.push(node);
  }
  return root;
}

/** The heading as written: ordinal and text. */
export function headingOf(node: OutlineNode): string {
  return node.ordinal + node.text;
}

/** Every line of a node's subtree after its own, in order, numbered ones with their markers. */
export function linesBelow(node: OutlineNode): string[] {
  return [...node.body.map((l) => l.text), ...node.children.flatMap((c) => [headingOf(c), ...linesBelow(c)])];
}
