/**
 * The demo petition's tag, appended to the page as a CMS admin pastes it (with `endpoint`
 * and the fallback text), for the tests of what loads it: the loader, the element's own file.
 */
export function appendPetitionTag({ lang, fallback }: { lang?: string; fallback?: string } = {}): HTMLElement {
  const petition = document.createElement('mocharaka-petition');
  petition.setAttribute('petition', 'bab-zorgan-lane-lighting');
  petition.setAttribute('endpoint', '/v1');
  if (lang) petition.setAttribute('lang', lang);
  if (fallback) petition.textContent = fallback;
  document.body.append(petition);
  return petition;
}
