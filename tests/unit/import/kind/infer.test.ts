import { describe, expect, it } from "vitest";
import { inferKind } from "~/import/kind/infer";
import { litellmModes } from "~/import/kind/litellm";
import type { Modality } from "~/schemas";

const m = (input: Modality[], output: Modality[]) => ({ input, output });
const kindOf = (id: string, extra: Parameters<typeof inferKind>[0] extends infer E ? Partial<E> : never = {}) =>
  inferKind({ id, ...extra }).kind;

describe("inferKind: words of ids, names and families", () => {
  it.each([
    ["openai/text-embedding-3-small", "embedding"],
    ["baai/bge-m3", "embedding"],
    ["voyage/voyage-3.5", "embedding"],
    ["baai/bge-reranker-v2-m3", "rerank"],
    ["voyage/rerank-2.5", "rerank"],
    ["openai/omni-moderation-latest", "moderation"],
    ["meta/llama-guard-4-12b", "moderation"],
    ["openai/whisper-1", "transcription"],
    ["openai/gpt-4o-transcribe", "transcription"],
    ["openai/gpt-realtime-whisper", "transcription"],
    ["openai/tts-1", "speech"],
    ["sarvam/bulbul-v2", "speech"],
    ["openai/gpt-realtime", "realtime"],
    ["google/gemini-2.5-flash-native-audio-latest", "realtime"],
    ["openai/sora-2", "video"],
    ["google/veo-3.1-generate-preview", "video"],
    ["alibaba/wan-v2.6-t2v", "video"],
    ["openai/gpt-image-1", "image"],
    ["openai/dall-e-3", "image"],
    ["google/imagen-4.0-generate-001", "image"],
    ["google/gemini-2.5-flash-image", "image"],
    ["black-forest-labs/flux-1.1-pro", "image"],
    ["alibaba/qwen-2-72b-instruct", "chat"],
    ["openai/gpt-4.1-nano", "chat"],
  ])("%s is %s", (id, kind) => expect(kindOf(id)).toBe(kind));

  it("reads the name and family too", () => {
    expect(kindOf("acme/x-1", { name: "Acme Embed v2" })).toBe("embedding");
    expect(kindOf("acme/x-1", { family: "whisper" })).toBe("transcription");
  });

  it("a word does not place a model whose modalities contradict it", () => {
    // "-image" in the id, but it reads images and writes text: a chat model with vision.
    expect(inferKind({ id: "acme/vision-image-1", modalities: m(["text", "image"], ["text"]) })).toMatchObject({
      kind: "chat",
      rule: "modalities",
    });
  });

  it("music and sound generation stay unknown", () => {
    expect(kindOf("google/lyria", { modalities: m(["text"], ["audio"]) })).toBeUndefined();
    expect(kindOf("elevenlabs/elevenlabs-music")).toBeUndefined();
    // "musica" in a fine-tune's name is not music generation.
    expect(kindOf("nano-gpt/gemma-4-31b-musica-v1")).toBe("chat");
  });

  it("unknown stays unknown: no word, no mode, no modalities", () => {
    expect(inferKind({ id: "arcee-ai/virtuoso-medium-v2" })).toEqual({});
  });
});

describe("inferKind: the LiteLLM mode, then the modalities", () => {
  const litellm = new Map([
    ["nova-reel", "video_generation"],
    ["mystery-7", "audio_speech"],
  ]);
  it("a LiteLLM mode naming the model decides where no word does", () => {
    expect(inferKind({ id: "acme/mystery-7", litellm })).toMatchObject({ kind: "speech", rule: "litellm" });
    expect(inferKind({ id: "amazon/x", apiIds: ["amazon.nova-reel"], litellm }).kind).toBeUndefined();
    expect(inferKind({ id: "amazon/x", apiIds: ["nova-reel"], litellm })).toMatchObject({ kind: "video" });
  });
  it("a word wins over a LiteLLM mode", () => {
    expect(inferKind({ id: "openai/tts-1", litellm: new Map([["tts-1", "chat"]]) }).kind).toBe("speech");
  });
  it.each([
    [m(["text"], ["image"]), "image"],
    [m(["text", "image"], ["video"]), "video"],
    [m(["text"], ["audio"]), "speech"],
    [m(["audio"], ["audio"]), "realtime"],
    [m(["audio"], ["text"]), "transcription"],
    [m(["text", "image"], ["text"]), "chat"],
    [m(["text", "audio"], ["text", "audio"]), "chat"],
  ] as const)("modalities %j place it as %s", (modalities, kind) =>
    expect(inferKind({ id: "acme/thing", modalities })).toMatchObject({ kind, rule: "modalities" }),
  );
});

describe("litellmModes", () => {
  it("takes the latest existing entry's mode, lower-cased keys, and leaves provider-prefixed keys out", () => {
    const modes = litellmModes({
      models: {
        "GPT-Image-1": [{ entry: { mode: "image_generation" } }],
        "flash-x": [{ entry: { mode: "chat" } }, { entry: { mode: "embedding" } }, { entry: null }],
        "azure/whatever": [{ entry: { mode: "chat" } }],
      },
    });
    expect([...modes]).toEqual([
      ["gpt-image-1", "image_generation"],
      ["flash-x", "embedding"],
    ]);
  });
  it("names the file when the shape is wrong", () => {
    expect(() => litellmModes({ versions: [] }, "x/history.json")).toThrow(
      /x\/history.json: expected an object with "models"/,
    );
  });
});
