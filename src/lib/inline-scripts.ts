/**
 * The only scripts the site writes inline into its pages. Everything else is a module file, which
 * the Content Security Policy allows as 'self'; these must run before a module could, so the
 * policy allows them by their hashes (src/build/csp.ts). Any other inline script on a page (raw
 * HTML in a content file, say) stops the build rather than being allowed to run.
 */
import { STORAGE_KEY } from './plan/types';
import { PLAN_PARAMS } from './plan/url';

/** Sets the saved or preferred theme before first paint (no flash), and wires the theme toggle. */
export const THEME_SCRIPT = `(()=>{const d=document.documentElement,k="ss-theme";let t;try{t=localStorage.getItem(k)}catch{}if(t!=="dark"&&t!=="light")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";d.dataset.theme=t;addEventListener("DOMContentLoaded",()=>{const b=document.getElementById("theme-toggle");if(!b)return;const s=()=>b.setAttribute("aria-pressed",String(d.dataset.theme==="dark"));s();b.hidden=!1;b.onclick=()=>{d.dataset.theme=d.dataset.theme==="dark"?"light":"dark";try{localStorage.setItem(k,d.dataset.theme)}catch{}s()}})})()`;

/** Copy links (a[data-copy]): copies the section's address and announces it in #copy-status. */
export const COPY_LINK_SCRIPT = `document.addEventListener("click",e=>{const a=e.target.closest&&e.target.closest("a[data-copy]");if(!a||!navigator.clipboard)return;e.preventDefault();location.hash=a.hash;const u=location.href,s=document.getElementById("copy-status");navigator.clipboard.writeText(u).then(()=>{s.textContent="Link copied: "+a.dataset.copy;setTimeout(()=>s.textContent="",4e3)},()=>{s.textContent="Copy failed; the address bar now holds the link."})})`;

/**
 * The plan page shows the plan first, the form folded into one line, once the reader has a plan: a
 * plan link (src/lib/plan/url.ts, isPlanLink) or one saved on this device. Decided while the page
 * is read, by the first child of <ss-plan-builder>, so the form never shows and then folds away.
 */
export const PLAN_FIRST_SCRIPT = `(()=>{let p;try{const q=new URLSearchParams(location.search);p=${JSON.stringify(PLAN_PARAMS)}.some(k=>q.has(k))||!!localStorage.getItem(${JSON.stringify(STORAGE_KEY)})}catch{}if(p)document.currentScript.parentElement.dataset.view="plan"})()`;

export const INLINE_SCRIPTS: readonly string[] = [THEME_SCRIPT, COPY_LINK_SCRIPT, PLAN_FIRST_SCRIPT];
