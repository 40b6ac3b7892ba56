import { afterEach, describe, expect, it, vi } from 'vitest';
import { qrDetector } from './qrDetector';

const ponyfill = vi.hoisted(() => ({
  prepared: [] as unknown[],
  instances: 0,
}));
vi.mock('barcode-detector/ponyfill', () => ({
  BarcodeDetector: class {
    constructor() {
      ponyfill.instances++;
    }
    detect() {
      return Promise.resolve([]);
    }
  },
  prepareZXingModule: (options: unknown) => {
    ponyfill.prepared.push(options);
    return Promise.resolve({});
  },
}));
vi.mock('zxing-wasm/reader/zxing_reader.wasm?url', () => ({ default: '/assets/zxing_reader-test.wasm' }));

class NativeDetector {
  static formats = ['qr_code', 'ean_13'];
  static getSupportedFormats() {
    return Promise.resolve(NativeDetector.formats);
  }
  detect() {
    return Promise.resolve([{ rawValue: 'native' }]);
  }
}

describe('qrDetector', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    ponyfill.prepared.length = 0;
    ponyfill.instances = 0;
  });

  it("uses the browser's BarcodeDetector when it reads QR codes, without loading the ponyfill", async () => {
    vi.stubGlobal('BarcodeDetector', NativeDetector);
    expect(await qrDetector()).toBeInstanceOf(NativeDetector);
    expect(ponyfill.instances).toBe(0);
  });

  it("falls back to the ponyfill, with the .wasm from the app's own assets, when there is none or it cannot read QR", async () => {
    NativeDetector.formats = ['ean_13'];
    vi.stubGlobal('BarcodeDetector', NativeDetector);
    expect(await qrDetector()).not.toBeInstanceOf(NativeDetector);
    vi.stubGlobal('BarcodeDetector', undefined);
    await qrDetector();
    expect(ponyfill.instances).toBe(2);
    const { overrides } = ponyfill.prepared[0] as {
      overrides: { locateFile(path: string, prefix: string): string };
    };
    expect(overrides.locateFile('zxing_reader.wasm', 'https://cdn.example/')).toBe(
      '/assets/zxing_reader-test.wasm',
    );
  });
});
