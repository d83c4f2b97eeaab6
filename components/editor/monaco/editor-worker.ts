// Monaco's own worker (used only by features that ask for it). Bundled from the local package and
// served from this site, never from a CDN.
import 'monaco-editor/editor/editor.worker';
