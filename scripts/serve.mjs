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

const server = createStaticServer(root);
server.on('error', (error) => {
  // A plain sentence, not a stack trace: the usual cause is another server on the same port.
  if (error.code === 'EADDRINUSE') console.error(`Port ${port} is already in use by another program. Stop it, or choose another port: PORT=3001 npm run serve`);
  else if (error.code === 'EACCES') console.error(`This user may not open port ${port}. Choose another port: PORT=3001 npm run serve`);
  else console.error(`Could not serve the site: ${error.message}`);
  process.exit(1);
});
server.listen(port, () => console.log(`Layerwise is being served at http://localhost:${port}/ (from ${path.relative(process.cwd(), root) || root})`));
