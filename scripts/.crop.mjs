import sharp from 'sharp';
const [,, file, x, y, w, h, out, scale] = process.argv;
await sharp(file).extract({ left: +x, top: +y, width: +w, height: +h }).resize({ width: Math.round(+w * (+scale || 2)) }).toFile(out);
