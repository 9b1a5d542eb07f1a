import { LIMITS, isProfileSlug, plainLine } from '../core/text';
import type { Invitation } from '../core/types';

// What the content script hands on from what it read: the invitation lists' cards
// (invitation-watcher.ts) and the profile's top card (profile-watcher.ts) alike.

/**
 * Page text is hostile: every string leaves here as capped plain text (core/text.ts, the same
 * caps the background's schema applies again), in the badges' accessible names as in the reports.
 * Null for an invitation no message could carry (no name, or a slug that is not one: isProfileSlug).
 */
export function plainInvitation(found: Invitation): Invitation | null {
  // The slug is taken whole or not at all (isProfileSlug): cleaned, it could name someone else.
  const profile = found.profile;
  const name = plainLine(found.name, LIMITS.name);
  if (!isProfileSlug(profile) || !name) return null;
  const plain: Invitation = {
    profile,
    name,
    headline: plainLine(found.headline, LIMITS.headline),
    mutual: plainLine(found.mutual, LIMITS.mutual),
    age: plainLine(found.age, LIMITS.age),
    message: plainLine(found.message, LIMITS.message),
  };
  // Only the profile page knows these (profile-page.ts); list cards leave them out altogether.
  if (found.degree !== undefined) plain.degree = plainLine(found.degree, LIMITS.degree);
  if (found.verified !== undefined) plain.verified = found.verified === true;
  return plain;
}
