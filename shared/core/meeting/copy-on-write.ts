/**
 * Copy-on-write ownership for the parts of a fold state that grow with the meeting (the floor's
 * gaps, the trail's talk history and decision items), so a copy to fold on (TimeOrderedFold's
 * rebuild from its checkpoint) shares them instead of copying them whole.
 *
 * A holder (the structure a fold writes through) has an epoch; a part it created in its current
 * epoch is its own to write in place. Copying a holder starts a new epoch for the original and
 * the copy alike, so neither writes a part they now share: each copies a part the first time it
 * writes it (`writable`), and only that part. The bookkeeping lives in weak maps, outside the
 * state, so states still compare and clone as plain data.
 */

const epochs = new WeakMap<object, object>();
const owners = new WeakMap<object, object>();

function epochOf(holder: object): object {
  let e = epochs.get(holder);
  if (!e) epochs.set(holder, (e = {}));
  return e;
}

/** `part` (new, made by `holder`) may be written in place by it until the holder is shared. */
export function claim<T extends object>(holder: object, part: T): T {
  owners.set(part, epochOf(holder));
  return part;
}

/** `part` itself if `holder` may write it, else a claimed copy (the caller puts it in place of the shared one). */
export function writable<T extends object>(holder: object, part: T, copy: (p: T) => T): T {
  return owners.get(part) === epochOf(holder) ? part : claim(holder, copy(part));
}

/** Is `part` the holder's own to write? */
export function owns(holder: object, part: object): boolean {
  return owners.get(part) === epochOf(holder);
}

/** Everything `holder` made so far is shared from now on (call it on the original and on its copy). */
export function share(holder: object): void {
  epochs.set(holder, {});
}
