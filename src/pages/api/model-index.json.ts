import type { APIRoute } from "astro";
import { getViews } from "~/views/get-views";
import { isLive } from "~/shared/vocabulary";

/**
 * `/api/model-index.json`: the compact list the compare page's picker searches, `[id, name, creator, live offerings, retired]`
 * per model. Kept to the minimum so it stays small; the picker fetches it only when used.
 */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      getViews().models.map((m) => {
        const row: (string | number)[] = [m.entry.id, m.entry.data.name, m.creatorName, m.active.length];
        if (!isLive(m.entry.data.status)) row.push(1);
        return row;
      }),
    ),
    { headers: { "Content-Type": "application/json; charset=utf-8" } },
  );
