import { z } from "zod";
import { ModelRef, SchemaRef } from "./common";

/**
 * Curated identity decisions, `content/curated/identity.json`: the most trusted evidence of
 * which model ids are one model (see src/import/identity/resolve.ts).
 */
export const IdentityDecisions = z
  .strictObject({
    $schema: SchemaRef,
    aliases: z
      .array(
        z.strictObject({
          model: ModelRef.describe("A model id the importer would make."),
          sameAs: ModelRef.describe("The canonical model it is."),
          note: z.string().min(1).describe("The evidence, with its source."),
        }),
      )
      .describe("Ids that are the same model as another."),
    notSame: z
      .array(
        z.strictObject({
          models: z.tuple([ModelRef, ModelRef]),
          note: z.string().min(1).describe("Why they are different models."),
        }),
      )
      .describe("Pairs the importer must never merge."),
  })
  .describe("Curated decisions on model identity.");
export type IdentityDecisions = z.infer<typeof IdentityDecisions>;
