/**
 * Reliability: crash consistency (SPEC L1). Real Chromium on one persistent profile, the built
 * PWA (dist/pwa) served on 127.0.0.1: a reviewer scores criteria of a demo application from the
 * keyboard (digits, Enter, Shift+Enter, ↑/↓, Escape, out-of-range scores the form refuses), and at
 * a seeded moment — mid-typing, right after a keypress, around a keypress, right after the save
 * indicator reads "saved", a few hundred milliseconds after a commit, or while the app is still
 * opening — the whole Chromium process group is SIGKILLed (no shutdown, no flush). Chromium is
 * started again on the same profile and the application reopened: the workspace lists its panels,
 * the application opens without an error notice, and every criterion holds the score that was on
 * screen when the indicator last read "saved", or a score committed after that (which may or may
 * not have reached the disk; Yjs keeps the last one that did). Typed but uncommitted text is not
 * saved (ScoreInput commits on Enter, blur, an arrow key or the page being hidden); the indicator
 * then reads "unsaved", so it is not expected back.
 * Each trial prints what was typed, what had been shown as saved and what came back.
 * Runs in the browser-test config (it needs the built PWA); scripts/test-reliability.sh builds
 * it. Size: RELIABILITY_CRASH trials (short 2, long 50); RELIABILITY_SEED.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.mjs';
import { LIAONING, openWorkspace, YUEYANG } from '../e2e/support/app';
import {
  crashChromium,
  type KillableChromium,
  startKillableChromium,
} from '../e2e/support/browser';
import { type Rng, report, rng, seedOf, size, Tally } from './support';

const TRIALS = size('crash', 2, 50);
const SEED = seedOf(151_515);
const PANELS = [YUEYANG, LIAONING];

type Running = KillableChromium;

let server: Server;
let url: string;
let profile: string;
let running: Running | null = null;

const startChromium = () => startKillableChromium(profile);
const crash = crashChromium;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the page shows: the save indicator, every score box, the focused one, error notices. */
interface Shown {
  state: string | null;
  values: Record<string, string>;
  max: Record<string, number>;
  invalid: string[];
  focused: string | null;
  errors: string[];
}

function look(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const values: Record<string, string> = {};
    const max: Record<string, number> = {};
    const invalid: string[] = [];
    for (const input of document.querySelectorAll<HTMLInputElement>(
      '.score-input input[data-criterion]',
    )) {
      const id = input.dataset.criterion!;
      values[id] = input.value;
      max[id] = Number(
        /\d+/.exec(input.parentElement?.querySelector('.muted')?.textContent ?? '')?.[0],
      );
      if (input.getAttribute('aria-invalid') === 'true') invalid.push(id);
    }
    const active = document.activeElement as HTMLInputElement | null;
    return {
      state:
        document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state') ?? null,
      values,
      max,
      invalid,
      focused: active?.matches?.('.score-input input') ? (active.dataset.criterion ?? null) : null,
      // Error notices outside a score box (a score box's own "out of range" is a field error).
      errors: [...document.querySelectorAll('.notice-error')].map((e) => e.textContent ?? ''),
    };
  });
}

/** What the test knows about one application's scores (criterion → text in its box). */
interface Model {
  /** Shown as saved: the committed value on screen when the indicator last read "saved". */
  saved: Record<string, string>;
  /** Committed since then, in order: on disk or not, depending on when the kill came. */
  unsure: Record<string, string[]>;
  /** The last committed value (what the box shows once focus leaves it). */
  committed: Record<string, string>;
}

interface Trial {
  n: number;
  app: string;
  typed: string[];
  kill: string;
  shownSaved: Record<string, string>;
  unsure: Record<string, string[]>;
  cameBack: Record<string, string> | null;
  held: boolean | null;
  problem?: string;
}

const fmt = (o: Record<string, string | string[]>) =>
  Object.entries(o)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') || '∅' : v || '∅'}`)
    .join(' ');

/** One trial's record, printed as soon as it is compared (a long run shows its progress). */
function printTrial(t: Trial): void {
  const unsure = Object.keys(t.unsure).length
    ? `\n    committed after the last "saved": ${fmt(t.unsure)}`
    : '';
  const outcome = t.held === null ? 'not compared' : t.held ? 'held' : `LOST: ${t.problem}`;
  console.log(
    `  #${t.n} ${t.app}\n    typed: ${t.typed.join(' ') || '—'}\n    killed: ${t.kill}\n    shown as saved: ${fmt(t.shownSaved) || '—'}${unsure}\n    came back: ${t.cameBack ? fmt(t.cameBack) : '—'} → ${outcome}`,
  );
}

/** The application's key in the model: panel name and the application's hash route. */
type AppRef = { panel: string; href: string; title: string };

async function openPanel(page: Page, panel: string): Promise<AppRef[]> {
  await openWorkspace(page, url);
  await page.getByTestId('panel-list').getByRole('link', { name: panel }).click();
  const list = page.getByTestId('application-list');
  await list.waitFor({ timeout: 60_000 });
  return list.locator('tbody tr').evaluateAll(
    (rows, p) =>
      rows.flatMap((row) => {
        const a = row.querySelector('a');
        return a
          ? [{ panel: p, href: a.getAttribute('href') ?? '', title: a.textContent ?? '' }]
          : [];
      }),
    panel,
  );
}

async function openApp(page: Page, app: AppRef): Promise<Shown> {
  await page.getByTestId('application-list').locator(`a[href="${app.href}"]`).first().click();
  await page.getByTestId('review-pane').waitFor({ timeout: 60_000 });
  await page.getByRole('tab', { name: '评分' }).click();
  await page.locator('.score-input input').first().waitFor({ timeout: 30_000 });
  // The indicator leaves "loading" once the stored document is read.
  await page.waitForFunction(
    () => {
      const s = document.querySelector('[data-testid="save-status"]')?.getAttribute('data-state');
      return s === 'saved' || s === 'saving' || s === 'error';
    },
    null,
    { timeout: 30_000 },
  );
  return look(page);
}

/** Compare what came back with the model; the model then starts again from what came back. */
function verify(model: Model, shown: Shown): { held: boolean; problem?: string } {
  const problems: string[] = [];
  for (const [criterion, saved] of Object.entries(model.saved)) {
    const got = shown.values[criterion];
    const allowed = [saved, ...(model.unsure[criterion] ?? [])];
    if (got === undefined) problems.push(`${criterion}: no score box`);
    else if (!allowed.includes(got)) {
      problems.push(
        `${criterion}: shown as saved ${JSON.stringify(saved)}, came back ${JSON.stringify(got)}`,
      );
    }
  }
  if (shown.errors.length) problems.push(`error notice: ${shown.errors.join(' / ')}`);
  if (shown.state === 'error') problems.push('save indicator reads "error" after reopening');
  model.saved = { ...shown.values };
  model.committed = { ...shown.values };
  model.unsure = {};
  return problems.length ? { held: false, problem: problems.join('; ') } : { held: true };
}

/** Commits the indicator showed as saved (counted for the report). */
let promoted = 0;

/** An observation: if the indicator reads "saved", everything committed so far is saved. */
function observe(model: Model, shown: Shown, mismatch: string[]): void {
  for (const [criterion, value] of Object.entries(shown.values)) {
    // The box being typed in or holding a refused score shows its draft, not its score.
    if (criterion === shown.focused || shown.invalid.includes(criterion)) continue;
    if (model.committed[criterion] !== value) {
      mismatch.push(
        `${criterion}: the test expected ${JSON.stringify(model.committed[criterion])}, the box shows ${JSON.stringify(value)}`,
      );
    }
  }
  if (shown.state === 'saved') {
    for (const values of Object.values(model.unsure)) promoted += values.length;
    model.saved = { ...model.committed };
    model.unsure = {};
  }
}

function commitTo(model: Model, criterion: string, value: string): void {
  if (model.committed[criterion] === value) return; // unchanged: ScoreInput writes nothing
  model.committed[criterion] = value;
  model.unsure[criterion] = [...(model.unsure[criterion] ?? []), value];
}

type Moment =
  | 'mid-typing'
  | 'after-keypress'
  | 'around-keypress'
  | 'after-saved'
  | 'after-delay'
  | 'while-opening';
const MOMENTS: Moment[] = [
  'mid-typing',
  'after-keypress',
  'around-keypress',
  'after-saved',
  'after-delay',
  'while-opening',
];

/** A score to type: mostly valid, sometimes above the maximum (refused), sometimes cleared. */
function scoreText(r: Rng, max: number): string {
  const roll = r.next();
  if (roll < 0.08) return '';
  if (roll < 0.16) return String(max + 1 + r.int(20));
  return String(r.int(max + 1));
}

/**
 * One trial's scoring: `steps` keyboard actions on the open application, then the kill at
 * `moment`. Returns once the browser is dead.
 */
async function scoreThenKill(
  r: Rng,
  run: Running,
  model: Model,
  shown: Shown,
  moment: Moment,
  typed: string[],
  mismatch: string[],
): Promise<string> {
  const { page } = run;
  const criteria = Object.keys(shown.values);
  const max = shown.max;
  let focus = -1;
  let draftClean = true; // the focused box shows its committed value (or is selected whole)
  const steps = 1 + r.int(6);

  const focusOn = async (index: number) => {
    if (index === focus + 1 && focus >= 0 && draftClean && r.chance(0.7)) {
      await page.keyboard.press('Enter'); // clean draft: commits nothing, moves down
      typed.push('⏎');
    } else if (index === focus - 1 && draftClean && r.chance(0.7)) {
      await page.keyboard.press('Shift+Enter');
      typed.push('⇧⏎');
    } else {
      await page.locator(`.score-input input[data-criterion="${criteria[index]}"]`).click();
      typed.push(`[${criteria[index]}]`);
    }
    focus = index;
    draftClean = true;
  };

  for (let step = 0; step < steps; step++) {
    const last = step === steps - 1;
    const target = r.chance(0.5) && focus >= 0 ? focus : r.int(criteria.length);
    if (target !== focus || !draftClean) await focusOn(target);
    const criterion = criteria[target]!;
    const kind = r.next();
    if (kind < 0.15 && draftClean) {
      // ↑/↓ commits the next step at once.
      const up = r.chance(0.5);
      const current = model.committed[criterion] ?? '';
      const m = max[criterion]!;
      const next =
        current === '' ? (up ? 0 : m) : Math.min(m, Math.max(0, Number(current) + (up ? 1 : -1)));
      if (last && (moment === 'around-keypress' || moment === 'mid-typing')) {
        const press = page.keyboard.press(up ? 'ArrowUp' : 'ArrowDown').catch(() => undefined);
        typed.push(up ? '↑' : '↓');
        commitTo(model, criterion, String(next)); // may or may not have happened: unsure
        await sleep(r.int(25));
        await crash(run);
        await press;
        return `${moment} (${criterion} ${up ? '↑' : '↓'})`;
      }
      await page.keyboard.press(up ? 'ArrowUp' : 'ArrowDown');
      typed.push(up ? '↑' : '↓');
      commitTo(model, criterion, String(next));
    } else {
      const text = scoreText(r, max[criterion]!);
      const cancel = text !== '' && r.chance(0.08);
      // Replace the whole box, as a reviewer does (after ↑/↓ or a click the text is not selected).
      await page.keyboard.press('ControlOrMeta+a');
      if (last && moment === 'mid-typing' && text.length > 0) {
        // Keys still arriving when the browser dies: nothing here was committed. What the
        // indicator said as typing began is reported (a draft is not a change, so it may read
        // "saved" over a box whose new text is not written).
        const before = await look(page);
        observe(model, before, mismatch);
        const typing = page.keyboard.type(text, { delay: 40 }).catch(() => undefined);
        typed.push(`${text}…`);
        await sleep(r.int(40 * text.length + 40));
        await crash(run);
        await typing;
        return `mid-typing (${criterion} «${text}», the indicator read "${before.state}" as typing began)`;
      }
      if (text === '') await page.keyboard.press('Backspace');
      else await page.keyboard.type(text);
      if (cancel) {
        await page.keyboard.press('Escape');
        typed.push(`${text}⎋`);
        draftClean = true;
      } else {
        const valid = text === '' || Number(text) <= max[criterion]!;
        if (last && moment === 'around-keypress') {
          const press = page.keyboard.press('Enter').catch(() => undefined);
          typed.push(`${text || '∅'}⏎`);
          if (valid) commitTo(model, criterion, text);
          await sleep(r.int(25));
          await crash(run);
          await press;
          return `around-keypress (${criterion} «${text}»)`;
        }
        await page.keyboard.press('Enter');
        typed.push(`${text || '∅'}⏎`);
        if (valid) {
          commitTo(model, criterion, text);
          // A score low enough to require a comment (none is written here) sends Enter into
          // the comment box, not down: the next score is then reached by a click.
          const inComment = await page.evaluate(
            () => document.activeElement?.classList.contains('criterion-comment') ?? false,
          );
          focus = inComment ? -1 : Math.min(criteria.length - 1, target + 1);
          draftClean = true;
        } else {
          draftClean = false; // refused: the box keeps the draft, focus stays
        }
      }
    }
    if (last) break;
    observe(model, await look(page), mismatch);
    if (r.chance(0.25)) {
      await page.waitForSelector('[data-testid="save-status"][data-state="saved"]');
      observe(model, await look(page), mismatch);
      typed.push('(saved)');
    }
  }

  switch (moment) {
    case 'after-saved': {
      await page.waitForSelector('[data-testid="save-status"][data-state="saved"]');
      observe(model, await look(page), mismatch);
      await crash(run);
      return 'right after "saved"';
    }
    case 'after-delay': {
      // Keep reading the indicator until the kill: whatever it showed as saved must survive.
      const ms = r.int(400);
      const until = Date.now() + ms;
      let stop = false;
      const watching = (async () => {
        while (!stop && Date.now() < until) {
          try {
            observe(model, await look(page), mismatch);
          } catch {
            return;
          }
        }
      })();
      await sleep(ms);
      stop = true;
      await watching;
      await crash(run);
      return `${ms} ms after the last key`;
    }
    default:
      // after-keypress, and mid-typing / around-keypress whose last step had nothing to type.
      await crash(run);
      return 'right after the last key';
  }
}

beforeAll(async () => {
  profile = await mkdtemp(path.join(os.tmpdir(), 'rd-crash-'));
  ({ server, url } = await serveStatic(path.resolve('dist/pwa'), { port: 0 }));
});

afterAll(async () => {
  if (running) await crash(running);
  server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('reliability: crash consistency', () => {
  it(
    `L1: Chromium killed at ${TRIALS} seeded moments while scoring; nothing shown as saved is lost, the panel reopens`,
    async () => {
      const r = rng(SEED);
      const models = new Map<string, Model>();
      const trials: Trial[] = [];
      const moments = new Tally();
      const mismatch: string[] = [];
      /** Problems found when opening an application again later (not right after its kill). */
      const late: string[] = [];
      let unsureKept = 0;
      let unsureGone = 0;
      let previous: { app: AppRef; trial: Trial } | null = null;
      let failure: string | null = null;

      /** Reopen `app` after a kill: compare with its model, which then starts from what is there. */
      const reopen = async (page: Page, app: AppRef, trial: Trial | null): Promise<Shown> => {
        const shown = await openApp(page, app);
        const key = `${app.panel} ${app.href}`;
        let model = models.get(key);
        if (!model) {
          // First time here: whatever is stored is the starting point (checked for errors only).
          model = { saved: { ...shown.values }, committed: { ...shown.values }, unsure: {} };
          models.set(key, model);
        }
        if (trial) {
          for (const [criterion, values] of Object.entries(model.unsure)) {
            const last = values[values.length - 1];
            if (shown.values[criterion] === last && last !== model.saved[criterion]) unsureKept++;
            else unsureGone++;
          }
          trial.cameBack = { ...shown.values };
        }
        const outcome = verify(model, shown);
        if (trial) {
          trial.held = outcome.held;
          if (outcome.problem) trial.problem = outcome.problem;
          printTrial(trial);
        } else if (outcome.problem) {
          late.push(`${app.title}: ${outcome.problem}`);
        }
        return shown;
      };

      for (let n = 1; n <= TRIALS + 1; n++) {
        // Whom a failure belongs to: the trial being compared, else the one being run.
        let blame: Trial | null = previous?.trial ?? null;
        let stage = 'reopening';
        try {
          running = await startChromium();
          const { page } = running;
          const panel = r.pick(PANELS);
          const apps = await openPanel(page, panel);
          expect(apps.length, `${panel}: applications listed`).toBeGreaterThan(0);
          if (previous) {
            // The application scored before the kill: reopen it first and compare.
            if (previous.app.panel !== panel) await openPanel(page, previous.app.panel);
            await reopen(page, previous.app, previous.trial);
            previous = null;
            await openPanel(page, panel);
          }
          if (n > TRIALS) {
            await running.browser.close();
            await crash(running);
            running = null;
            break;
          }
          const app = r.pick(apps);
          const moment = n === 1 ? 'after-keypress' : r.pick(MOMENTS);
          const trial: Trial = {
            n,
            app: `${app.panel.slice(0, 4)}… / ${app.title}`,
            typed: [],
            kill: moment,
            shownSaved: {},
            unsure: {},
            cameBack: null,
            held: null,
          };
          trials.push(trial);
          blame = trial;
          stage = 'scoring';
          moments.add(moment);
          if (moment === 'while-opening') {
            // The kill lands somewhere between the click and the form being ready (or just after).
            const opening = openApp(page, app).catch(() => null);
            const ms = r.int(3000);
            await sleep(ms);
            await crash(running);
            await opening;
            trial.kill = `while opening, ${ms} ms after the click`;
            trial.shownSaved = { ...(models.get(`${app.panel} ${app.href}`)?.saved ?? {}) };
            previous = { app, trial };
            running = null;
            continue;
          }
          const shown = await reopen(page, app, null);
          const model = models.get(`${app.panel} ${app.href}`)!;
          trial.kill = await scoreThenKill(r, running, model, shown, moment, trial.typed, mismatch);
          running = null;
          trial.shownSaved = { ...model.saved };
          trial.unsure = Object.fromEntries(
            Object.entries(model.unsure).map(([k, v]) => [k, [...v]]),
          );
          previous = { app, trial };
        } catch (error) {
          // The panel did not open again (or a step failed): record it, stop, report.
          const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
          const shot = path.join(os.tmpdir(), `rd-crash-failure-${n}.png`);
          await running?.page.screenshot({ path: shot }).catch(() => undefined);
          failure = `trial ${n}, ${stage}: ${message} (screenshot: ${shot})`;
          if (blame) {
            blame.held = false;
            blame.problem = `${stage} failed: ${message}`;
            printTrial(blame);
          }
          if (running) await crash(running);
          running = null;
          break;
        }
      }

      for (const t of trials) if (t.held === null) printTrial(t);
      const held = trials.filter((t) => t.held === true).length;
      const lost = trials.filter((t) => t.held === false);
      report('crash consistency', {
        seed: SEED,
        trials: `${trials.length} (Chromium SIGKILLed, process group, on one persistent profile)`,
        'kill moments': moments.toString(),
        'commits shown as saved before a kill': promoted,
        'committed after the last "saved" (not promised)': `${unsureKept} came back, ${unsureGone} did not`,
        held: `${held} of ${trials.length} trials: every score shown as saved came back, the panel reopened without an error`,
        lost: lost.length ? lost.map((t) => `#${t.n}: ${t.problem}`).join('; ') : 'none',
        ...(failure ? { stopped: failure } : {}),
      });
      expect(failure, 'every trial ran to its end').toBeNull();
      expect(mismatch, 'the boxes show what the test committed').toEqual([]);
      expect(late, 'applications opened again later').toEqual([]);
      expect(lost.map((t) => `#${t.n}: ${t.problem}`)).toEqual([]);
      expect(held).toBe(trials.length);
    },
    TRIALS * 120_000 + 120_000,
  );
});
