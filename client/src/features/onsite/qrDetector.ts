/** What the scanner needs of the Barcode Detection API (native or the ZXing-based ponyfill). */
export interface QrDetector {
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}

interface NativeDetectorClass {
  new (options: { formats: string[] }): QrDetector;
  getSupportedFormats(): Promise<string[]>;
}

/**
 * The browser's own BarcodeDetector where it reads QR codes (Android's Chrome, Safari on recent iOS);
 * elsewhere the `barcode-detector` ponyfill (ZXing-C++ in WebAssembly), imported only here so no other page
 * pays for it, with its .wasm served by the app itself (the default would fetch it from a CDN, which the
 * fair's phones may not reach and the Content-Security-Policy refuses). docs/decisions/0021-on-site-qr.md.
 */
export async function qrDetector(): Promise<QrDetector> {
  const native = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  if (native && (await native.getSupportedFormats().catch((): string[] => [])).includes('qr_code'))
    return new native({ formats: ['qr_code'] });
  const [{ BarcodeDetector, prepareZXingModule }, { default: wasmUrl }] = await Promise.all([
    import('barcode-detector/ponyfill'),
    import('zxing-wasm/reader/zxing_reader.wasm?url'),
  ]);
  // Loads the .wasm now, so a failure shows when the camera starts rather than on the first frame.
  await prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
    },
    fireImmediately: true,
  });
  return new BarcodeDetector({ formats: ['qr_code'] });
}
