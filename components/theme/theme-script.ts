// Runs before first paint (inlined in <head>) so a saved or system dark theme never flashes light.
export const THEME_STORAGE_KEY = 'layerwise-theme';

export const themeScript = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t!=='light'&&t!=='dark'){t=window.matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){document.documentElement.dataset.theme='light'}})();`;
