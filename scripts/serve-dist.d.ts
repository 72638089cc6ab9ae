/** Types of scripts/serve-dist.js for the tests that use it. */
export function serveDir(root: string, port?: number): Promise<{ url: string; close(): void }>;
