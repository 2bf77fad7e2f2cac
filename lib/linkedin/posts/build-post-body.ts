// Cadence's post → the body of `POST /rest/posts` (doc §7.1). Commentary is serialized to little
// text here and only here, so every reserved character is escaped exactly once (pitfall §15.1);
// alt text, titles and article fields are always carried through (pitfall §15.11, §15.12).
import { serializeCommentary } from "../commentary/serialize-commentary";
import type { CreatePostInput, PostContentInput } from "./post-input";

export interface PostWireBody {
  author: string;
  commentary: string;
  visibility: string;
  distribution: { feedDistribution: string; targetEntities: []; thirdPartyDistributionChannels: [] };
  lifecycleState: "PUBLISHED" | "DRAFT";
  isReshareDisabledByAuthor: boolean;
  content?: Record<string, unknown>;
  reshareContext?: { parent: string };
}

export function buildPostBody(input: CreatePostInput): PostWireBody {
  const body: PostWireBody = {
    author: input.author,
    commentary: serializeCommentary(input.commentary),
    visibility: input.visibility ?? "PUBLIC",
    distribution: {
      feedDistribution: input.feedDistribution ?? "MAIN_FEED",
      targetEntities: [],
      thirdPartyDistributionChannels: [],
    },
    lifecycleState: input.lifecycleState ?? "PUBLISHED",
    isReshareDisabledByAuthor: input.isReshareDisabled ?? false,
  };
  const content = input.content;
  if (!content) return body;
  if (content.kind === "reshare") return { ...body, reshareContext: { parent: content.parent } };
  return { ...body, content: buildContent(content) };
}

/** Undefined fields are dropped by JSON.stringify, so optional values are passed as they are. */
function buildContent(content: Exclude<PostContentInput, { kind: "reshare" }>): Record<string, unknown> {
  switch (content.kind) {
    case "image":
      return { media: { id: content.image, altText: content.altText, title: content.title } };
    case "video":
      return { media: { id: content.video, title: content.title } };
    case "document":
      return { media: { id: content.document, title: content.title } };
    case "multiImage":
      return { multiImage: { images: content.images.map((i) => ({ id: i.image, altText: i.altText })) } };
    case "article":
      return {
        article: {
          source: content.source,
          title: content.title,
          description: content.description,
          thumbnail: content.thumbnail,
          thumbnailAltText: content.thumbnailAltText,
        },
      };
  }
}
