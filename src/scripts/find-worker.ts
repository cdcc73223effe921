/**
 * The /find/ page's worker: fetches /api/find.json (and /api/find-ended.json when ended offerings
 * are asked for), ranks and renders the answer off the main thread, so a shared link's first answer
 * never blocks the page. Messages: `{ id, state, limit }` in, `{ id, answer }` or `{ id, error }` out.
 */
import { decodeFind, type FindData, type FindFile } from "~/shared/find-data";
import type { FindState } from "~/shared/find-state";
import { findAnswer } from "~/shared/find-render";
import { withBase } from "~/shared/url";

const files = new Map<string, Promise<FindFile>>();
function fetchFile(path: string): Promise<FindFile> {
  let p = files.get(path);
  if (!p) {
    p = fetch(withBase(path)).then((r) => {
      if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
      return r.json() as Promise<FindFile>;
    });
    // A failed fetch is not kept: the next question tries again.
    p.catch(() => files.delete(path));
    files.set(path, p);
  }
  return p;
}
const decoded = new Map<boolean, Promise<FindData>>();
function loadData(ended: boolean): Promise<FindData> {
  let p = decoded.get(ended);
  if (!p) {
    p = ended
      ? Promise.all([fetchFile("/api/find.json"), fetchFile("/api/find-ended.json")]).then((f) => decodeFind(...f))
      : fetchFile("/api/find.json").then((f) => decodeFind(f));
    p.catch(() => decoded.delete(ended));
    decoded.set(ended, p);
  }
  return p;
}

self.onmessage = async (event: MessageEvent<{ id: number; state?: FindState; limit?: number }>) => {
  const { id, state, limit } = event.data;
  try {
    // No state: load the data ahead of the first question.
    const data = await loadData(state?.req.includeEnded ?? false);
    if (state) self.postMessage({ id, answer: findAnswer(data, state, limit) });
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
