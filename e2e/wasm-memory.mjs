// Gives a WebAssembly module's own memory a maximum size, for the
// fail-closed test: the only change made to the module. Reads the binary
// format's sections (https://webassembly.github.io/spec/core/binary/) and
// rewrites the memory section's limits from "min" (or "min, max") to
// "min, min + extraPages".

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if ((b & 0x80) === 0) return [value, at];
  }
}

function writeU32(value) {
  const out = [];
  do {
    let b = value & 0x7f;
    value = Math.floor(value / 128);
    if (value !== 0) b |= 0x80;
    out.push(b);
  } while (value !== 0);
  return out;
}

/** Reads the limits at `p`; returns the position after them. */
function skipLimits(bytes, p) {
  const flags = bytes[p++];
  [, p] = readU32(bytes, p);
  if (flags & 1) [, p] = readU32(bytes, p);
  return p;
}

/** True if the import section at `p` imports a memory (kind 2). */
function importsMemory(bytes, p) {
  let count;
  [count, p] = readU32(bytes, p);
  for (let i = 0; i < count; i++) {
    for (let name = 0; name < 2; name++) {
      let len;
      [len, p] = readU32(bytes, p);
      p += len;
    }
    const kind = bytes[p++];
    if (kind === 2) return true;
    if (kind === 0) [, p] = readU32(bytes, p);
    else if (kind === 1) p = skipLimits(bytes, p + 1);
    else if (kind === 3) p += 2;
    else if (kind === 4) [, p] = readU32(bytes, p + 1);
    else throw new Error(`import kind ${kind}`);
  }
  return false;
}

/** Returns a copy of `wasm` whose single memory may grow by at most `extraPages` pages. */
export function limitMemory(wasm, extraPages) {
  const bytes = Uint8Array.from(wasm);
  let at = 8; // magic and version
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = readU32(bytes, at + 1);
    const end = body + size;
    if (id === 2 && importsMemory(bytes, body)) {
      throw new Error("the module imports its memory");
    }
    if (id === 5) {
      let p = body;
      const [count, q] = readU32(bytes, p);
      p = q;
      if (count !== 1) throw new Error(`${count} memories`);
      const flags = bytes[p++];
      if (flags > 1) throw new Error(`memory flags ${flags}`);
      const [min, r] = readU32(bytes, p);
      const content = [...writeU32(1), 0x01, ...writeU32(min), ...writeU32(min + extraPages)];
      const section = [5, ...writeU32(content.length), ...content];
      void r;
      return Buffer.concat([
        Buffer.from(bytes.subarray(0, at)),
        Buffer.from(section),
        Buffer.from(bytes.subarray(end)),
      ]);
    }
    at = end;
  }
  throw new Error("no memory section");
}
