"use client";

import { useState } from "react";
import { cn } from "@/lib/utils/cn";
import { feedAspectRatio, type PreviewImage } from "./preview-types";

/** LinkedIn shows at most five tiles; the fifth says how many more there are. */
const MAX_TILES = 5;

/**
 * Images laid out like LinkedIn's feed: one at its own (clamped) shape, two side by side, three or
 * four as one large over a row of small ones, five or more as two over three with "+N" on the last.
 */
export function ImageGrid({ images }: { images: PreviewImage[] }) {
  const count = images.length;
  const tiles = images.slice(0, MAX_TILES);
  const more = count - MAX_TILES;
  const [first, ...rest] = tiles;
  if (!first) return null;
  let layout: React.ReactNode;
  if (count === 1) {
    layout = <SingleImage key={first.url} image={first} />;
  } else if (count === 2) {
    layout = (
      <div className="grid grid-cols-2 gap-0.5">
        {tiles.map((image, index) => (
          <Tile key={index} image={image} className="aspect-square" />
        ))}
      </div>
    );
  } else if (count === 3 || count === 4) {
    layout = (
      <>
        <Tile image={first} className="aspect-[3/2]" />
        <div className={cn("grid gap-0.5", count === 3 ? "grid-cols-2" : "grid-cols-3")}>
          {rest.map((image, index) => (
            <Tile key={index} image={image} className="aspect-square" />
          ))}
        </div>
      </>
    );
  } else {
    layout = (
      <>
        <div className="grid grid-cols-2 gap-0.5">
          {tiles.slice(0, 2).map((image, index) => (
            <Tile key={index} image={image} className="aspect-square" />
          ))}
        </div>
        <div className="grid grid-cols-3 gap-0.5">
          {tiles.slice(2).map((image, index) => (
            <Tile key={index} image={image} className="aspect-square">
              {index === 2 && more > 0 && (
                <span className="absolute inset-0 flex items-center justify-center bg-black/60 text-2xl font-semibold text-white">
                  <span aria-hidden>+{more}</span>
                  <span className="sr-only">
                    {more} more {more === 1 ? "image" : "images"}
                  </span>
                </span>
              )}
            </Tile>
          ))}
        </div>
      </>
    );
  }
  return (
    <div
      data-testid="preview-media"
      data-kind="IMAGES"
      data-count={count}
      className="flex flex-col gap-0.5 bg-white"
    >
      {layout}
    </div>
  );
}

/** One image keeps its own shape within the feed's limits; unknown sizes are read once it loads. */
function SingleImage({ image }: { image: PreviewImage }) {
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  const size = image.width && image.height ? image : natural;
  const ratio = feedAspectRatio(size?.width ?? null, size?.height ?? null, 1);
  return (
    <Tile
      image={image}
      style={{ aspectRatio: ratio }}
      onLoad={
        size === image
          ? undefined
          : (event) => {
              const { naturalWidth, naturalHeight } = event.currentTarget;
              if (naturalWidth && naturalHeight) setNatural({ width: naturalWidth, height: naturalHeight });
            }
      }
    />
  );
}

function Tile({
  image,
  className,
  style,
  onLoad,
  children,
}: {
  image: PreviewImage;
  className?: string;
  style?: React.CSSProperties;
  onLoad?: React.ReactEventHandler<HTMLImageElement>;
  children?: React.ReactNode;
}) {
  return (
    <div className={cn("relative w-full overflow-hidden bg-slate-100", className)} style={style}>
      {/* Same-origin /api/media/{id}/file URLs of the user's own uploads; next/image adds nothing here. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={image.url}
        alt={image.altText}
        loading="lazy"
        draggable={false}
        onLoad={onLoad}
        className="absolute inset-0 size-full object-cover"
      />
      {children}
    </div>
  );
}
