/** Files cross between the page and the worker by moving their buffers, not copying them. */

/** The ArrayBuffers of every byte array in a message. */
export function transferables(result: unknown): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const visit = (value: unknown) => {
    if (value instanceof Uint8Array) {
      if (value.buffer instanceof ArrayBuffer && !out.includes(value.buffer)) out.push(value.buffer);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object' && !(value instanceof Map))
      Object.values(value).forEach(visit);
  };
  visit(result);
  return out;
}
