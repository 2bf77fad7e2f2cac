// The wire shape of a post on read (doc §7.2, §7.3): lenient about fields LinkedIn may add or
// leave out (targetEntities, publishedAt before publishing), strict about what Cadence relies on.
import { z } from "zod";

const mediaSchema = z.looseObject({
  id: z.string(),
  title: z.string().nullish(),
  altText: z.string().nullish(),
});

export const postContentSchema = z.looseObject({
  media: mediaSchema.optional(),
  multiImage: z
    .looseObject({ images: z.array(z.looseObject({ id: z.string(), altText: z.string().nullish() })) })
    .optional(),
  article: z
    .looseObject({
      source: z.string(),
      title: z.string().nullish(),
      description: z.string().nullish(),
      thumbnail: z.string().nullish(),
      thumbnailAltText: z.string().nullish(),
    })
    .optional(),
});

export const postWireSchema = z.looseObject({
  id: z.string(),
  author: z.string(),
  commentary: z.string().nullish(),
  visibility: z.string(),
  distribution: z.looseObject({ feedDistribution: z.string().nullish() }).nullish(),
  content: postContentSchema.nullish(),
  reshareContext: z.looseObject({ parent: z.string(), root: z.string().nullish() }).nullish(),
  lifecycleState: z.string(),
  lifecycleStateInfo: z.looseObject({ isEditedByAuthor: z.boolean().nullish() }).nullish(),
  isReshareDisabledByAuthor: z.boolean().nullish(),
  createdAt: z.number(),
  publishedAt: z.number().nullish(),
  lastModifiedAt: z.number().nullish(),
});

export const postFinderSchema = z.object({
  elements: z.array(postWireSchema),
  paging: z
    .looseObject({
      start: z.number().int().optional(),
      count: z.number().int().optional(),
      total: z.number().int().optional(),
      links: z.array(z.looseObject({ rel: z.string(), href: z.string().optional() })).optional(),
    })
    .optional(),
});

export type PostWire = z.infer<typeof postWireSchema>;
