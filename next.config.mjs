// Static export: the whole site is plain files that any static server can host, with no network.
// By default the export lands in out/. LW_DIST_DIR gives a parallel build (a benchmark, a second
// checkout) its own folder; with a custom distDir Next writes the export into that folder.
const distDir = process.env.LW_DIST_DIR || '.next';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  distDir,
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  devIndicators: false,
};

export default nextConfig;
