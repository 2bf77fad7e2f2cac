// LinkedIn's limits on a post (doc §7.1, §7.6) in one place, checked before anything is sent.
import { COMMENTARY_MAX_LENGTH } from "../commentary/commentary-schema";

export { COMMENTARY_MAX_LENGTH };
/** Doc §7.1: "minimum 2, maximum 20 images" (an older page said 9; 20 is current). */
export const MULTI_IMAGE_MIN = 2;
export const MULTI_IMAGE_MAX = 20;
/**
 * linkedin-api.md gives no alt-text limit; LinkedIn's Posts API schema gives `altText` a maximum of
 * 4,086 characters (UNCONFIRMED here). Counted in UTF-16 code units, the stricter reading.
 */
export const ALT_TEXT_MAX_LENGTH = 4086;
