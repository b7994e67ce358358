/**
 * JSON Merge Patch (RFC 7396): the body of PATCH (`application/merge-patch+json`). A pure function
 * of two JSON values; what a removed member means for a record is the write route's business
 * (routes/collection-writes.ts `patchRecord`).
 */

export type JsonObject = Record<string, unknown>;

export const isJsonObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Sets a member as an own property, even one named `__proto__` (plain assignment would set the prototype). */
function setMember(target: JsonObject, name: string, value: unknown): void {
  if (name === '__proto__')
    Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  else target[name] = value;
}

/**
 * RFC 7396 §2 MergePatch(target, patch), without recursion (a patch nested thousands of levels deep
 * cannot overflow the stack): a patch that is not an object replaces the target; in an object
 * patch, null removes the member, an object merges into the member (an object in its place when it
 * was none), and anything else (arrays included) replaces it. Neither argument is modified: the
 * objects on the patched path are copied; the rest is shared with the target and the patch.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isJsonObject(patch)) return patch;
  const root: JsonObject = isJsonObject(target) ? copy(target) : {};
  const stack: [JsonObject, JsonObject][] = [[root, patch]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [out, p] = next;
    for (const [name, value] of Object.entries(p)) {
      if (value === null) delete out[name];
      else if (isJsonObject(value)) {
        const current = Object.hasOwn(out, name) ? out[name] : undefined;
        const child = isJsonObject(current) ? copy(current) : {};
        setMember(out, name, child);
        stack.push([child, value]);
      } else setMember(out, name, value);
    }
  }
  return root;
}

/** A shallow copy keeping every own member, `__proto__` included. */
function copy(o: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [name, value] of Object.entries(o)) setMember(out, name, value);
  return out;
}
