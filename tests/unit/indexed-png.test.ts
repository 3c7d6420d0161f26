import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng } from '../../src/build/indexed-png';

// Three colours: off-white, near-black, teal.
const palette = Uint8Array.from([251, 250, 247, 28, 25, 23, 11, 99, 84]);

/** A 7 × 5 image: off-white, a near-black diagonal, a teal bottom row. */
function image() {
  const width = 7;
  const height = 5;
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < Math.min(width, height); i++) pixels[i * width + i] = 1;
  pixels.fill(2, (height - 1) * width);
  return { width, height, palette, pixels };
}

async function decode(png: Buffer) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x + 1) * info.channels)];
  return { info, at };
}

describe('the palette PNG encoder', () => {
  it('writes a PNG that sharp reads as a palette image of the right size', async () => {
    const png = encodeIndexedPng(image());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.isPalette, meta.hasAlpha]).toEqual(['png', 7, 5, true, false]);
  });

  it('round-trips every pixel to its palette colour', async () => {
    const { info, at } = await decode(encodeIndexedPng(image()));
    expect(info.channels).toBe(3);
    expect(at(0, 0)).toEqual([28, 25, 23]);
    expect(at(3, 3)).toEqual([28, 25, 23]);
    expect(at(1, 0)).toEqual([251, 250, 247]);
    expect(at(6, 3)).toEqual([251, 250, 247]);
    expect(at(0, 4)).toEqual([11, 99, 84]);
    expect(at(6, 4)).toEqual([11, 99, 84]);
  });

  it('encodes a second, smaller image correctly after a larger one', async () => {
    const big = { width: 300, height: 200, palette, pixels: new Uint8Array(300 * 200).fill(2) };
    encodeIndexedPng(big);
    const { info, at } = await decode(encodeIndexedPng(image()));
    expect([info.width, info.height]).toEqual([7, 5]);
    expect(at(2, 2)).toEqual([28, 25, 23]);
    expect(at(2, 1)).toEqual([251, 250, 247]);
  });

  it('writes chunk checksums that readers check', async () => {
    const png = encodeIndexedPng(image());
    await expect(sharp(png).raw().toBuffer()).resolves.toBeDefined();
    png[29] ^= 0xff; // IHDR's CRC (signature 8 + length 4 + type 4 + data 13)
    await expect(sharp(png).raw().toBuffer()).rejects.toThrow(/CRC/i);
  });

  it('refuses a palette of more than 256 colours or the wrong number of pixels', () => {
    expect(() => encodeIndexedPng({ ...image(), palette: new Uint8Array(257 * 3) })).toThrow(/1–256/);
    expect(() => encodeIndexedPng({ ...image(), pixels: new Uint8Array(3) })).toThrow(/35 pixels/);
  });
});
