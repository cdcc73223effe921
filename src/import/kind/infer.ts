/**
 * What kind of model a record describes (chat, embedding, image, speech, transcription, video,
 * rerank, moderation, realtime), inferred from what an importer knows: its id, name and family,
 * its modalities and, where it names the model, the LiteLLM price file's `mode`. Pure and
 * source-neutral: every importer may call it. A curated record's `kind` wins over it (the
 * curated-over-imported merge); when no rule applies the kind stays unknown, never "chat".
 *
 * Rules, in order of trust (the first that decides wins):
 * 1. words in the id, name or family that only one kind uses (`text-embedding`, `rerank`,
 *    `whisper`, `tts`, `gpt-image`, `sora`), checked against the modalities where those would
 *    contradict them (an id with `-image` that outputs no image is not an image model);
 * 2. the LiteLLM `mode` of an entry whose key is the model's id (`audio_speech`, `embedding`, …);
 * 3. the modalities: video or image out and no text is video or image generation; audio out and
 *    no text is speech; audio in and no text in, text out is transcription; text in and out is chat.
 */
import type { Modality, ModelKind } from "~/schemas";

/** Which rule placed a model. `modalities` is the weakest: a later import does not let it override a kind. */
export type KindRule = "name" | "litellm" | "modalities";

export interface KindEvidence {
  /** The model id, `<creator>/<slug>`, or a bare id. */
  id: string;
  name?: string;
  family?: string;
  /** Other ids the model is served under (provider API ids). */
  apiIds?: readonly string[];
  modalities?: { input: readonly Modality[]; output: readonly Modality[] };
  /** LiteLLM modes by lower-cased model key (see `litellmModes`). */
  litellm?: ReadonlyMap<string, string>;
}

export interface KindVerdict {
  kind?: ModelKind;
  rule?: KindRule;
  /** The word, mode or modalities that decided, for the report. */
  why?: string;
}

/** LiteLLM `mode` values and the kind each means. Modes not listed (e.g. `search`) place nothing. */
export const LITELLM_MODES: Readonly<Record<string, ModelKind>> = {
  chat: "chat",
  completion: "chat",
  responses: "chat",
  embedding: "embedding",
  image_generation: "image",
  image_edit: "image",
  audio_speech: "speech",
  audio_transcription: "transcription",
  video_generation: "video",
  rerank: "rerank",
  moderation: "moderation",
  realtime: "realtime",
};

/** A word rule: the pattern, the kind, and a guard on known modalities (false: the modalities contradict it). */
type WordRule = [RegExp, ModelKind, (m: NonNullable<KindEvidence["modalities"]>) => boolean];

const any = () => true;
const outputs = (what: Modality) => (m: NonNullable<KindEvidence["modalities"]>) => m.output.includes(what);
const hears = (m: NonNullable<KindEvidence["modalities"]>) => m.input.includes("audio");
// Word boundaries for ids: letters around a word mean another word (`stt` in `sttp`).
const w = (word: string) => new RegExp(`(^|[^a-z])${word}($|[^a-z])`);

/** Checked in this order: rerank before embedding (`bge-reranker`), transcription before speech and realtime (`gpt-realtime-whisper`). */
export const WORD_RULES: readonly WordRule[] = [
  [/rerank/, "rerank", any],
  [/embed|text-similarity|(^|[^a-z])(bge|gte|e5)-|multilingual-e5|(^|[^a-z])voyage-(?!.*rerank)/, "embedding", any],
  [/moderation|llama-guard|shieldgemma|prompt-guard/, "moderation", any],
  [
    /whisper|transcribe|speech-to-text|(^|[^a-z])scribe|parakeet|canary-1b|(^|[^a-z])(stt|asr)($|[^a-z])/,
    "transcription",
    hears,
  ],
  [
    /(^|[^a-z])tts($|[^a-z])|text-to-speech|(^|[^a-z])speech-\d|bulbul|orpheus|kokoro|melotts|(^|[^a-z])aura-|eleven_|elevenlabs|sonic-\d/,
    "speech",
    outputs("audio"),
  ],
  [
    /(^|[^a-z])(sora|veo|kling|hailuo|seedance|runway|ltx-video|hunyuan-video)|t2v|i2v|text-to-video/,
    "video",
    outputs("video"),
  ],
  [/realtime|native-audio/, "realtime", any],
  [w("live"), "realtime", outputs("audio")],
  [
    /dall-e|gpt-image|imagen|(^|[^a-z])flux|stable-diffusion|sdxl|(^|[^a-z])sd-?3|image-gen|-image($|-preview|-\d)|nano-banana|ideogram|recraft|seedream|midjourney|hidream|kolors|qwen-image|text-to-image|dreamshaper|seededit|dreamina/,
    "image",
    outputs("image"),
  ],
  // Last: words of text-generation families and variants, once no other kind's word applies
  // (`qwen-image`, `gemini-embedding` and `llama-guard` are placed above).
  [
    /instruct|(^|[^a-z])(chat|gpt|claude|llama|qwen\d*|qwq|qvq|deepseek|gemini|gemma\d*|mistral|mixtral|ministral|magistral|devstral|codestral|pixtral|grok|glm|kimi|jamba|command|phi|ernie|nemotron|granite|sonar|hermes|olmo|yi|o[134])($|[^a-z])/,
    "chat",
    outputs("text"),
  ],
];

const lower = (s: string | undefined) => (s ?? "").toLowerCase();
const slugOf = (id: string) => lower(id.split("/").pop());

/** The LiteLLM mode naming this model: its slug or one of its API ids as a key. */
function litellmKind(e: KindEvidence): KindVerdict {
  if (!e.litellm) return {};
  for (const key of [slugOf(e.id), ...(e.apiIds ?? []).map(lower), ...(e.apiIds ?? []).map(slugOf)]) {
    const mode = e.litellm.get(key);
    const kind = mode ? LITELLM_MODES[mode] : undefined;
    if (kind) return { kind, rule: "litellm", why: `LiteLLM mode "${mode}" of ${key}` };
  }
  return {};
}

function modalityKind(m: NonNullable<KindEvidence["modalities"]>): KindVerdict {
  const out = new Set(m.output);
  const inp = new Set(m.input);
  const why = `modalities ${[...inp].join("+") || "none"} -> ${[...out].join("+") || "none"}`;
  const say = (kind: ModelKind): KindVerdict => ({ kind, rule: "modalities", why });
  if (out.has("video")) return say("video");
  if (out.has("image") && !out.has("text")) return say("image");
  if (out.has("audio") && !out.has("text")) return say(inp.has("audio") ? "realtime" : "speech");
  if (out.has("text") && inp.has("audio") && !inp.has("text")) return say("transcription");
  if (out.has("text") && inp.has("text")) return say("chat");
  return {};
}

/** Music and sound generation: no kind of ours fits them, so they stay unknown (and reported). */
const NO_KIND = /(^|[^a-z])music($|[^a-z])|lyria|text-to-audio|stable-audio/;

/** Infers the kind of one model; `{}` (unknown) when no rule decides. */
export function inferKind(e: KindEvidence): KindVerdict {
  const words = [e.id, e.name, e.family, ...(e.apiIds ?? [])].map(lower).filter(Boolean);
  if (words.some((text) => NO_KIND.test(text))) return {};
  for (const [pattern, kind, fits] of WORD_RULES) {
    const hit = words.find((text) => pattern.test(text));
    if (!hit) continue;
    if (e.modalities && !fits(e.modalities)) continue;
    return { kind, rule: "name", why: `"${hit}" matches ${pattern.source.slice(0, 40)}` };
  }
  const fromLitellm = litellmKind(e);
  if (fromLitellm.kind) return fromLitellm;
  return e.modalities ? modalityKind(e.modalities) : {};
}
