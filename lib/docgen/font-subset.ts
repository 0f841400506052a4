/**
 * Cut a font down to the characters a document uses, with HarfBuzz's subsetter (wasm). pdf-lib's
 * own subsetting of CJK fonts produced pages that miss most glyphs (see STACK-NOTES); a font
 * subset first by HarfBuzz and embedded whole renders and extracts correctly, and stays small.
 * Takes bytes, not paths: callers load the wasm and the font for their platform.
 */
interface HbSubsetExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy?(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;

export async function createFontSubsetter(wasm: Uint8Array) {
  const module = await WebAssembly.compile(wasm as Uint8Array<ArrayBuffer>);
  const instance = await WebAssembly.instantiate(module);
  const hb = instance.exports as unknown as HbSubsetExports;

  return function subset(font: Uint8Array, text: string): Uint8Array {
    const fontPtr = hb.malloc(font.byteLength);
    new Uint8Array(hb.memory.buffer, fontPtr, font.byteLength).set(font);
    const blob = hb.hb_blob_create(fontPtr, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    const input = hb.hb_subset_input_create_or_fail();
    if (!input) throw new Error('hb_subset_input_create_or_fail failed');
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const ch of new Set(text)) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
    const subsetFace = hb.hb_subset_or_fail(face, input);
    hb.hb_subset_input_destroy(input);
    if (!subsetFace) {
      hb.free(fontPtr);
      throw new Error('hb_subset_or_fail failed');
    }
    const out = hb.hb_face_reference_blob(subsetFace);
    const ptr = hb.hb_blob_get_data(out, 0);
    const length = hb.hb_blob_get_length(out);
    const bytes = new Uint8Array(hb.memory.buffer, ptr, length).slice();
    hb.hb_blob_destroy(out);
    hb.hb_face_destroy?.(subsetFace);
    hb.hb_face_destroy?.(face);
    hb.free(fontPtr);
    return bytes;
  };
}

export type FontSubsetter = Awaited<ReturnType<typeof createFontSubsetter>>;
