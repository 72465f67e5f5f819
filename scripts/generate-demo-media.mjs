// Draws the demo's images and videos into server/demo-media/, so the demo needs no other
// host and every file is the project's own work (same licence as Concord). The PNGs are
// drawn here pixel by pixel; the WebM videos are rendered by ffmpeg from its own
// generated sources (colour, boxes), so no third-party footage is involved.
//   node scripts/generate-demo-media.mjs          images and videos (videos need ffmpeg)
// The output is committed: run this only to change the pictures.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'server', 'demo-media');
mkdirSync(out, { recursive: true });

const W = 640;
const H = 400;

const hex = (c) => [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)];

function canvas(background) {
  const px = new Uint8Array(W * H * 3);
  const set = (x, y, [r, g, b]) => {
    if (x < 0 || y < 0 || x >= W || y >= H) return;
    const i = (y * W + x) * 3;
    px[i] = r;
    px[i + 1] = g;
    px[i + 2] = b;
  };
  const fill = (inside, color) => {
    const rgb = hex(color);
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (inside(x + 0.5, y + 0.5)) set(x, y, rgb);
  };
  const api = {
    px,
    rect: (x, y, w, h, color) => fill((px_, py) => px_ >= x && px_ < x + w && py >= y && py < y + h, color),
    circle: (cx, cy, r, color) => fill((x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r, color),
    ellipse: (cx, cy, rx, ry, color) => fill((x, y) => ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1, color),
    triangle: (a, b, c, color) => {
      const side = (p, q, x, y) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
      fill((x, y) => {
        const d1 = side(a, b, x, y);
        const d2 = side(b, c, x, y);
        const d3 = side(c, a, x, y);
        return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
      }, color);
    },
  };
  api.rect(0, 0, W, H, background);
  return api;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

function png(px) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(W, 0);
  ihdr.writeUInt32BE(H, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const raw = Buffer.alloc(H * (1 + W * 3));
  for (let y = 0; y < H; y++) {
    raw[y * (1 + W * 3)] = 0; // filter: none
    raw.set(px.subarray(y * W * 3, (y + 1) * W * 3), y * (1 + W * 3) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const images = {
  // A kitten found by a station: a cat's face on a warm background.
  'kitten.png': () => {
    const c = canvas('#f6e7cb');
    c.rect(0, 300, W, 100, '#c9b79c');
    c.triangle([230, 150], [260, 60], [300, 130], '#e07a2f');
    c.triangle([410, 150], [380, 60], [340, 130], '#e07a2f');
    c.circle(320, 200, 110, '#e07a2f');
    c.ellipse(280, 185, 14, 20, '#1f2933');
    c.ellipse(360, 185, 14, 20, '#1f2933');
    c.triangle([308, 225], [332, 225], [320, 240], '#b23a48');
    c.rect(215, 235, 70, 3, '#1f2933');
    c.rect(355, 235, 70, 3, '#1f2933');
    return c;
  },
  // A beach: sky, sun, sea, sand and a towel.
  'beach.png': () => {
    const c = canvas('#8ecae6');
    c.circle(520, 90, 50, '#ffb703');
    c.rect(0, 210, W, 80, '#219ebc');
    c.rect(0, 290, W, 110, '#f4d58d');
    c.rect(140, 320, 160, 50, '#e63946');
    c.rect(140, 335, 160, 8, '#f1faee');
    c.ellipse(420, 340, 60, 18, '#d4a373');
    return c;
  },
  // A school photo: a building with a door and windows, and a small figure in front.
  'school.png': () => {
    const c = canvas('#dbe9f6');
    c.rect(0, 330, W, 70, '#7fb069');
    c.rect(140, 150, 360, 180, '#bc6c25');
    c.triangle([120, 150], [320, 60], [520, 150], '#6b4226');
    for (const x of [170, 250, 390, 460]) c.rect(x, 185, 40, 40, '#fefae0');
    c.rect(295, 250, 50, 80, '#3d405b');
    c.circle(560, 285, 16, '#f2cc8f');
    c.rect(548, 302, 24, 40, '#e07a5f');
    return c;
  },
  // A flashy advert: stripes and a big percent sign.
  'sale.png': () => {
    const c = canvas('#ffd60a');
    for (let x = -400; x < W; x += 80) c.triangle([x, H], [x + 40, H], [x + 440, 0], '#ffc300');
    c.rect(60, 120, 520, 160, '#d00000');
    c.circle(250, 170, 28, '#ffffff');
    c.circle(390, 230, 28, '#ffffff');
    c.triangle([370, 140], [395, 140], [270, 260], '#ffffff');
    c.triangle([270, 260], [245, 260], [370, 140], '#ffffff');
    return c;
  },
};

for (const [name, draw] of Object.entries(images)) {
  writeFileSync(path.join(out, name), png(draw().px));
}

// Two short clips of generated shapes moving over a coloured ground: flags waving over a
// crowd (the stadium) and two blocks colliding (the clash). 2 s, 320×180, 12 fps, VP9.
const box = (color, w, h) => `color=c=${color}:s=${w}x${h}:d=2:r=12`;
const videos = {
  'stadium.webm': [
    ['0x2d6a4f', 320, 180],
    [
      [box('0x1d3557', 320, 50), '0', '130'],
      [box('0xf1faee', 60, 40), '40+20*sin(2*PI*t)', '40'],
      [box('0xe63946', 60, 40), '200+20*sin(2*PI*t+1)', '60+10*cos(2*PI*t)'],
    ],
  ],
  'clash.webm': [
    ['0x3d405b', 320, 180],
    [
      [box('0xf2cc8f', 50, 50), 'min(20+100*t\\,135)', '70'],
      [box('0xe07a5f', 50, 50), 'max(250-100*t\\,135)', '70'],
    ],
  ],
};
for (const [name, [[ground, w, h], layers]] of Object.entries(videos)) {
  const inputs = [box(ground, w, h), ...layers.map(([source]) => source)].flatMap((s) => ['-f', 'lavfi', '-i', s]);
  const graph = layers
    .map(
      ([, x, y], i) =>
        `[${i === 0 ? '0' : `v${i}`}][${i + 1}]overlay=x='${x}':y='${y}'${i === layers.length - 1 ? '' : `[v${i + 1}]`}`,
    )
    .join(';');
  execFileSync('ffmpeg', [
    '-y',
    '-loglevel',
    'error',
    ...inputs,
    '-filter_complex',
    graph,
    '-t',
    '2',
    '-c:v',
    'libvpx-vp9',
    '-b:v',
    '60k',
    '-pix_fmt',
    'yuv420p',
    '-an',
    '-map_metadata',
    '-1',
    '-fflags',
    '+bitexact',
    path.join(out, name),
  ]);
}
