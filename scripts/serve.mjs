#!/usr/bin/env node
// Serves the exported site (out/, or LW_DIST_DIR) on PORT (default 3000), like any static host.
import fs from 'node:fs';
import path from 'node:path';
import { createStaticServer } from './static-server.mjs';

const root = path.resolve(process.env.LW_DIST_DIR || 'out');
const port = Number(process.env.PORT || 3000);

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`No exported site in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

createStaticServer(root).listen(port, () => console.log(`Layerwise is being served at http://localhost:${port}/ (from ${path.relative(process.cwd(), root) || root})`));
