/**
 * The seam between the OCR pipeline and an ONNX runtime: onnxruntime-node in Node (native, see
 * lib/platform/node-ocr.ts), onnxruntime-web in browsers (wasm, inside a Web Worker, see
 * lib/platform/web-ocr-worker.ts). The pipeline only ever runs a model on one float tensor and
 * reads one float tensor back, so this is all it needs to know.
 */

export interface OcrTensor {
  data: Float32Array;
  dims: readonly number[];
}

export interface OcrSession {
  run(input: Float32Array, dims: number[]): Promise<OcrTensor>;
  release(): Promise<void>;
}

export interface OcrRuntime {
  /** Which runtime, for the record kept beside cached results ("onnxruntime-node 1.31.1"). */
  name: string;
  createSession(model: Uint8Array): Promise<OcrSession>;
}

/** The model files: PaddleOCR PP-OCRv4 detection and recognition, and the recognition keys. */
export interface OcrModels {
  detection: Uint8Array;
  recognition: Uint8Array;
  /** ppocr_keys_v1.txt: one character per line. */
  dictionary: string;
}

/** The minimal shape of onnxruntime-node's and onnxruntime-web's module that we use. */
export interface OrtModule {
  Tensor: new (type: 'float32', data: Float32Array, dims: readonly number[]) => unknown;
  InferenceSession: {
    create(
      model: Uint8Array,
      options?: Record<string, unknown>,
    ): Promise<{
      inputNames: readonly string[];
      outputNames: readonly string[];
      run(feeds: Record<string, unknown>): Promise<Record<string, unknown>>;
      release(): Promise<void>;
    }>;
  };
}

/** An OcrRuntime over either onnxruntime package (their APIs are the same). */
export function ortRuntime(
  ort: OrtModule,
  name: string,
  sessionOptions: Record<string, unknown> = {},
): OcrRuntime {
  return {
    name,
    async createSession(model) {
      const session = await ort.InferenceSession.create(model, sessionOptions);
      const input = session.inputNames[0]!;
      const output = session.outputNames[0]!;
      return {
        async run(data, dims) {
          const result = await session.run({ [input]: new ort.Tensor('float32', data, dims) });
          const tensor = result[output] as { data: Float32Array; dims: readonly number[] };
          return { data: tensor.data, dims: tensor.dims };
        },
        release: () => session.release(),
      };
    },
  };
}
