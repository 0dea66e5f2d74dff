import { css, html, type TemplateResult } from 'lit';
import { safeUrl } from '../content/url.js';

const AVATAR_COLORS = 6;

/** Up to two letters from the first words of `source`: "Maya Okafor" is "MO". */
export function initials(source: string | undefined): string {
  const letters = (source ?? '').split(/\s+/).map((word) => word.match(/[\p{L}\p{N}]/u)?.[0] ?? '');
  return letters.join('').slice(0, 2).toUpperCase() || '?';
}

function colorOf(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(hash) % AVATAR_COLORS;
}

/**
 * A person's picture, or their initials on a color of their own. Decorative: the name or byline
 * beside it says who it is. The image URL passes the allowlist; a refused one shows initials.
 */
export function avatar(imageUrl: string | undefined, name: string | undefined, key: string): TemplateResult {
  const src = safeUrl(imageUrl);
  return html`<span part="avatar" class="avatar color-${colorOf(key)}" aria-hidden="true">
    ${src ? html`<img src=${src} alt="" loading="lazy" referrerpolicy="no-referrer" />` : initials(name)}
  </span>`;
}

export const avatarStyles = css`
  .avatar {
    display: inline-grid;
    flex: none;
    place-items: center;
    width: 2.25em;
    height: 2.25em;
    overflow: hidden;
    border-radius: 50%;
    background: var(--_tag-background);
    color: var(--_tag-text);
    font-size: 0.875em;
    font-weight: 650;
  }
  .avatar.color-1 {
    background: #dcfce7;
    color: #14532d;
  }
  .avatar.color-2 {
    background: #fef3c7;
    color: #78350f;
  }
  .avatar.color-3 {
    background: #fce7f3;
    color: #831843;
  }
  .avatar.color-4 {
    background: #ede9fe;
    color: #4c1d95;
  }
  .avatar.color-5 {
    background: #e0f2fe;
    color: #0c4a6e;
  }
  .avatar img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  @media (forced-colors: active) {
    .avatar {
      border: 1px solid CanvasText;
    }
  }
`;
