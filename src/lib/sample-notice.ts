/**
 * Inline script right after the sample-data notice (SampleNotice.astro). It runs while the
 * page is parsed, before first paint: a person who closed the notice once does not see it
 * again, and nothing moves (hiding it after load would shift every page). It also shows the
 * close button and wires it, so without JavaScript there is no button that does nothing.
 * The Content-Security-Policy allows exactly this text by its hash (security-headers.ts;
 * tests/unit/inline-scripts.test.ts checks they agree). Plain ES2015, no imports.
 * After closing, focus goes to <main> (the skip link's target) so a keyboard user is not
 * left on a button that is gone.
 */
// Named like the site's other stored keys (saved entries, the finder's profile).
const storageKey = 'cheongnyeon-giljabi:sample-notice';

export const sampleNoticeScript = `(function(){var a=document.currentScript.previousElementSibling,k='${storageKey}',c='closed';try{if(localStorage.getItem(k)===c){a.hidden=true;return}}catch(e){}var b=a.querySelector('button');b.hidden=false;b.onclick=function(){a.hidden=true;try{localStorage.setItem(k,c)}catch(e){}var m=document.getElementById('main');if(m){m.setAttribute('tabindex','-1');m.focus()}}})()`;
