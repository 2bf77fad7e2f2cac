// A Cadence post (structured text + content by asset id) → LinkedIn's create input for one
// author, with the media URNs uploaded for that author. Alt text, titles and the article's fields
// all travel (pitfall §15.11: nothing the person wrote is dropped).
import type {
  CreatePostInput,
  ImageUrn,
  MediaUrn,
  OrganizationUrn,
  PersonUrn,
  VideoUrn,
  DocumentUrn,
} from "@/lib/linkedin";
import type { CommentaryDocument } from "@/lib/linkedin/commentary";
import type { PostContent } from "@/lib/schemas/post-content";

export function buildCreateInput({
  author,
  body,
  content,
  urns,
}: {
  author: string;
  body: CommentaryDocument;
  content: PostContent;
  urns: Map<string, MediaUrn>;
}): CreatePostInput {
  const urn = (assetId: string) => {
    const found = urns.get(assetId);
    if (!found) throw new Error(`No LinkedIn media for asset ${assetId}`);
    return found;
  };
  const base = { author: author as PersonUrn | OrganizationUrn, commentary: body };
  switch (content.kind) {
    case "TEXT":
      return { ...base, content: null };
    case "IMAGES": {
      const [only] = content.images;
      if (content.images.length === 1 && only)
        return {
          ...base,
          content: {
            kind: "image",
            image: urn(only.assetId) as ImageUrn,
            altText: only.altText || undefined,
          },
        };
      return {
        ...base,
        content: {
          kind: "multiImage",
          images: content.images.map((image) => ({
            image: urn(image.assetId) as ImageUrn,
            altText: image.altText || undefined,
          })),
        },
      };
    }
    case "VIDEO":
      return {
        ...base,
        content: {
          kind: "video",
          video: urn(content.assetId) as VideoUrn,
          title: content.title || undefined,
        },
      };
    case "DOCUMENT":
      return {
        ...base,
        content: { kind: "document", document: urn(content.assetId) as DocumentUrn, title: content.title },
      };
    case "ARTICLE":
      return {
        ...base,
        content: {
          kind: "article",
          source: content.url,
          title: content.title,
          description: content.description || undefined,
          thumbnail: content.thumbnailAssetId ? (urn(content.thumbnailAssetId) as ImageUrn) : undefined,
        },
      };
  }
}
