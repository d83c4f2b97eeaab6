// Runs before first paint (inlined in <head>) so a saved or system dark theme never flashes light.
// Storage may throw (blocked in a third-party iframe such as an embed): the system theme still counts.
export const THEME_STORAGE_KEY = 'layerwise-theme';

export const themeScript = `(function(){var t=null;try{t=localStorage.getItem('${THEME_STORAGE_KEY}')}catch(e){}try{if(t!=='light'&&t!=='dark'){t=window.matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}}catch(e){t='light'}document.documentElement.dataset.theme=t})();`;
