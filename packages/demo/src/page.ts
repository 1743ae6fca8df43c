import { html, type SafeHtml } from '@mocharaka/server/html';
import { PAGE_LANGUAGES, PAGE_STRINGS, type PageLanguage } from './page-dictionary.js';

/**
 * The demo: a commune's own website page with the elements pasted into it the way
 * docs/embedding.*.md tells a CMS admin to: the loader line once, then one tag per element.
 */
export function renderDemoPage(language: PageLanguage): string {
  const t = PAGE_STRINGS[language];
  const dir = language === 'ar' ? 'rtl' : 'ltr';
  const page: SafeHtml = html`<!doctype html>
<html lang="${language}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.communeName}</title>
<link rel="icon" href="/demo/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/demo/page.css">
<script type="module" src="/elements/mocharaka.js"></script>
</head>
<body>
<a class="skip-link" href="#content">${t.skipToContent}</a>
<header class="site-header">
  <div class="brand">
    <span class="brand-mark" aria-hidden="true">ⵜ</span>
    <div>
      <p class="brand-name">${t.communeName}</p>
      <p class="brand-region">${t.region}</p>
    </div>
  </div>
  <nav class="languages" aria-label="${t.languageSwitch}">
    <ul>
      ${PAGE_LANGUAGES.map(
        (code) =>
          html`<li><a href="/?lang=${code}" lang="${code}" hreflang="${code}"${
            code === language ? html` aria-current="page"` : ''
          }>${PAGE_STRINGS[code].languageName}</a></li>`,
      )}
    </ul>
  </nav>
</header>
<nav class="main-nav" aria-label="${t.navServices}">
  <ul>
    <li><a href="#content" aria-current="page">${t.navHome}</a></li>
    <li><a href="#news">${t.navCouncil}</a></li>
    <li><a href="#civil-status">${t.navServices}</a></li>
    <li><a href="#participation">${t.navParticipation}</a></li>
    <li><a href="#contact">${t.navContact}</a></li>
  </ul>
</nav>
<main id="content">
  <section id="news" aria-labelledby="news-title">
    <h1 id="news-title">${t.newsTitle}</h1>
    ${t.news.map(
      (item) => html`<article class="news-item">
      <h2>${item.title}</h2>
      <p class="news-date"><time datetime="${item.date}">${item.date}</time></p>
      <p>${item.text}</p>
    </article>`,
    )}
  </section>
  <section id="civil-status" aria-labelledby="civil-status-title">
    <h2 id="civil-status-title">${t.civilStatusTitle}</h2>
    <p>${t.civilStatusText}</p>
    <p class="hours">${t.civilStatusHours}</p>
    <!-- mocharaka: satisfaction -->
    <mocharaka-satisfaction service="civil-status" endpoint="/v1"><a href="#contact">${t.ratingFallback}</a></mocharaka-satisfaction>
  </section>
  <section id="scores" aria-labelledby="scores-title">
    <h2 id="scores-title">${t.scoresTitle}</h2>
    <p>${t.scoresText}</p>
    <mocharaka-satisfaction mode="results" endpoint="/v1"><a href="#contact">${t.scoresFallback}</a></mocharaka-satisfaction>
  </section>
  <section id="participation" aria-labelledby="participation-title">
    <h2 id="participation-title">${t.participationTitle}</h2>
    <p>${t.participationText}</p>
    <!-- mocharaka: petition -->
    <mocharaka-petition petition="bab-zorgan-lane-lighting" endpoint="/v1"><a href="#contact">${t.petitionFallback}</a></mocharaka-petition>
    <!-- mocharaka: consultation -->
    <mocharaka-consultation consultation="action-programme-priorities" endpoint="/v1"><a href="#contact">${t.consultationFallback}</a></mocharaka-consultation>
    <mocharaka-consultation consultation="taroudant-participation-charter-2024" endpoint="/v1"><a href="#contact">${t.charterConsultationFallback}</a></mocharaka-consultation>
    <!-- mocharaka: charter -->
    <mocharaka-charter charter="taroudant-participation" endpoint="/v1" follow-up-href="#action-plan"><a href="#contact">${t.charterFallback}</a></mocharaka-charter>
  </section>
  <section id="suggestions" aria-labelledby="suggestions-title">
    <h2 id="suggestions-title">${t.suggestionsTitle}</h2>
    <p>${t.suggestionsText}</p>
    <!-- mocharaka: suggestions -->
    <mocharaka-suggestions endpoint="/v1"><a href="#contact">${t.suggestionsFallback}</a></mocharaka-suggestions>
  </section>
  <section id="meetings" aria-labelledby="meetings-title">
    <h2 id="meetings-title">${t.meetingsTitle}</h2>
    <p>${t.meetingsText}</p>
    <!-- mocharaka: meetings -->
    <mocharaka-meetings endpoint="/v1" petition-link="#participation" consultation-link="#participation" suggestion-link="#suggestions"><a href="#contact">${t.meetingsFallback}</a></mocharaka-meetings>
  </section>
  <section id="action-plan" aria-labelledby="action-plan-title">
    <h2 id="action-plan-title">${t.actionPlanTitle}</h2>
    <p>${t.actionPlanText}</p>
    <!-- mocharaka: action-plan -->
    <mocharaka-action-plan plan="taroudant-2022-2027" endpoint="/v1" charter-href="#participation"><a href="#contact">${t.actionPlanFallback}</a></mocharaka-action-plan>
  </section>
  <section id="contact" aria-labelledby="contact-title">
    <h2 id="contact-title">${t.contactTitle}</h2>
    <p>${t.contactText}</p>
  </section>
</main>
<footer class="site-footer"><p>${t.footer}</p></footer>
<mocharaka-satisfaction mode="button" endpoint="/v1"></mocharaka-satisfaction>
</body>
</html>
`;
  return page.value;
}
