/**
 * A keyboard layout as `@zxcvbn-ts/language-common`'s `adjacencyGraphs` describe it: for each
 * character, the neighbouring keys in a fixed order of directions (6 on a keyboard, 8 on a
 * keypad), each as the characters of that key (`"wW"`, `"2@"`), `null` where there is none.
 */
export type AdjacencyGraph = Readonly<Record<string, readonly (string | null)[]>>;

/** The share of a password that must be walk for it to count as "mostly a walk". */
export const KEYBOARD_WALK_SHARE = 0.75;
/** Straight lines count from this many moves (`wsx`, `qwe`); shorter ones are common in words. */
const MIN_LINE_MOVES = 2;
/** The longest chunk compared with the chunk after it, one key over (`1qaz` -> `2wsx`). */
const MAX_CHUNK = 8;

interface Layout {
  /** Each character's key: the string of its characters, so `q` and `Q` (or `1` and `!`) are one key. */
  keyOf: ReadonlyMap<string, string>;
  /** Each key's neighbours by direction. */
  neighbours: ReadonlyMap<string, readonly (string | null)[]>;
}

function layoutOf(graph: AdjacencyGraph): Layout {
  const keyOf = new Map<string, string>();
  for (const around of Object.values(graph)) for (const key of around) if (key) for (const char of key) keyOf.set(char, key);
  const neighbours = new Map<string, readonly (string | null)[]>();
  for (const [char, around] of Object.entries(graph)) neighbours.set(keyOf.get(char) ?? char, around);
  return { keyOf, neighbours };
}

/**
 * How many characters of `keys` (a password as keys of one layout, `null` off the layout) belong
 * to a walk: a straight line of 2+ moves in one direction, a key pressed again on the way
 * (`qwwerty`), or a chunk repeated one key over in one direction (`wsx` `edc` `rfv`,
 * `plm` `okn` `ijb`: the column and diagonal walks whose columns the estimator scores apart).
 * Turns are where one line ends and the next begins.
 */
function walkedCount(keys: readonly (string | null)[], layout: Layout): number {
  const covered = new Array<boolean>(keys.length).fill(false);
  const moveOf = (i: number): number | 'same' | null => {
    const [from, to] = [keys[i], keys[i + 1]];
    if (!from || !to) return null;
    if (from === to) return 'same';
    const direction = layout.neighbours.get(from)?.indexOf(to) ?? -1;
    return direction === -1 ? null : direction;
  };
  const moves = keys.slice(0, -1).map((_, i) => moveOf(i));
  const cover = (from: number, to: number) => covered.fill(true, from, to);

  for (let start = 0; start < moves.length; start++) {
    let direction: number | undefined;
    let count = 0;
    let end = start;
    for (; end < moves.length; end++) {
      const move = moves[end];
      if (move === null || (move !== 'same' && direction !== undefined && move !== direction)) break;
      if (move !== 'same') [direction, count] = [move, count + 1];
    }
    if (count >= MIN_LINE_MOVES) cover(start, end + 1);
  }

  for (let size = 2; size <= MAX_CHUNK; size++) {
    for (let start = 0; start + 2 * size <= keys.length; start++) {
      if (isShiftedChunk(keys, start, size, layout)) cover(start, start + 2 * size);
    }
  }
  return covered.filter(Boolean).length;
}

/** Whether the `size` keys after `start` are the `size` keys from `start`, each one key over in the same direction. */
function isShiftedChunk(keys: readonly (string | null)[], start: number, size: number, layout: Layout): boolean {
  const first = keys[start];
  const around = first ? layout.neighbours.get(first) : undefined;
  const direction = around?.indexOf(keys[start + size] ?? '') ?? -1;
  if (direction === -1) return false;
  for (let i = 1; i < size; i++) {
    const key = keys[start + i];
    if (!key || layout.neighbours.get(key)?.[direction] !== keys[start + size + i]) return false;
  }
  return true;
}

/**
 * The keyboard-walk rule: a function telling whether a password is mostly (at least
 * `KEYBOARD_WALK_SHARE` of its characters) a walk over adjacent keys of one of the layouts:
 * rows, columns and diagonals with turns, shifted or not (`!QAZ@WSX`), with a key pressed twice,
 * with a short suffix (`wsxedcrfvtgb!`). The estimator scores some of those 3 or 4 (columns one
 * after the other, mixed shift); random strings and passphrases are not walks. The graphs come
 * from the estimator's chunk (`adjacencyGraphs`), so the rule runs where the estimator is.
 */
export function createKeyboardWalkRule(graphs: Readonly<Record<string, AdjacencyGraph>>): (password: string) => boolean {
  const layouts = Object.values(graphs).map(layoutOf);
  return (password) => {
    const chars = [...password];
    const needed = Math.ceil(chars.length * KEYBOARD_WALK_SHARE);
    return chars.length > 0 && layouts.some((layout) => walkedCount(chars.map((char) => layout.keyOf.get(char) ?? null), layout) >= needed);
  };
}
