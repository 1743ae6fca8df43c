import { expect, oneEvent, waitUntil } from '../../../test/support/browser-testing.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ApiError } from '@mocharaka/core';
import { $, CODE, FULL, PAST, UPCOMING, fakeBackend, fill, render, text, type } from './fixtures.js';

afterEach(() => {
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

for (const lang of ['ar', 'fr'] as const) {
  describe(`<mocharaka-meetings> in ${lang}`, () => {
    it('shows loading, then the upcoming meetings with their seats, then the past ones', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const { backend } = fakeBackend([UPCOMING, FULL, PAST], {});
      const list = backend.listMeetings;
      backend.listMeetings = async (...args) => (await gate, list(...args));
      const element = await render(lang, backend, undefined, '[aria-busy=true]');
      await expect(element).to.be.accessible();
      release();
      await waitUntil(() => element.shadowRoot!.querySelector('[part=list]'));
      expect(element.shadowRoot!.querySelectorAll('.meeting-card')).to.have.length(2);
      expect(text(element)).to.contain(lang === 'ar' ? 'المقاعد المتبقية: 48 من أصل 60' : 'Places libres : 48 sur 60');
      expect(text(element)).to.contain(lang === 'ar' ? 'لائحة الانتظار' : 'liste d’attente');
      await expect(element).to.be.accessible();

      $(element, '[aria-pressed=false]').click();
      await waitUntil(() => text(element).includes(lang === 'ar' ? 'المحضر منشور' : 'Compte rendu publié'));
      expect(element.period).to.equal('past');
      await expect(element).to.be.accessible();
    });

    it('says when no meeting is planned', async () => {
      const element = await render(lang, fakeBackend([]).backend, undefined, '#empty');
      expect(text(element)).to.contain(lang === 'ar' ? 'لا يوجد أي لقاء مبرمج' : 'Aucune rencontre n’est prévue');
      await expect(element).to.be.accessible();
    });

    it('shows a load failure with a retry', async () => {
      let fail = true;
      const { backend } = fakeBackend();
      const list = backend.listMeetings;
      backend.listMeetings = async (...args) => {
        if (fail) throw new ApiError(503, 'server_error', 'down');
        return list(...args);
      };
      const element = await render(lang, backend, undefined, '[role=alert]');
      await expect(element).to.be.accessible();
      fail = false;
      $(element, '[role=alert] button').click();
      await waitUntil(() => element.shadowRoot!.querySelector('[part=list]'));
    });

    it('opens a meeting from the list, registers, and shows the receipt with the cancellation code and link', async () => {
      const { backend, registrations } = fakeBackend();
      const element = await render(lang, backend);
      $(element, '.meeting-card button').click();
      await waitUntil(() => element.shadowRoot!.querySelector('[part=form]'));
      expect(text(element)).to.contain(lang === 'ar' ? 'الدارجة المغربية' : 'Arabe marocain');
      expect($<HTMLAnchorElement>(element, '[part=calendar]').getAttribute('href')).to.equal(
        `/v1/meetings/${UPCOMING.id}/calendar.ics?lang=${lang}`,
      );
      expect($<HTMLAnchorElement>(element, 'a[target=_blank]').rel).to.contain('noopener');
      await expect(element).to.be.accessible();

      await fill(element, lang === 'ar' ? '٢' : '2');
      const registered = oneEvent(element, 'mocharaka-meeting-registered');
      $(element, '[part=submit]').click();
      expect((await registered).detail).to.include({ meetingId: UPCOMING.id, status: 'confirmed', people: 2 });
      await waitUntil(() => element.shadowRoot!.querySelector('#receipt'));
      expect(registrations[0]!.registration).to.deep.equal({
        name: 'Fatima Zahra Ait Baha',
        contact: '+212 661 23 45 67',
        people: 2,
        consent: true,
      });
      expect($(element, '#cancellation-code').textContent).to.equal(CODE);
      expect($<HTMLAnchorElement>(element, '#cancel-link').href).to.contain(`#mocharaka-meeting-cancel=${UPCOMING.id}.${CODE}`);
      expect(element.shadowRoot!.activeElement?.id).to.equal('receipt');
      await expect(element).to.be.accessible();
    });

    it('refuses an incomplete form with an error summary, and nothing is sent', async () => {
      const { backend, registrations } = fakeBackend();
      const element = await render(lang, backend, UPCOMING.id, '[part=form]');
      await type(element, '#people', '9');
      $(element, '[part=submit]').click();
      await waitUntil(() => element.shadowRoot!.querySelector('#error-summary'));
      expect($<HTMLInputElement>(element, '#name').getAttribute('aria-invalid')).to.equal('true');
      expect($<HTMLInputElement>(element, '#people').getAttribute('aria-invalid')).to.equal('true');
      expect($<HTMLInputElement>(element, '#consent').getAttribute('aria-invalid')).to.equal('true');
      expect(registrations).to.have.length(0);
      await expect(element).to.be.accessible();
    });

    it('puts a registration for a full meeting on the waiting list, with its place', async () => {
      const element = await render(lang, fakeBackend().backend, FULL.id, '[part=form]');
      expect($(element, '[part=submit]').textContent!.trim()).to.equal(
        lang === 'ar' ? 'الانضمام إلى لائحة الانتظار' : 'Rejoindre la liste d’attente',
      );
      await fill(element);
      $(element, '[part=submit]').click();
      await waitUntil(() => element.shadowRoot!.querySelector('#receipt'));
      expect(text(element)).to.contain(lang === 'ar' ? 'أنت في لائحة الانتظار' : 'Vous êtes sur la liste d’attente');
      expect(text(element)).to.contain(lang === 'ar' ? 'ترتيبك في لائحة الانتظار: 4' : 'Rang sur la liste d’attente : 4');
      await expect(element).to.be.accessible();
    });

    it('keeps a registration made offline in the outbox and sends it, with the same key, when the connection returns', async () => {
      let online = false;
      const keys: string[] = [];
      const { backend, registrations } = fakeBackend();
      const register = backend.registerForMeeting;
      backend.registerForMeeting = async (...args) => {
        keys.push(args[2].idempotencyKey);
        if (!online) throw ApiError.network(new TypeError('Failed to fetch'));
        return register(...args);
      };
      const element = await render(lang, backend, UPCOMING.id, '[part=form]');
      await fill(element);
      $(element, '[part=submit]').click();
      await waitUntil(() => element.shadowRoot!.querySelector('#queued'));
      await expect(element).to.be.accessible();
      online = true;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => element.shadowRoot!.querySelector('#receipt'));
      expect(registrations).to.have.length(1);
      expect(new Set(keys).size).to.equal(1);
    });

    it('shows the published minutes, decisions and the links the page configured', async () => {
      const element = await render(lang, fakeBackend([PAST]).backend, PAST.id, '[part=minutes]');
      const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=minutes] a')].map((a) => a.href);
      expect(links).to.deep.equal(['https://www.taroudant.ma/petitions/bab-zorgan-lane-lighting']);
      // No template for suggestions: the id shows as text, not as a link.
      expect(text(element)).to.contain('SUG-7K2M');
      expect(text(element)).to.contain(lang === 'ar' ? 'عدد الحاضرين: 41' : 'présents : 41');
      expect(element.shadowRoot!.querySelector('[part=form]')).to.be.null;
      await expect(element).to.be.accessible();
    });

    it('cancels from the receipt’s link in the page address', async () => {
      history.replaceState(null, '', `${location.pathname}#mocharaka-meeting-cancel=${UPCOMING.id}.${CODE}`);
      const { backend, cancellations } = fakeBackend();
      const element = await render(lang, backend, undefined, '#cancel-code');
      expect($<HTMLInputElement>(element, '#cancel-code').value).to.equal(CODE);
      await expect(element).to.be.accessible();
      const cancelled = oneEvent(element, 'mocharaka-meeting-cancelled');
      $(element, '.cancel button').click();
      await cancelled;
      await waitUntil(() => element.shadowRoot!.querySelector('#cancelled'));
      expect(cancellations).to.deep.equal([CODE]);
      await expect(element).to.be.accessible();
    });

    it('cancels with the receipt’s code typed in under a meeting’s registration form', async () => {
      const { backend, cancellations } = fakeBackend();
      const element = await render(lang, backend, UPCOMING.id, '#cancel-code');
      expect($(element, '[part=form]'), 'the registration form is there too').to.exist;
      expect($(element, '#cancel-title').textContent).to.equal(lang === 'ar' ? 'إلغاء تسجيل' : 'Annuler une inscription');
      expect($<HTMLInputElement>(element, '#cancel-code').value).to.equal('');
      await expect(element).to.be.accessible();
      await type(element, '#cancel-code', CODE);
      const cancelled = oneEvent(element, 'mocharaka-meeting-cancelled');
      $(element, '.cancel button').click();
      expect((await cancelled).detail).to.deep.equal({ meetingId: UPCOMING.id, reference: 'MTG-1A2B-3C4D-5E6F' });
      await waitUntil(() => element.shadowRoot!.activeElement?.id === 'cancelled', 'the confirmation did not take the focus');
      expect(text(element)).to.contain(lang === 'ar' ? 'تم إلغاء تسجيلك' : 'Votre inscription est annulée');
      expect(cancellations).to.deep.equal([CODE]);
      await expect(element).to.be.accessible();
    });
  });
}

describe('<mocharaka-meetings> keyboard and small screens', () => {
  it('can be used with the keyboard only: open a meeting, fill the form, register', async () => {
    const { backend, registrations } = fakeBackend();
    const element = await render('fr', backend);
    $(element, '.meeting-card button').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.shadowRoot!.querySelector('#name'));
    $(element, '#name').focus();
    await sendKeys({ type: 'Youssef Oubella' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '3' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => registrations.length === 1);
    expect(registrations[0]!.registration).to.deep.equal({ name: 'Youssef Oubella', people: 3, consent: true });
  });

  it('refuses a malformed cancellation code without sending it', async () => {
    const { backend, cancellations } = fakeBackend();
    const element = await render('ar', backend, UPCOMING.id, '#cancel-code');
    await type(element, '#cancel-code', 'short');
    $(element, '.cancel button').click();
    await waitUntil(() => element.shadowRoot!.querySelector('#cancel-code-error'));
    expect(cancellations).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('fits 360 px without horizontal scrolling', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const element = await render('ar', fakeBackend().backend, UPCOMING.id, '[part=form]');
      expect(element.scrollWidth).to.be.at.most(360);
      expect($(element, '.base').scrollWidth).to.be.at.most($(element, '.base').clientWidth);
      await expect(element).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
