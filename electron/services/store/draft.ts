/**
 * Copy-on-write drafts (the idea of immer, which is not installed, in the little this store
 * needs). A change handler edits a draft of the record as if it were the record; only the
 * objects it writes to, and their ancestors, are copied. The result shares every untouched
 * subtree with the original, which stays as it was. Why: a structuredClone of a 1 MB case for
 * every keystroke cost ~7 ms, and with shared subtrees store/patch.ts's diff finds the change
 * without walking the whole record.
 *
 * Records are plain JSON (objects, arrays, primitives); anything else is treated as a value.
 */

interface State {
  base: Record<PropertyKey, unknown>;
  copy: Record<PropertyKey, unknown> | null;
  parent: State | null;
  /** Drafts of this object's original children, by key. */
  children: Map<PropertyKey, unknown>;
}

const states = new WeakMap<object, State>();

const isDraftable = (value: unknown): value is Record<PropertyKey, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

const shallowCopy = (value: Record<PropertyKey, unknown>) =>
  (Array.isArray(value) ? [...value] : { ...value }) as Record<PropertyKey, unknown>;

function markChanged(state: State): void {
  if (state.copy) return;
  state.copy = shallowCopy(state.base);
  if (state.parent) markChanged(state.parent);
}

class Drafting {
  private revokers: (() => void)[] = [];

  draft(base: Record<PropertyKey, unknown>, parent: State | null): unknown {
    const state: State = { base, copy: null, parent, children: new Map() };
    const source = () => state.copy ?? state.base;
    const handler: ProxyHandler<object> = {
      get: (_target, key) => {
        const value = Reflect.get(source(), key);
        // Only an original child is drafted; a value the handler assigned is its own already.
        if (!Object.hasOwn(source(), key) || !isDraftable(value) || value !== state.base[key]) return value;
        let child = state.children.get(key);
        if (!child) {
          child = this.draft(value, state);
          state.children.set(key, child);
        }
        return child;
      },
      set: (_target, key, value) => {
        if (!state.copy && Object.hasOwn(state.base, key) && (state.base[key] === value || state.children.get(key) === value)) return true;
        markChanged(state);
        (state.copy as Record<PropertyKey, unknown>)[key] = value;
        return true;
      },
      deleteProperty: (_target, key) => {
        if (!Object.hasOwn(source(), key)) return true;
        markChanged(state);
        delete (state.copy as Record<PropertyKey, unknown>)[key];
        return true;
      },
      defineProperty: (_target, key, descriptor) => {
        markChanged(state);
        return Reflect.defineProperty(state.copy as object, key, descriptor);
      },
      has: (_target, key) => Reflect.has(source(), key),
      ownKeys: () => Reflect.ownKeys(source()),
      getOwnPropertyDescriptor: (target, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(source(), key);
        if (!descriptor) return undefined;
        // An array's length is non-configurable on the proxy's target too; everything else must
        // be reported configurable, or the proxy would break its invariants.
        const fixed = Reflect.getOwnPropertyDescriptor(target, key);
        return { ...descriptor, value: handler.get?.(target, key, undefined), configurable: fixed ? fixed.configurable : true };
      },
      getPrototypeOf: () => Reflect.getPrototypeOf(state.base),
    };
    const { proxy, revoke } = Proxy.revocable(Array.isArray(base) ? [] : {}, handler);
    states.set(proxy, state);
    this.revokers.push(revoke);
    return proxy;
  }

  /** The final value of a draft: its original when untouched, else its copy with children final. */
  finish(state: State): unknown {
    if (!state.copy) return state.base;
    const copy = state.copy;
    for (const key of Object.keys(copy)) {
      const value = copy[key];
      const child = state.children.get(key);
      if (child !== undefined && value === state.base[key]) copy[key] = this.finish(states.get(child as object) as State);
      else copy[key] = this.finishValue(value);
    }
    state.copy = null;
    state.base = copy;
    return copy;
  }

  /** A value the handler built may hold drafts (e.g. `list.filter(...)`): replace them. */
  finishValue(value: unknown, seen = new WeakSet<object>()): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const state = states.get(value);
    if (state) return this.finish(state);
    if (!isDraftable(value) || seen.has(value)) return value;
    seen.add(value);
    for (const key of Object.keys(value)) {
      const inner = value[key];
      if (typeof inner === 'object' && inner !== null) value[key] = this.finishValue(inner, seen);
    }
    return value;
  }

  revokeAll(): void {
    for (const revoke of this.revokers) revoke();
  }
}

/**
 * Runs `recipe` on a draft of `base` and returns the new value (sharing every untouched
 * subtree with `base`, which is never modified) and what the recipe returned, with any drafts
 * in it made final. Drafts are revoked afterwards, so one kept by mistake fails loudly.
 */
export function produce<T, R>(base: T, recipe: (draft: T) => R): { next: T; result: R } {
  if (!isDraftable(base)) throw new Error('produce needs an object or array');
  const drafting = new Drafting();
  const root = drafting.draft(base, null);
  try {
    const result = recipe(root as T);
    const next = drafting.finish(states.get(root as object) as State) as T;
    return { next, result: drafting.finishValue(result) as R };
  } finally {
    drafting.revokeAll();
  }
}
