import type { Server } from 'node:http';

/** Serves an exported site folder the way a static host does (see static-server.mjs). */
export function createStaticServer(dir: string): Server;
