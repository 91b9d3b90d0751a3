/**
 * The one inline script of the site, placed right after the search page's form and
 * status line: before first paint it puts the URL's query and filters into the form and
 * says "찾는 중…", so a person on a slow network sees at once what is being searched
 * while the search code is still on its way. The Content-Security-Policy allows exactly
 * this text by its hash (security-headers.ts; tests/unit/inline-scripts.test.ts checks
 * the two agree). Plain ES2015, no imports.
 */
export const searchPrefillScript =
  "(function(){var p=new URLSearchParams(location.search),f=document.querySelector('form[data-search-form]'),s=document.querySelector('[data-search-status]');if(!f)return;for(var i=0;i<f.elements.length;i++){var e=f.elements[i],v=e.name&&p.get(e.name);if(v){e.value=v;if(e.tagName==='SELECT')f.querySelector('details').open=true}}if(s&&(p.get('q')||'').trim())s.textContent='찾는 중…'})()";
