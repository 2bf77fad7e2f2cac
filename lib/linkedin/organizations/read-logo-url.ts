// A Page logo URL from `logoV2` (doc §5.4). LinkedIn stores logos as digital media asset URNs;
// the `~` projection decoration (`logoV2(original~:playableStreams)`) turns them into URLs — a /v2
// feature whose /rest support is UNCONFIRMED (the sandbox offers it). Without it the URL stays
// null and only the asset URN is kept (resolution through the media APIs: second pass).
import type { DecoratedAsset, OrganizationLookupEntity } from "./organization-schemas";

/** The projection that asks for names, vanity name and decorated logos of each batch result. */
export const ORGANIZATION_LOOKUP_PROJECTION =
  "(results*(id,localizedName,name,vanityName,logoV2(original,cropped,original~:playableStreams,cropped~:playableStreams)))";

/** The same fields for each element of a finder response (`q=vanityName`, …). */
export const ORGANIZATION_FINDER_PROJECTION =
  "(elements*(id,localizedName,name,vanityName,logoV2(original,cropped,original~:playableStreams,cropped~:playableStreams)))";

/** The widest still image of a decorated asset, by `storageSize.width` when given. */
function largestIdentifier(asset: DecoratedAsset | undefined): string | null {
  let best: { url: string; width: number } | null = null;
  for (const element of asset?.elements ?? []) {
    const url = element.identifiers?.[0]?.identifier;
    if (!url) continue;
    const width = stillImageWidth(element.data);
    if (!best || width > best.width) best = { url, width };
  }
  return best?.url ?? null;
}

function stillImageWidth(data: Record<string, unknown> | undefined): number {
  const still = data?.["com.linkedin.digitalmedia.mediaartifact.StillImage"];
  if (still === null || typeof still !== "object") return 0;
  const size = (still as { storageSize?: { width?: unknown } }).storageSize;
  return typeof size?.width === "number" ? size.width : 0;
}

/** Square (cropped) logo first, as Page lists show it; then the original. */
export function readLogoUrl(entity: OrganizationLookupEntity): string | null {
  return largestIdentifier(entity.logoV2?.["cropped~"]) ?? largestIdentifier(entity.logoV2?.["original~"]);
}
