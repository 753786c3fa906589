// The sentences the popup and options page show when the claims store cannot do something.

/** Turns a storage failure into a sentence for the popup and options page. */
export function describeProblem(err: unknown, doing: string): string {
  const name = err && typeof err === 'object' && 'name' in err ? String((err as { name: unknown }).name) : '';
  if (name === 'QuotaExceededError')
    return `Your browser has no storage space left for Counterpoint, so ${doing} did not happen. Free some disk space and try again.`;
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'MissingStorage')
    return `This browser window does not let Counterpoint keep data (a private window?), so ${doing} is not possible here. Annotations still work.`;
  if (name === 'Blocked')
    return 'Counterpoint is waiting to upgrade its storage while another of its pages is open. Close other Counterpoint pages; annotations still work.';
  return `Counterpoint's storage failed (${name || 'error'}), so ${doing} did not happen. Annotations still work from the built-in data.`;
}

/** Why a claim had to be kept aside, in a few words for the popup. */
export function reasonOf(err: unknown): string {
  const name = err && typeof err === 'object' && 'name' in err ? String((err as { name: unknown }).name) : '';
  if (name === 'QuotaExceededError') return 'no storage space left; free some disk space';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'MissingStorage') return 'storage is not available in this window';
  if (name === 'Blocked') return 'waiting for other Counterpoint pages to close';
  return `storage error: ${name || 'unknown'}`;
}

export const NOT_FOUND = 'That saved claim no longer exists.';

/** The popup's sentence for claims waiting in the queue. */
export function pendingProblem(count: number, reason: string): string {
  const claims = count === 1 ? '1 saved claim is' : `${count} saved claims are`;
  return `${claims} waiting to be stored (${reason}). Counterpoint keeps ${count === 1 ? 'it' : 'them'} aside and stores ${count === 1 ? 'it' : 'them'} as soon as its storage works again.`;
}
