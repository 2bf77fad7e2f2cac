// Checks a post against LinkedIn's limits BEFORE it is sent (doc §7.1, §7.6, §7.7): commentary
// within 3,000 characters as serialized little text, 2–20 images, alt text length, URN kinds per
// content kind, an absolute http(s) article URL. A post LinkedIn would refuse — or, worse,
// truncate silently — never leaves Cadence. Returns every problem, not just the first.
import { commentaryDocumentSchema } from "../commentary/commentary-schema";
import { commentaryToPlainText, countCommentary } from "../commentary/count-commentary";
import type { PreflightProblem } from "../errors/preflight-error";
import { isDocumentUrn, isImageUrn, isOrganizationUrn, isPersonUrn, isPostUrn, isVideoUrn } from "../urns";
import type { CreatePostInput, PostContentInput } from "./post-input";
import { ALT_TEXT_MAX_LENGTH, COMMENTARY_MAX_LENGTH, MULTI_IMAGE_MAX, MULTI_IMAGE_MIN } from "./post-limits";

const VISIBILITIES = ["PUBLIC", "CONNECTIONS", "LOGGED_IN"];
const FEED_DISTRIBUTIONS = ["MAIN_FEED", "NONE"];

export function validatePostInput(input: CreatePostInput): PreflightProblem[] {
  const problems: PreflightProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  if (!isPersonUrn(input.author) && !isOrganizationUrn(input.author)) {
    add("author", "The author must be a LinkedIn member (urn:li:person:…) or Page (urn:li:organization:…).");
  }
  const visibility = input.visibility ?? "PUBLIC";
  if (!VISIBILITIES.includes(visibility)) add("visibility", `Unknown visibility "${visibility}".`);
  if (visibility === "CONNECTIONS" && isOrganizationUrn(input.author)) {
    add("visibility", "Only posts on a personal profile can be limited to connections.");
  }
  if (!FEED_DISTRIBUTIONS.includes(input.feedDistribution ?? "MAIN_FEED")) {
    add("feedDistribution", `Unknown feed distribution "${String(input.feedDistribution)}".`);
  }
  problems.push(...commentaryProblems(input.commentary, { requireText: !input.content }));
  if (input.content) problems.push(...contentProblems(input.content));
  return problems;
}

/** `requireText`: a post without content needs visible text. */
export function commentaryProblems(
  commentary: CreatePostInput["commentary"],
  options: { requireText: boolean },
): PreflightProblem[] {
  const parsed = commentaryDocumentSchema.safeParse(commentary);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      field: ["commentary", ...issue.path].join("."),
      message: issue.message,
    }));
  }
  const length = countCommentary(parsed.data);
  if (!length.isWithinLimit) {
    return [
      {
        field: "commentary",
        message: `The post text is ${length.length} characters as LinkedIn counts them; the limit is ${COMMENTARY_MAX_LENGTH}.`,
      },
    ];
  }
  if (options.requireText && commentaryToPlainText(parsed.data).trim() === "") {
    return [{ field: "commentary", message: "A post without media, link or reshare needs some text." }];
  }
  return [];
}

function altTextProblem(field: string, altText: string | undefined): PreflightProblem[] {
  if (altText === undefined || altText.length <= ALT_TEXT_MAX_LENGTH) return [];
  return [
    {
      field,
      message: `Alt text is ${altText.length} characters; LinkedIn accepts at most ${ALT_TEXT_MAX_LENGTH}.`,
    },
  ];
}

function contentProblems(content: PostContentInput): PreflightProblem[] {
  const problems: PreflightProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  switch (content.kind) {
    case "image":
      if (!isImageUrn(content.image))
        add("content.image", "An image post needs an uploaded image (urn:li:image:…).");
      problems.push(...altTextProblem("content.altText", content.altText));
      break;
    case "video":
      if (!isVideoUrn(content.video))
        add("content.video", "A video post needs an uploaded video (urn:li:video:…).");
      break;
    case "document":
      if (!isDocumentUrn(content.document)) {
        add("content.document", "A document post needs an uploaded document (urn:li:document:…).");
      }
      if (content.title.trim() === "") add("content.title", "A document post needs a title.");
      break;
    case "multiImage": {
      const count = content.images.length;
      if (count < MULTI_IMAGE_MIN || count > MULTI_IMAGE_MAX) {
        add(
          "content.images",
          `A multi-image post has ${MULTI_IMAGE_MIN} to ${MULTI_IMAGE_MAX} images; this one has ${count}.`,
        );
      }
      content.images.forEach((item, i) => {
        if (!isImageUrn(item.image))
          add(`content.images[${i}].image`, `Item ${i + 1} is not an uploaded image.`);
        problems.push(...altTextProblem(`content.images[${i}].altText`, item.altText));
      });
      break;
    }
    case "article":
      if (!isHttpUrl(content.source)) add("content.source", "A link post needs an absolute http(s) URL.");
      if (content.title.trim() === "")
        add("content.title", "A link post needs a title: LinkedIn does not fetch one.");
      if (content.thumbnail !== undefined && !isImageUrn(content.thumbnail)) {
        add("content.thumbnail", "The link thumbnail must be an uploaded image (urn:li:image:…).");
      }
      problems.push(...altTextProblem("content.thumbnailAltText", content.thumbnailAltText));
      break;
    case "reshare":
      if (!isPostUrn(content.parent)) add("content.parent", "A reshare needs the URN of a LinkedIn post.");
      break;
    default: {
      const unknown: { kind?: unknown } = content;
      add("content.kind", `Unknown content kind "${String(unknown.kind)}".`);
    }
  }
  return problems;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
